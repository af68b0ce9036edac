"""Opening a database file: checks, pragmas, the backup taken before a migration."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ompm_desktop.clock import utc_now
from ompm_desktop.errors import (
    DatabaseMissingError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)
from ompm_desktop.i18n import _
from ompm_desktop.paths import private_file
from ompm_desktop.store import encryption
from ompm_desktop.store.partial_files import partial_file
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations
from ompm_desktop.store.sound_file import check_before_writing
from ompm_desktop.text_fold import natural_order

log = logging.getLogger(__name__)

SQLITE_HEADER = encryption.SQLITE_HEADER
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, *encryption.CIPHER_ERRORS)
_OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError, encryption.sqlcipher3.dbapi2.OperationalError)


class ReadOnlyDatabaseError(StoreError):
    """A write to a database opened read-only."""


def write_failure(error: Exception, read_only: bool) -> StoreError | None:
    """What a failed write means to the user, when the cause is the disk or the file and not
    a mistake in the app (those stay errors to report). None: not a write failure. The
    window's message speaks of the form still holding what was typed; the command line's
    (`command_line`) does not."""
    text = str(error).lower()
    failure: StoreError
    if "readonly" in text or "read-only" in text:
        if read_only:
            failure = ReadOnlyDatabaseError(_(
                "This database is open read-only (another copy of the app holds it for "
                "writing), so nothing was saved. What you typed is still in the form: close "
                "the other copy and open the file again to save changes."))
            failure.command_line = _(
                "This database can only be read here, so nothing was written.")
            return failure
        failure = StoreError(_(
            "The database file or its folder cannot be written (it is read-only), so the "
            "change was not saved. What you typed is still in the form: copy it, or make "
            "the folder writable and save again."))
        failure.command_line = _(
            "The database file or its folder cannot be written (it is read-only), so "
            "nothing was written. Make it writable, or copy the file to a folder you can "
            "write to, and run the command again.")
        return failure
    if "full" in text:
        failure = StoreError(_(
            "The disk is full, so the change was not saved. What you typed is still in the "
            "form: free some space (or copy it elsewhere) and save again."))
        failure.command_line = _(
            "The disk is full, so nothing was written. Free some space and run the command "
            "again.")
        return failure
    if "disk i/o error" in text:
        failure = StoreError(_(
            "The disk could not be written (a disk I/O error), so the change was not saved. "
            "What you typed is still in the form: check the drive and save again."))
        failure.command_line = _(
            "The disk could not be written (a disk I/O error), so nothing was written. "
            "Check the drive and run the command again.")
        return failure
    return None


class DeskDatabase(Database):
    """sqlite-utils' Database, where a write the disk or the file refuses (full, read-only,
    I/O error) is a StoreError the user can read, and the transaction is rolled back."""

    read_only = False
    damage_seen = False  # a statement found the file damaged: it is not noted as sound

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No sqlite-utils plugin runs here: no code from whatever else is installed on the
        # machine is handed the records' connections (encrypted ones included), and not
        # looking for plugins spares reading every installed package's metadata (10-15 ms
        # of every start).
        kwargs.setdefault("execute_plugins", False)
        super().__init__(*args, **kwargs)

    def execute(self, sql: str, parameters: Any = None) -> Any:
        try:
            return super().execute(sql, parameters)
        except DATABASE_ERRORS as error:
            if is_damage(error):
                self.damage_seen = True
            raise

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        try:
            with super().atomic():
                yield self
        except _OPERATIONAL_ERRORS as error:
            failure = write_failure(error, self.read_only)
            if failure is None:
                raise
            log.warning("A write failed: %s", error)
            raise failure from error


def is_damage(error: Exception) -> bool:
    """Whether a database error says the file itself is damaged."""
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _configure(db: Database) -> None:
    db.conn.create_collation("numbers", natural_order)  # Beat 2 before Beat 10
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA busy_timeout = 5000")


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _check_is_database(path: Path, passphrase: str | None) -> None:
    if not path.exists():
        raise DatabaseMissingError(_("There is no database at {path}.").format(path=path))
    if path.is_dir():
        raise NotADatabaseError(_("{path} is a folder, not a database file.").format(
            path=path))
    if path.stat().st_size == 0:
        # An existing file that is empty is damage (a copy or a save that never finished,
        # a disk that lost it), not a new division: SQLite would take it for one, and what
        # was written next would go into it unencrypted.
        raise NotADatabaseError(_("{name} is empty (0 bytes): whatever it held is gone "
                                  "from this file.").format(name=path.name))
    if encryption.lacks_sqlite_header(path) and not passphrase:
        if _looks_like_text(path):
            raise NotADatabaseError(
                _("{path} is not a database of this app (it is some other kind of "
                  "file).").format(path=path)
            )
        if not encryption.looks_encrypted(path):  # not a whole number of pages
            raise NotADatabaseError(
                _("{path} is not a whole database file: it may have been cut short (a copy "
                  "or a save that did not finish), or it is some other kind of file. Restore "
                  "the newest sound backup of it.").format(path=path)
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


def copy_into(db: Database, destination: Path, passphrase: str | None = None) -> None:
    """Fill `destination` (a new, empty file) with a consistent copy of the open database,
    through SQLite's online backup; encrypted with the same passphrase, if any."""
    connection = (encryption.keyed_target(destination, passphrase) if passphrase
                  else sqlite3.connect(str(destination)))
    try:
        db.conn.backup(connection)
    finally:
        connection.close()


