"""Opening database files with apsw-sqlite3mc, the SQLite that has the session extension.

It reads and writes the app's SQLCipher 4 files (cipher=sqlcipher, legacy=4) with the same
passphrase. Never open a file with it while the app's own (sqlcipher3) connection to that
file is open in the same process: two SQLite libraries must not share a file's locks.
"""

from __future__ import annotations

from pathlib import Path

import apsw

from ompm_desktop.errors import StoreError
from ompm_desktop.store.encryption import WrongPassphraseError

BUSY_TIMEOUT_MS = 10_000


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _apply_cipher(connection: apsw.Connection, passphrase: str | None) -> None:
    # Without a schema name, the cipher settings are also the defaults of files attached
    # later (ATTACH ... KEY), so those are read as SQLCipher 4 too.
    connection.execute("PRAGMA cipher = 'sqlcipher'")
    connection.execute("PRAGMA legacy = 4")
    if passphrase:
        connection.execute(f"PRAGMA key = {quoted(passphrase)}")


def open_file(path: Path, passphrase: str | None) -> apsw.Connection:
    """A connection to an existing database file, checked: a wrong passphrase raises
    WrongPassphraseError, a missing file StoreError."""
    if not path.is_file():
        raise StoreError(f"There is no database at {path}.")
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READWRITE)
    try:
        _apply_cipher(connection, passphrase)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except apsw.Error:
        connection.close()
        raise WrongPassphraseError(path) from None
    connection.set_busy_timeout(BUSY_TIMEOUT_MS)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def attach(connection: apsw.Connection, path: Path, schema: str, passphrase: str | None) -> None:
    """Attach another file under `schema`, keyed with its own passphrase (SQLCipher 4)."""
    if passphrase:
        connection.execute(f"ATTACH DATABASE {quoted(str(path))} AS {schema} "
                           f"KEY {quoted(passphrase)}")
    else:
        connection.execute(f"ATTACH DATABASE {quoted(str(path))} AS {schema}")
    try:
        connection.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchall()
    except apsw.Error:
        connection.execute(f"DETACH DATABASE {schema}")
        raise WrongPassphraseError(path) from None


def schema_version(connection: apsw.Connection, schema: str = "main") -> int:
    return int(connection.execute(f"PRAGMA {schema}.user_version").get)
