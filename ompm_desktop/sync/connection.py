"""Opening database files with apsw-sqlite3mc, the SQLite that has the session extension.

It reads and writes the app's SQLCipher 4 files (cipher=sqlcipher, legacy=4) with the same
passphrase. Never open a file with it while the app's own (sqlcipher3) connection to that
file is open in the same process: two SQLite libraries must not share a file's locks.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import apsw

from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _
from ompm_desktop.store.encryption import WrongPassphraseError

BUSY_TIMEOUT_MS = 10_000
SALT_BYTES, KDF_ROUNDS, KEY_BYTES = 16, 256_000, 32  # SQLCipher 4's defaults


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class KeyRing:
    """The keys of one sync. SQLCipher 4 derives a file's key from the passphrase and the
    file's salt (its first 16 bytes) with PBKDF2-HMAC-SHA512, 256,000 rounds: slow on
    purpose. Derived once here, it is given as a raw key to every connection to that file
    and to the laptop's snapshot (a copy of the hub, with the hub's salt). Kept in memory for
    the sync only, as the passphrase is."""

    def __init__(self) -> None:
        self._keys: dict[tuple[bytes, str], str] = {}

    def literal(self, path: Path, passphrase: str | None) -> str | None:
        """The KEY clause's value for `path`, or None for a file without encryption."""
        if not passphrase:
            return None
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
        found = self._keys.get((salt, passphrase))
        if found is None:
            derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt,
                                          KDF_ROUNDS, KEY_BYTES)
            found = self._keys[(salt, passphrase)] = f"\"x'{derived.hex()}'\""
        return found


def _key_literal(path: Path, passphrase: str | None, keys: KeyRing | None) -> str | None:
    if keys is not None:
        return keys.literal(path, passphrase)
    return quoted(passphrase) if passphrase else None


def _apply_cipher(connection: apsw.Connection, key: str | None) -> None:
    # Without a schema name, the cipher settings are also the defaults of files attached
    # later (ATTACH ... KEY), so those are read as SQLCipher 4 too.
    connection.execute("PRAGMA cipher = 'sqlcipher'")
    connection.execute("PRAGMA legacy = 4")
    if key:
        connection.execute(f"PRAGMA key = {key}")


def open_file(path: Path, passphrase: str | None,
              keys: KeyRing | None = None) -> apsw.Connection:
    """A connection to an existing database file, checked: a wrong passphrase raises
    WrongPassphraseError, a missing file StoreError."""
    if not path.is_file():
        raise StoreError(_("There is no database at {path}.").format(path=path))
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READWRITE)
    try:
        _apply_cipher(connection, _key_literal(path, passphrase, keys))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except apsw.Error:
        connection.close()
        raise WrongPassphraseError(path) from None
    connection.set_busy_timeout(BUSY_TIMEOUT_MS)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def attach(connection: apsw.Connection, path: Path, schema: str, passphrase: str | None,
           keys: KeyRing | None = None) -> None:
    """Attach another file under `schema`, keyed with its own passphrase (SQLCipher 4)."""
    key = _key_literal(path, passphrase, keys)
    if key:
        connection.execute(f"ATTACH DATABASE {quoted(str(path))} AS {schema} KEY {key}")
    else:
        connection.execute(f"ATTACH DATABASE {quoted(str(path))} AS {schema}")
    try:
        connection.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchall()
    except apsw.Error:
        connection.execute(f"DETACH DATABASE {schema}")
        raise WrongPassphraseError(path) from None


def schema_version(connection: apsw.Connection, schema: str = "main") -> int:
    return int(connection.execute(f"PRAGMA {schema}.user_version").get)
