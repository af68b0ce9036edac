"""Making a station hub from an existing database, and bringing one up to date.

A hub is an ordinary database of the app (same schema, same passphrase unless told otherwise)
that only syncs write to: its journal is a plain rollback journal, since a hub often sits on
a shared drive or a USB stick where SQLite's WAL cannot work.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from ompm_desktop.errors import FileExistsRefusedError, NewerDatabaseError, StoreError
from ompm_desktop.store import encryption
from ompm_desktop.store.database import (
    DeskDatabase,
    copy_into,
    migrate,
    open_database,
    schema_version,
)
from ompm_desktop.store.partial_files import partial_file, remove_left_over
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations
from ompm_desktop.store.writer_lock import DatabaseInUseError, WriterLock
from ompm_desktop.sync import snapshot
from ompm_desktop.sync.connection import open_file, quoted


def _locked(path: Path) -> WriterLock:
    try:
        return WriterLock(path).acquire()
    except DatabaseInUseError as error:
        raise StoreError(f"{error.message} Close it there first.") from None


def create_hub(hub: Path, source: Path, passphrase: str | None, *,
               hub_passphrase: str | None = None) -> Path:
    """Copy `source` (migrated first) to a new hub file; the hub keeps no sync bookkeeping of
    the source, and the source is left in step with the hub (its snapshot is the hub), so
    its next sync sends only what changed after. With hub_passphrase, the hub gets a
    passphrase of its own."""
    hub, source = Path(hub), Path(source)
    if hub.exists():
        raise FileExistsRefusedError(
            f"{hub} already exists; a hub is never made over a file. Choose a new file name.")
    hub.parent.mkdir(parents=True, exist_ok=True)
    with _locked(source):
        remove_left_over(hub.parent)  # what a hub made half way left
        # Made whole in a private file beside it, then renamed: a hub made half way (the
        # process killed) is never left at the hub's name.
        with partial_file(hub) as part:
            db = open_database(source, passphrase=passphrase)
            try:
                copy_into(db, part, passphrase)
            finally:
                db.close()
            _prepare_hub(part, source, passphrase, hub_passphrase)
            if hub.exists():
                raise FileExistsRefusedError(
                    f"{hub} appeared while the hub was being made; nothing was replaced.")
            os.replace(part, hub)
        _in_step_with_hub(source, passphrase, hub, hub_passphrase or passphrase)
    return hub


def _prepare_hub(hub: Path, source: Path, passphrase: str | None,
                 hub_passphrase: str | None) -> None:
    connection = open_file(hub, passphrase)
    try:
        if hub_passphrase and hub_passphrase != passphrase:
            connection.execute("PRAGMA rekey = " + quoted(hub_passphrase))
        connection.execute("PRAGMA journal_mode = DELETE")
        with connection:
            for table in ("sync_state", "sync_peer", "sync_origin"):
                connection.execute(f"DELETE FROM main.{table}")
            connection.executemany(
                "INSERT INTO main.sync_state (key, value) VALUES (?, ?)",
                [("role", "hub"), ("hub_id", str(uuid.uuid4())),
                 ("made_from", f"the first copy ({source.name})")])
            # The hub is not anyone's desk: who was at the source's keyboard stays there.
            connection.execute("DELETE FROM main.setting WHERE key IN "
                               "('current_user', 'current_badge', 'sync_hub_path')")
        connection.execute("VACUUM")
    finally:
        connection.close()


def _in_step_with_hub(source: Path, passphrase: str | None, hub: Path,
                      hub_passphrase: str | None) -> None:
    token = uuid.uuid4().hex[:16]
    hub_connection = open_file(hub, hub_passphrase)
    try:
        snapshot.write_snapshot(hub_connection, source, token)
    finally:
        hub_connection.close()
    connection = open_file(source, passphrase)
    try:
        with connection:
            connection.execute("INSERT OR REPLACE INTO main.sync_state (key, value) "
                               "VALUES ('snapshot', ?)", [token])
    finally:
        connection.close()
    snapshot.remove_left_over(source, keep=token)


def update_hub(hub: Path, passphrase: str | None) -> Path | None:
    """Migrate a hub made by an older version of the app (a copy is kept first). Returns the
    copy's path, or None when the hub was already up to date."""
    hub = Path(hub)
    if not hub.is_file():
        raise StoreError(f"There is no station hub at {hub}.")
    with _locked(hub):
        remove_left_over(hub.parent)  # what an update killed half way left
        db = _open_for_update(hub, passphrase)
        try:
            found = schema_version(db)
            if found > SCHEMA_VERSION:
                raise NewerDatabaseError(found, SCHEMA_VERSION, str(hub))
            if found == SCHEMA_VERSION and not migrations.pending(db):
                return None
            # The migration is made on a copy beside the hub, renamed onto it when done. In
            # place, a process killed half way would leave a hot journal written by the app's
            # SQLCipher library, which the syncs' library cannot roll back. A hub reached
            # through a symbolic link: the real file is replaced, never the link.
            real = Path(os.path.realpath(hub))
            with partial_file(real) as part:
                copy_into(db, part, passphrase)
                db.close()
                updated = _open_for_update(part, passphrase)
                try:
                    copy = migrate(updated, hub, passphrase)
                finally:
                    updated.close()
                os.replace(part, real)
            return copy
        finally:
            db.close()


def _open_for_update(path: Path, passphrase: str | None) -> DeskDatabase:
    db = DeskDatabase(encryption.connect(path, passphrase) if passphrase else path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


@dataclass(frozen=True)
class LaptopAtHub:
    """What the hub knows of one laptop: when it last sent and received, and how much."""

    machine_name: str
    last_sent_at: str | None
    last_received_at: str | None
    sent: int
    received: int
    conflicts: int


def laptops_at_hub(hub: Path, passphrase: str | None) -> list[LaptopAtHub]:
    """Every laptop that has synced with the hub, the latest first."""
    connection = open_file(Path(hub), passphrase)
    try:
        rows = connection.execute(
            "SELECT machine_name, last_sent_at, last_received_at, sent, received, conflicts "
            "FROM main.sync_peer ORDER BY coalesce(last_received_at, last_sent_at) DESC, "
            "machine_name").fetchall()
    finally:
        connection.close()
    return [LaptopAtHub(*row) for row in rows]  # type: ignore[arg-type]  # columns in order
