"""Encryption at rest with SQLCipher 4 (the sqlcipher3 package).

A plain database starts with SQLite's header; an encrypted one is indistinguishable from
random bytes until the right passphrase is given. The passphrase is never written anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3

from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"

# SQLCipher's own error classes are not sqlite3's.
CIPHER_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.dbapi2.DatabaseError,)


class PassphraseRequiredError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(_("{path} is encrypted: its passphrase is needed to open it.").format(
            path=path))
        self.path = path


class WrongPassphraseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _("The passphrase for {path} is not right (or the file is not a database of this "
              "app). Check it and try again.").format(path=path)
        )
        self.path = path


def lacks_sqlite_header(path: Path) -> bool:
    """A non-empty file that does not start as every plain SQLite file does."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """A non-empty file that does not start with SQLite's header and is a whole number of
    pages (SQLCipher writes pages of 512 bytes or a multiple: anything else is not one of
    its files, whatever its first bytes say)."""
    if not path.is_file() or path.stat().st_size == 0 or path.stat().st_size % 512:
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(connection: Any, passphrase: str) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_quoted(passphrase)}")


def journal_of(path: Path) -> Path:
    """The file's rollback journal: beside the real file, as SQLite keeps it, when `path` is a
    symbolic link."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + "-journal")


def roll_back_hot_journal(path: Path, passphrase: str) -> None:
    """Put an encrypted file back as it was before a write that was cut short (a process
    killed inside a transaction leaves a "hot" rollback journal beside the file).

    Only the library that wrote a rollback journal can read it back: SQLCipher (sqlcipher3)
    and SQLite3 Multiple Ciphers (apsw, which syncs use) encrypt journal pages differently,
    and each turns the other's rollback into a malformed file. The app's rollback journals
    on encrypted files are all written by apsw (a hub's writes, all made by syncs; the app's
    own connection writes through its WAL, which both read alike), so apsw, keyed, rolls a
    hot journal back before the app's connection ever sees it. A wrong passphrase, a file
    that cannot be written: nothing is done here, and opening the file says what is wrong."""
    journal = journal_of(path)
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    import apsw  # only after a write was cut short: not on every start

    try:
        connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READWRITE)
    except apsw.Error:
        return
    try:
        connection.set_busy_timeout(5000)
        connection.execute("PRAGMA cipher = 'sqlcipher'")
        connection.execute("PRAGMA legacy = 4")
        connection.execute(f"PRAGMA key = {_quoted(passphrase)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except apsw.Error:
        pass
    finally:
        connection.close()


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> Any:
    """A SQLCipher connection, checked: a wrong passphrase raises WrongPassphraseError. A hot
    journal left beside the file is rolled back first (roll_back_hot_journal). read_only: a
    file that cannot be written, read through SQLite's read-only mode (database.read_only_uri)."""
    if not passphrase:
        raise PassphraseRequiredError(path)
    if read_only:
        from ompm_desktop.store.database import read_only_uri

        connection = sqlcipher3.connect(read_only_uri(path), uri=True)
    else:
        roll_back_hot_journal(path, passphrase)
        connection = sqlcipher3.connect(str(path))
    try:
        apply_key(connection, passphrase)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except CIPHER_ERRORS:
        connection.close()
        raise WrongPassphraseError(path) from None
    return connection


def rekey(connection: Any, new_passphrase: str) -> None:
    if not new_passphrase:
        raise StoreError(_("The new passphrase cannot be empty."))
    connection.execute(f"PRAGMA rekey = {_quoted(new_passphrase)}")


def keyed_target(path: Path, passphrase: str) -> Any:
    """A new connection to a file that a backup will fill, encrypted with the same key."""
    connection = sqlcipher3.connect(str(path))
    apply_key(connection, passphrase)
    return connection