def backup_copy(db: Database, target: Path, passphrase: str | None = None) -> Path:
    """A consistent copy of the open database at `target`, whole or not at all: written to a
    private temporary file beside it, then renamed onto it.

    The copy of an encrypted database is encrypted with the same passphrase.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with partial_file(target) as part:
        copy_into(db, part, passphrase)
        os.replace(part, target)
    return target


def migrate(db: Database, path: Path | None, passphrase: str | None = None) -> Path | None:
    """Bring the schema up to date. Returns the path of the copy taken first, if any."""
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(found, SCHEMA_VERSION, str(path or _("The database")))
    pending = migrations.pending(db)
    copy: Path | None = None
    if pending and path is not None and db.table_names():
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        copy = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-{stamp}.bak")
        backup_copy(db, copy, passphrase)
        log.info("Copied %s to %s before migrating from version %s", path, copy, found)
    if pending:
        migrations.apply(db)
    if schema_version(db) != SCHEMA_VERSION:
        # Also when a process was stopped after its last migration but before this line:
        # the migrations are recorded as applied, and the version must say so too.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return copy


def open_database(
    path: Path | str, *, create: bool = False, passphrase: str | None = None,
    read_only: bool = False,
) -> Database:
    """Open (or, with create=True, create) a database file, migrated to this app's schema.

    With a passphrase, a new file is created encrypted and an existing one opened as such.
    Read-only, nothing is written (not even a migration): every write is refused.
    """
    path = Path(path)
    existed = not create or path.exists()
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
        private_file(path)
    else:
        _check_is_database(path, passphrase)
    # A file that cannot be written (a read-only file, folder or file system) is read
    # through SQLite's read-only mode, which needs no journal or shared-memory file.
    unwritable = read_only and not writable(path)
    if unwritable and _journal_left(path):
        # A write cut short (a process killed inside a transaction) is undone from its
        # journal by the next connection that can write the file. Read as it is, the file
        # would show that write half made.
        raise StoreError(_(
            "{name} holds a change that was cut short (the program writing it was stopped), "
            "and it cannot be undone here because the file cannot be written. Open it once "
            "where it can be written (the change is then undone), then read it here.").format(
                name=path.name))
    if passphrase:
        db = DeskDatabase(encryption.connect(path, passphrase, read_only=unwritable))
    elif unwritable:
        db = DeskDatabase(sqlite3.connect(read_only_uri(path), uri=True))
    else:
        db = DeskDatabase(path)
    try:
        if read_only:
            _open_read_only(db, path)
        else:
            if existed:  # nothing is written into a damaged file
                check_before_writing(db.conn, path, DATABASE_ERRORS)
            db.execute("PRAGMA journal_mode = WAL")
            _configure(db)
            migrate(db, path, passphrase)
    except DATABASE_ERRORS as exc:
        db.close()
        raise NotADatabaseError(_("{path} cannot be read as a database ({reason}).").format(
            path=path, reason=exc)) from exc
    except BaseException:
        db.close()
        raise
    return db


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (a new file: its folder)."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _journal_left(path: Path) -> bool:
    try:
        return encryption.journal_of(path).stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """SQLite's URI of a file to read only. Where its folder cannot be written, SQLite cannot
    make the shared-memory file a WAL database is read with: the file is read as immutable
    (nothing can write it there), without its -wal file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if os.access(path.parent, os.W_OK) else uri + "&immutable=1"


def _open_read_only(db: DeskDatabase, path: Path) -> None:
    _configure(db)
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(found, SCHEMA_VERSION, str(path))
    if migrations.pending(db):
        raise StoreError(_("{name} must be updated for this version of the app, and that "
                           "cannot be done read-only. Close the other copy and open it "
                           "again.").format(name=path.name))
    db.execute("PRAGMA query_only = ON")
    db.read_only = True


def open_memory_database() -> Database:
    """A fresh in-memory database with the full schema (tests, previews)."""
    db = DeskDatabase(memory=True)
    _configure(db)
    migrate(db, None)
    return db
