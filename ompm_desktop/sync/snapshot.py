"""The laptop's snapshot of its shared tables as they were right after its last sync.

What the laptop changed since then is the difference between the snapshot and the laptop now
(sqlite3session_diff), so the app itself records nothing while sergeants work. The snapshot
is a copy of the hub taken in the same sync (the laptop then holds exactly the hub's rows),
in a file beside the database, encrypted with the hub's passphrase; its name carries a token
that the laptop records in the same transaction as the rows it received. A snapshot whose
token the laptop does not name (a sync cut short) is left over and deleted.
"""

from __future__ import annotations

import re
from pathlib import Path

import apsw

from ompm_desktop.errors import StoreError
from ompm_desktop.paths import private_file
from ompm_desktop.sync.connection import KeyRing, attach, quoted
from ompm_desktop.sync.tables import SHARED_TABLES

SCHEMA = "snapshot"


def snapshot_path(database: Path, token: str) -> Path:
    return database.with_name(f"{database.name}.sync-{token}.snapshot")


def left_over(database: Path, keep: str | None) -> list[Path]:
    """Snapshot files of this database other than the one named `keep`."""
    wanted = snapshot_path(database, keep).name if keep else None
    return [path for path in database.parent.glob(f"{database.name}.sync-*.snapshot")
            if path.name != wanted]


def remove_left_over(database: Path, keep: str | None) -> None:
    for path in left_over(database, keep):
        path.unlink(missing_ok=True)


def attach_snapshot(connection: apsw.Connection, database: Path, token: str | None,
                    passphrase: str | None, keys: KeyRing | None = None) -> bool:
    """Attach the snapshot as schema `snapshot`. Without one (a first sync, or a file lost),
    an empty in-memory copy of the shared tables stands in: every row is then sent, and the
    hub drops those it already has. Returns whether a real snapshot was found."""
    path = snapshot_path(database, token) if token else None
    if path is not None and path.is_file():
        try:
            attach(connection, path, SCHEMA, passphrase, keys)
        except (StoreError, apsw.Error):
            pass  # damaged, or the hub's passphrase has changed since: do without it
        else:
            try:
                if _brought_up_to_date(connection):
                    return True
            except apsw.Error:
                pass
            connection.execute(f"DETACH DATABASE {SCHEMA}")  # do without it, as above
    connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA} KEY ''")
    for table in SHARED_TABLES:
        _copy_table(connection, table)
    return False


def _copy_table(connection: apsw.Connection, table: str) -> None:
    """The laptop's table, empty, in the snapshot."""
    sql = connection.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", [table]).get
    connection.execute(re.sub(r"^CREATE TABLE\s+", f"CREATE TABLE {SCHEMA}.", sql, count=1))


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _columns(connection: apsw.Connection, schema: str, table: str) -> list[tuple]:
    """(name, declared type, default) of each column, in order."""
    return [(row[1], row[2], row[4]) for row in connection.execute(
        f"PRAGMA {schema}.table_info({_name(table)})")]


def _brought_up_to_date(connection: apsw.Connection) -> bool:
    """A snapshot taken before the app's last migrations, given the columns and tables they
    added (each column with its default, as the migration gave the rows that were there), so
    that it compares with the laptop's tables again. False if a table changed otherwise (the
    snapshot is then done without)."""
    for table in SHARED_TABLES:
        wanted = _columns(connection, "main", table)
        have = _columns(connection, SCHEMA, table)
        if not have:
            _copy_table(connection, table)
            continue
        if [column[0] for column in have] != [column[0] for column in wanted[:len(have)]]:
            return False
        for name, declared, default in wanted[len(have):]:
            connection.execute(
                f"ALTER TABLE {SCHEMA}.{_name(table)} ADD COLUMN {_name(name)} {declared}"
                + (f" DEFAULT {default}" if default is not None else ""))
    return True


def write_snapshot(hub: apsw.Connection, database: Path, token: str) -> Path:
    """Copy the hub (as it is now, under the hub's key) to the snapshot named by `token`."""
    path = snapshot_path(database, token)
    path.unlink(missing_ok=True)
    private_file(path)  # made empty and private first: never readable by others
    hub.execute(f"VACUUM main INTO {quoted(str(path))}")
    return path
