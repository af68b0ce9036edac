"""Backups through SQLite's online backup API (safe while the app has the file open), the
daily automatic backup with the last N kept, and restoring one after checking it."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ompm_desktop.clock import LOCAL_ZONE, utc_now
from ompm_desktop.errors import FileExistsRefusedError, NewerDatabaseError, StoreError
from ompm_desktop.i18n import _
from ompm_desktop.paths import private_file
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk
from ompm_desktop.store import encryption
from ompm_desktop.store.database import backup_copy, copy_into, migrate
from ompm_desktop.store.disk_errors import cannot_write_to
from ompm_desktop.store.partial_files import partial_file
from ompm_desktop.store.schema import SCHEMA_VERSION

BACKUP_FOLDER = "backups"
_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,
                                                 *encryption.CIPHER_ERRORS)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?\.db$")
# Tables every database of this app has: a file without them is not one of its backups.
_APP_TABLES = {"setting", "audit_log", "neighbourhood", "contact", "partner"}


class BackupError(StoreError):
    """A backup cannot be made or used; the message says why and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    records: int  # contacts, partners and neighbourhoods, to show what it holds


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    set_aside: Path | None  # the file as it was before the restore
    schema_version: int


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def _stamp(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime(_STAMP)


def _free_name(folder: Path, stem: str, stamp: str, suffix: str = ".db") -> Path:
    candidate = folder / f"{stem}-{stamp}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{number}{suffix}"
        number += 1
    return candidate


def back_up(desk: Desk, out: Path | str | None = None) -> Path:
    """A consistent copy of the open database, checked; by default a timestamped file in the
    backups folder beside the database. An existing file is never overwritten."""
    if out is None:
        if desk.path is None:
            raise BackupError(_("This database lives in memory only: give a file to back it "
                                "up to."))
        folder = backups_folder(desk.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # the division's own folder is read-only
            raise cannot_write_to(error, folder) from None
        out = _free_name(folder, desk.path.stem, _stamp(desk.context.clock()))
    out = Path(out)
    if out.exists():
        raise FileExistsRefusedError(_("{path} already exists; choose another name for the "
                                       "backup.").format(path=out))
    if not out.parent.is_dir():
        raise BackupError(_("There is no folder {folder} to put the backup in.").format(
            folder=out.parent))
    # Private from the first byte, beside the backup, removed if anything fails (or at the
    # next start, if the process is killed meanwhile).
    try:
        with partial_file(out) as partial:
            copy_into(desk.db, partial, desk.passphrase)
            _check(partial, desk.passphrase, label=out.name)
            os.replace(partial, out)
    except OSError as error:  # a read-only folder or file system, a full disk
        raise cannot_write_to(error, out) from None
    return out


def list_backups(database: Path) -> list[Path]:
    """The automatic backups of a database, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match.group("stem") == database.stem and path.is_file():
            found.append((match.group("stamp"), int(match.group("number") or 1), path))
    return [path for *_, path in sorted(found, reverse=True)]


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group("stamp"), _STAMP).replace(tzinfo=LOCAL_ZONE)


def prune_backups(database: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` automatic backups; returns what was removed."""
    removed = list_backups(database)[max(keep, 1):]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def auto_backup(desk: Desk, *, keep: int | None = None) -> Path | None:
    """The backup taken when the app closes: at most once a (local) day, keeping the last N
    (the backup_keep setting). Returns the new file, or None if today's is already made."""
    if desk.path is None:
        return None
    today = desk.context.clock().astimezone(LOCAL_ZONE).date()
    newest = next(iter(list_backups(desk.path)), None)
    stamped = backup_time(newest) if newest else None
    if stamped is not None and stamped.date() == today:
        return None
    made = back_up(desk)
    prune_backups(desk.path, int(keep if keep is not None else desk.settings.get("backup_keep")))
    return made


# ---- checking and restoring --------------------------------------------------------------


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase:
        return encryption.connect(path, passphrase)
    return sqlite3.connect(str(path))


def _check(path: Path, passphrase: str | None, *, label: str | None = None) -> BackupInfo:
    """Integrity, and that it is a database of this app no newer than this app."""
    label = label or path.name
    if encryption.looks_encrypted(path) and not passphrase:
        raise BackupError(_("{name} is encrypted or is not a database; it cannot be restored "
                            "into a database without a passphrase.").format(name=label))
    try:
        with closing(_connect(path, passphrase)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                first = result[0][0] if result else _("no answer")
                raise BackupError(_("{name} is damaged (the integrity check says: {first}). "
                                    "Choose another backup.").format(name=label, first=first))
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            records = 0
            if _APP_TABLES <= tables:
                records = sum(
                    connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for table in ("contact", "partner", "neighbourhood")
                )
    except encryption.WrongPassphraseError:
        raise BackupError(_("{name} is not encrypted with this database's passphrase, or it "
                            "is not a database.").format(name=label)) from None
    except _DATABASE_ERRORS as exc:
        raise BackupError(_("{name} is damaged or is not a database of this app ({reason}). "
                            "Choose another backup.").format(name=label, reason=exc)) from None
    if not _APP_TABLES <= tables or version < 1:
        raise BackupError(_("{name} is a database, but not one of this app.").format(
            name=label))
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(version, SCHEMA_VERSION, label)
    return BackupInfo(path, version, records)


@contextmanager
def _private_copy(source: Path, beside: Path) -> Iterator[Path]:
    """Work on a copy of the backup, so that checking it cannot change it (or be fooled by it
    changing). The copy is private and lies beside `beside` (the database it is for), never
    in the system's temporary folder: a copy left by a killed process is removed at the next
    start."""
    if not source.is_file():
        raise BackupError(_("There is no backup at {path}.").format(path=source))
    with partial_file(beside) as copy:
        shutil.copyfile(source, copy)
        yield copy


def inspect_backup(source: Path | str, passphrase: str | None = None, *,
                   beside: Path | None = None) -> BackupInfo:
    """Check a backup (a copy of it, made beside `beside`: the database it is for, by
    default the backup itself)."""
    source = Path(source)
    with _private_copy(source, beside or source) as copy:
        info = _check(copy, passphrase, label=source.name)
    return BackupInfo(source, info.schema_version, info.records)


def restore_backup(database: Path | str, source: Path | str, *, desk: Desk | None = None,
                   passphrase: str | None = None) -> RestoreResult:
    """Replace the database's content with a backup's, after checking the backup; the current
    file is first copied aside. With `desk` (the app's open database), the restore goes
    through its connection, so the app keeps working on the restored content."""
    database, source = Path(database), Path(source)
    if desk is not None:
        passphrase = desk.passphrase
    with _private_copy(source, database) as copy:
        info = _check(copy, passphrase, label=source.name)
        set_aside = _set_aside(database, desk, passphrase)
        with closing(_connect(copy, passphrase)) as origin:
            if desk is not None:
                origin.backup(desk.db.conn)
            else:
                private_file(database)
                with closing(_connect(database, passphrase)) as target:
                    origin.backup(target)
    opened = desk or Desk.open(database, passphrase=passphrase)  # migrates an older backup
    try:
        if desk is not None:
            migrate(desk.db, database, passphrase)
        audit.record_change(
            opened.db, at=opened.context.now(), actor=opened.actor, action="restore",
            table="database", row_id=None, before=None,
            after={"from": source.name, "set_aside": set_aside.name if set_aside else None},
        )
    finally:
        if desk is None:
            opened.close()
    return RestoreResult(source, set_aside, info.schema_version)


def _set_aside(database: Path, desk: Desk | None, passphrase: str | None) -> Path | None:
    if desk is None and not database.exists():
        return None
    stamp = _stamp(desk.context.clock() if desk else utc_now())
    aside = _free_name(database.parent, f"{database.name}.before-restore", stamp)
    if desk is not None:
        backup_copy(desk.db, aside, passphrase)
    else:
        with closing(_connect(database, passphrase)) as current:
            backup_copy(Database(current, execute_plugins=False), aside, passphrase)
    return aside
