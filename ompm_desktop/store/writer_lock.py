"""One writer per database file.

An operating-system lock (filelock) is held while the app has the file open for writing; the
OS releases it when the process dies, so a crashed app never blocks the next one. Beside it,
a small JSON note says who holds the file, so a second instance can tell the user.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from ompm_desktop.clock import local, utc_now
from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return _("{user} on {host} (process {pid}, since {since})").format(
            user=self.user, host=self.host, pid=self.pid, since=self.since)


class DatabaseInUseError(StoreError):
    def __init__(self, path: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder else _("another copy of the app")
        super().__init__(_(
            "{name} is already open in {who}. Open it read-only, or close it there first."
        ).format(name=path.name, who=who))
        self.holder = holder


class WriterLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self.lock_path = database.with_name(database.name + ".lock")
        self.note_path = database.with_name(database.name + ".holder.json")
        self._lock = FileLock(self.lock_path, timeout=0)
        self.took_over_from: Holder | None = None

    def acquire(self) -> WriterLock:
        """Take the lock, or raise DatabaseInUseError naming who holds it."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUseError(self.database, self.holder()) from None
        # The OS lock was free: any note left behind is from a process that died.
        self.took_over_from = self.holder()
        me = Holder(getpass.getuser(), socket.gethostname(), os.getpid(),
                    local(utc_now()).strftime("%Y-%m-%d %H:%M"))
        self.note_path.write_text(json.dumps(me.__dict__), encoding="utf-8")
        return self

    def holder(self) -> Holder | None:
        try:
            return Holder(**json.loads(self.note_path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self.note_path.unlink(missing_ok=True)
            self._lock.release()

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
