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
from ompm_desktop.paths import private_file
from ompm_desktop.store import encryption
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = encryption.SQLITE_HEADER
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, *encryption.CIPHER_ERRORS)


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA busy_timeout = 5000")


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _check_is_database(path: Path, passphrase: str | None) -> None:
    if not path.exists():
        raise DatabaseMissingError(f"There is no database at {path}.")
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.")
    if encryption.looks_encrypted(path) and not passphrase:
        if _looks_like_text(path):
            raise NotADatabaseError(
                f"{path} is not a database of this app (it is some other kind of file)."
            )
        raise encryption.PassphraseRequiredError(path)


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        start = handle.read(512)
    try:
        start.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def backup_copy(db: Database, target: Path, passphrase: str | None = None) -> Path:
    """A consistent copy of the open database, through SQLite's online backup.

    The copy of an encrypted database is encrypted with the same passphrase.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = (
        encryption.keyed_target(target, passphrase) if passphrase else sqlite3.connect(str(target))
    )
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    private_file(target)
    return target


def migrate(db: Database, path: Path | None, passphrase: str | None = None) -> Path | None:
    """Bring the schema up to date. Returns the path of the copy taken first, if any."""
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(found, SCHEMA_VERSION, str(path or "The database"))
    pending = migrations.pending(db)
    copy: Path | None = None
    if pending and path is not None and db.table_names():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-{stamp}.bak")
        backup_copy(db, copy, passphrase)
        log.info("Copied %s to %s before migrating from version %s", path, copy, found)
    if pending:
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return copy


def open_database(
    path: Path | str, *, create: bool = False, passphrase: str | None = None
) -> Database:
    """Open (or, with create=True, create) a database file, migrated to this app's schema.

    With a passphrase, a new file is created encrypted and an existing one opened as such.
    """
    path = Path(path)
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        private_file(path)
    else:
        _check_is_database(path, passphrase)
    if passphrase:
        db = Database(encryption.connect(path, passphrase))
    else:
        db = Database(path)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        _configure(db)
        migrate(db, path, passphrase)
    except DATABASE_ERRORS as exc:
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
