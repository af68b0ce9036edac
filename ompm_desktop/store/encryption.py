"""Encryption at rest with SQLCipher 4 (the sqlcipher3 package).

A plain database starts with SQLite's header; an encrypted one is indistinguishable from
random bytes until the right passphrase is given. The passphrase is never written anywhere.
"""

from __future__ import annotations

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


def connect(path: Path, passphrase: str) -> Any:
    """A SQLCipher connection, checked: a wrong passphrase raises WrongPassphraseError."""
    if not passphrase:
        raise PassphraseRequiredError(path)
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
