"""Opening a database file: checks, pragmas, the backup taken before a migration."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ompm_desktop.errors import (
    DatabaseMissingError,
    NewerDatabaseError,
    NotADatabaseError,
)
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA busy_timeout = 5000")


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _check_is_database(path: Path) -> None:
    if not path.exists():
        raise DatabaseMissingError(f"There is no database at {path}.")
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a database of this app (it is some other kind of file)."
        )


def backup_copy(db: Database, target: Path) -> Path:
    """A consistent copy of the open database, through SQLite's online backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def migrate(db: Database, path: Path | None) -> Path | None:
    """Bring the schema up to date. Returns the path of the copy taken first, if any."""
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(found, SCHEMA_VERSION, str(path or "The database"))
    pending = migrations.pending(db)
    copy: Path | None = None
    if pending and path is not None and db.table_names():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-{stamp}.bak")
        backup_copy(db, copy)
        log.info("Copied %s to %s before migrating from version %s", path, copy, found)
    if pending:
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return copy


def open_database(path: Path | str, *, create: bool = False) -> Database:
    """Open (or, with create=True, create) a database file, migrated to this app's schema."""
    path = Path(path)
    if not (create and not path.exists()):
        _check_is_database(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        _configure(db)
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise NotADatabaseError(f"{path} cannot be read as a database ({exc}).") from exc
    except BaseException:
        db.close()
        raise
    return db


def open_memory_database() -> Database:
    """A fresh in-memory database with the full schema (tests, previews)."""
    db = Database(memory=True)
    _configure(db)
    migrate(db, None)
    return db
