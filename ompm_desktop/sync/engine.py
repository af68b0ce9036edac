"""One sync of a laptop's database with the station hub.

1. The laptop's changes since its last sync: the difference between its snapshot (snapshot.py)
   and the laptop now, as a changeset, in memory.
2. Sent: applied at the hub in one transaction; conflicts settled by conflicts.Resolver (last
   writer wins by updated_at, the loser logged); the hub notes which machine wrote each row.
3. Received: the difference between the laptop and the hub, which now holds everything
   (the hub's changes since this laptop's last sync), as a changeset. The hub is copied to a
   new snapshot, then the changeset is applied on the laptop in one transaction that also
   names the new snapshot. The laptop then holds exactly the hub's shared rows.

Changesets never leave memory (nothing with plain values is written to disk); the snapshot is
encrypted with the hub's passphrase. The hub's lock is held throughout, so two laptops sync
one after the other; the laptop's writer lock too, so the app must not have it open. A sync
stopped at any point (cancelled, killed) leaves both files sound: the next one sends again
what the hub may already have, and the hub drops what it already holds.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import apsw

from ompm_desktop.clock import Clock, iso, utc_now
from ompm_desktop.errors import DeskError, StoreError
from ompm_desktop.i18n import _, ngettext
from ompm_desktop.services.audit import os_account
from ompm_desktop.store.database import open_database
from ompm_desktop.store.partial_files import remove_left_over
from ompm_desktop.store.schema import SCHEMA_VERSION
from ompm_desktop.store.sound_file import check_before_writing, note_clean_close
from ompm_desktop.store.writer_lock import DatabaseInUseError, WriterLock
from ompm_desktop.sync import snapshot
from ompm_desktop.sync.conflicts import Resolver, read_row
from ompm_desktop.sync.connection import KeyRing, attach, open_file, schema_version
from ompm_desktop.sync.tables import PER_MACHINE_SETTINGS, SHARED_TABLES, has_updated_at

Progress = Callable[[int, int, str], None]
STEPS = 6
HUB_SCHEMA = "hub"


class SyncCancelled(DeskError):
    """The sync was stopped between two steps; both files are sound."""


class SchemaMismatchError(StoreError):
    """The hub and this app are at different schema versions."""


@dataclass
class SyncSummary:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    first_sync: bool = False
    machine_name: str = ""

    def describe(self) -> str:
        sent = ngettext("Sent {count} change", "Sent {count} changes", self.sent).format(
            count=self.sent)
        conflicts = ngettext("{count} conflict", "{count} conflicts", self.conflicts).format(
            count=self.conflicts)
        text = _("{sent}, received {received}, {conflicts}.").format(
            sent=sent, received=self.received, conflicts=conflicts)
        if self.conflicts:
            text += " " + _("The versions that lost are kept: review them with "
                            "File > Review sync conflicts.")
        return text


def default_machine_name() -> str:
    return f"{getpass.getuser()} on {socket.gethostname()}"


def check_schema(hub_version: int, hub: Path) -> None:
    if hub_version == SCHEMA_VERSION:
        return
    if hub_version < SCHEMA_VERSION:
        raise SchemaMismatchError(_(
            "The station hub {name} was made by an older version of the app (schema version "
            "{hub_version}; this laptop's is {version}), so nothing was synced. Update the hub "
            "first: python -m ompm_desktop hub --db {hub} --update. Every laptop then needs "
            "this version of the app too.").format(name=hub.name, hub_version=hub_version,
                                                    version=SCHEMA_VERSION, hub=hub))
    raise SchemaMismatchError(_(
        "The station hub {name} was updated by a newer version of the app (schema version "
        "{hub_version}; this laptop's app knows {version}), so nothing was synced. Install the "
        "newer version of the app on this laptop, then sync again.").format(
            name=hub.name, hub_version=hub_version, version=SCHEMA_VERSION))


def _changeset(connection: apsw.Connection, schema: str, from_schema: str) -> bytes:
    """What turns the shared tables of `from_schema` into those of `schema`."""
    session = apsw.Session(connection, schema)
    try:
        for table in SHARED_TABLES:
            session.attach(table)
            session.diff(from_schema, table)
        return session.changeset()
    finally:
        session.close()


def _changed_rows(changeset: bytes) -> list[tuple[str, str]]:
    rows = []
    for change in apsw.Changeset.iter(changeset):
        key = change.new if change.op == "INSERT" else change.old
        assert key is not None  # an insert has its new row, an update or delete its old one
        rows.append((change.name, str(key[0])))
    return rows


def _state(connection: apsw.Connection, key: str) -> str | None:
    return connection.execute("SELECT value FROM main.sync_state WHERE key = ?", [key]).get


def _set_state(connection: apsw.Connection, key: str, value: str) -> None:
    connection.execute("INSERT INTO main.sync_state (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


class HubSync:
    """One sync; `run()` does it all. Build it, then run it once."""

    def __init__(self, database: Path, hub: Path, passphrase: str | None, *,
                 hub_passphrase: str | None = None, machine_name: str | None = None,
                 clock: Clock = utc_now, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.database = Path(database)
        self.hub_path = Path(hub)
        self.passphrase = passphrase or None
        self.hub_passphrase = (hub_passphrase or passphrase) or None
        self.machine_name = machine_name or default_machine_name()
        self.clock = clock
        self._progress = progress
        self._cancelled = cancelled
        self.summary = SyncSummary(machine_name=self.machine_name)
        self.keys = KeyRing()

    def step(self, done: int, text: str) -> None:
        if self._progress is not None:
            self._progress(done, STEPS, text)

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise SyncCancelled(_(
                "The sync was stopped. Both files are sound: sync again to finish it (what "
                "was already sent is not sent twice)."))

    def run(self) -> SyncSummary:
        if not self.hub_path.is_file():
            raise StoreError(_("There is no station hub at {path}. Check the drive is plugged "
                               "in, or make a hub with: python -m ompm_desktop hub --db HUBPATH "
                               "--init-from YOURDATABASE.").format(path=self.hub_path))
        if self.hub_path.resolve() == self.database.resolve():
            raise StoreError(_("The hub and this laptop's database are the same file; choose "
                               "the station hub's file."))
        self.database.parent.mkdir(parents=True, exist_ok=True)
        laptop_lock = WriterLock(self.database)
        try:
            laptop_lock.acquire()
        except DatabaseInUseError as error:
            raise StoreError(error.message + " " + _("Close the app on this laptop before "
                                                     "syncing from the command line.")) from None
        try:
            hub_lock = WriterLock(self.hub_path)
            try:
                hub_lock.acquire()
            except DatabaseInUseError as error:
                who = error.holder.describe() if error.holder else _("another laptop")
                raise StoreError(_("The station hub is busy: {who} is using it. Try again in "
                                   "a minute.").format(who=who)) from None
            try:
                remove_left_over(self.hub_path.parent)  # what a hub update killed half way left
                return self._run_locked()
            finally:
                hub_lock.release()
        finally:
            laptop_lock.release()

    def _run_locked(self) -> SyncSummary:
        self.step(0, _("Checking both files"))
        if not self.database.exists():
            self.summary.first_sync = True
        hub = open_file(self.hub_path, self.hub_passphrase, self.keys)
        local: apsw.Connection | None = None
        try:
            check_before_writing(hub, self.hub_path, (apsw.Error,))
            hub.execute("PRAGMA journal_mode = DELETE")  # a shared drive may not do WAL
            check_schema(schema_version(hub), self.hub_path)
            if _state(hub, "role") != "hub":
                raise StoreError(_(
                    "{name} is a database of the app, but not a station hub (a laptop's own "
                    "file, perhaps), so nothing was synced. Choose the hub's file, or make one "
                    "with: python -m ompm_desktop hub --db HUBPATH --init-from "
                    "YOURDATABASE.").format(name=self.hub_path.name))
            local = self._open_laptop()
            machine_id = self._machine_id(local)
            token = _state(local, "snapshot")
            if token is None:
                self.summary.first_sync = True
            self.check_cancelled()
            self.step(1, _("Sending this laptop's changes"))
            sent = self._local_changes(local, token)
            self._send(hub, local, sent, machine_id)
            self.check_cancelled()
            self.step(3, _("Receiving the hub's changes"))
            received = self._hub_changes(local)
            new_token = uuid.uuid4().hex[:16]
            snapshot.write_snapshot(hub, self.database, new_token)
            self.check_cancelled()
            self._receive(local, hub, received, new_token, first=token is None)
            self._note_received(hub, machine_id)
        finally:
            if local is not None:
                local.close()
            hub.close()
        snapshot.remove_left_over(self.database, keep=new_token)
        for path in (self.hub_path, self.database):  # sound, and closed: not checked next time
            note_clean_close(path)
        self.step(STEPS, self.summary.describe())
        return self.summary

    # ---- steps ---------------------------------------------------------------------------

    def _open_laptop(self) -> apsw.Connection:
        """The laptop's file at this app's schema version. The app's own library makes it (a
        new laptop) or migrates it, and is closed before apsw opens the file."""
        if self.database.exists():
            local = open_file(self.database, self.passphrase, self.keys)
            try:
                check_before_writing(local, self.database, (apsw.Error,))
            except StoreError:
                local.close()
                raise
            if schema_version(local) == SCHEMA_VERSION:
                return local
            local.close()
        open_database(self.database, create=True, passphrase=self.passphrase).close()
        return open_file(self.database, self.passphrase, self.keys)

    def _machine_id(self, local: apsw.Connection) -> str:
        machine_id = _state(local, "machine_id")
        if machine_id is None:
            machine_id = str(uuid.uuid4())
            with local:
                _set_state(local, "machine_id", machine_id)
        return machine_id

    def _local_changes(self, local: apsw.Connection, token: str | None) -> bytes:
        snapshot.attach_snapshot(local, self.database, token, self.hub_passphrase, self.keys)
        try:
            return _changeset(local, "main", snapshot.SCHEMA)
        finally:
            local.execute(f"DETACH DATABASE {snapshot.SCHEMA}")

    def _send(self, hub: apsw.Connection, local: apsw.Connection, changes: bytes,
              machine_id: str) -> None:
        made_from = _state(hub, "made_from") or "the hub's first copy"

        def origin(table: str, row_id: str) -> str:
            found = hub.execute("SELECT machine_name FROM main.sync_origin "
                                "WHERE table_name = ? AND row_id = ?", [table, row_id]).get
            return found or made_from

        resolver = Resolver(hub, lambda table, row_id: read_row(local, "main", table, row_id),
                            self.machine_name, origin)
        rows = _changed_rows(changes)
        now = iso(self.clock())
        with hub:
            apsw.Changeset.apply(changes, hub, conflict=resolver)
            resolver.finish(now)
            lost = resolver.incoming_lost
            written = [(table, row_id) for table, row_id in rows
                       if has_updated_at(table) and (table, row_id) not in lost]
            hub.executemany("INSERT INTO main.sync_origin (table_name, row_id, machine_name) "
                            "VALUES (?, ?, ?) ON CONFLICT (table_name, row_id) "
                            "DO UPDATE SET machine_name = excluded.machine_name",
                            [(table, row_id, self.machine_name) for table, row_id in written])
            self.summary.sent = len(rows) - resolver.already_there - len(lost)
            self.summary.conflicts += len(resolver.losers)
            hub.execute(
                "INSERT INTO main.sync_peer (machine_id, machine_name, last_sent_at, sent, "
                "conflicts) VALUES (?, ?, ?, ?, ?) ON CONFLICT (machine_id) DO UPDATE SET "
                "machine_name = excluded.machine_name, last_sent_at = excluded.last_sent_at, "
                "sent = sent + excluded.sent, conflicts = conflicts + excluded.conflicts",
                [machine_id, self.machine_name, now, self.summary.sent, len(resolver.losers)])
            self.step(2, _("Saving at the hub"))

    def _hub_changes(self, local: apsw.Connection) -> bytes:
        attach(local, self.hub_path, HUB_SCHEMA, self.hub_passphrase, self.keys)
        try:
            return _changeset(local, HUB_SCHEMA, "main")
        finally:
            local.execute(f"DETACH DATABASE {HUB_SCHEMA}")

    def _receive(self, local: apsw.Connection, hub: apsw.Connection, changes: bytes,
                 token: str, *, first: bool) -> None:
        resolver = Resolver(local, lambda table, row_id: read_row(hub, "main", table, row_id),
                            "the station hub", lambda table, row_id: self.machine_name)
        now = iso(self.clock())
        with local:
            apsw.Changeset.apply(changes, local, conflict=resolver)
            resolver.finish(now)
            self.summary.received = len(_changed_rows(changes)) - resolver.already_there
            self.summary.conflicts += len(resolver.losers)
            if first:
                self._take_division_settings(local, hub)
            _set_state(local, "snapshot", token)
            _set_state(local, "last_sync_at", now)
            _set_state(local, "hub", str(self.hub_path))
            local.execute(
                "INSERT INTO main.audit_log (at, actor, account, action, table_name, row_id, "
                "before, after) VALUES (?, ?, ?, 'sync', 'sync', ?, NULL, json_object("
                "'hub', ?, 'sent', ?, 'received', ?, 'conflicts', ?))",
                [now, self.machine_name, os_account(), self.hub_path.name, str(self.hub_path),
                 self.summary.sent, self.summary.received, self.summary.conflicts])
            self.step(4, _("Saving on this laptop"))

    def _take_division_settings(self, local: apsw.Connection, hub: apsw.Connection) -> None:
        """A laptop's first sync takes the division's settings it has not set itself."""
        mine = {row[0] for row in local.execute("SELECT key FROM main.setting")}
        for key, value, updated_at in hub.execute(
                "SELECT key, value, updated_at FROM main.setting").fetchall():
            if key not in mine and key not in PER_MACHINE_SETTINGS:
                local.execute("INSERT INTO main.setting (key, value, updated_at) "
                              "VALUES (?, ?, ?)", [key, value, updated_at])

    def _note_received(self, hub: apsw.Connection, machine_id: str) -> None:
        self.step(5, _("Noting this laptop's sync at the hub"))
        with hub:
            hub.execute("UPDATE main.sync_peer SET last_received_at = ?, "
                        "received = received + ? WHERE machine_id = ?",
                        [iso(self.clock()), self.summary.received, machine_id])


def sync_with_hub(database: Path, hub: Path, passphrase: str | None, **options) -> SyncSummary:
    """Send this laptop's changes to the hub and take the hub's back (see HubSync)."""
    return HubSync(database, hub, passphrase, **options).run()
