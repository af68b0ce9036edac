"""One writer per database file.

An operating-system lock (filelock) is held while the app has the file open for writing; the
OS releases it when the process dies, so a crashed app never blocks the next one. Beside it,
a small JSON note says who holds the file, so a second instance can tell the user.

The lock is the real file's, whatever path names it: a symbolic link or a path through ".."
is resolved first (the lock and the note lie beside the real file, where a station's other
machines look too), and on this machine a second lock is keyed on the file's device and inode,
so a second name for the same file (a hard link) is refused as well.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from ompm_desktop.clock import local, utc_now
from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _
from ompm_desktop.store.disk_errors import cannot_write


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
        self.command_line = _(
            "{name} is already open in {who}: close it there first, then run the command "
            "again.").format(name=path.name, who=who)
        self.holder = holder


class WriterLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self.real_path = real = Path(os.path.realpath(database))
        self.lock_path = real.with_name(real.name + ".lock")
        self.note_path = real.with_name(real.name + ".holder.json")
        self._lock = FileLock(self.lock_path, timeout=0)
        self._same_file: tuple[FileLock, Path] | None = None  # the lock and its note
        self.took_over_from: Holder | None = None

    def acquire(self) -> WriterLock:
        """Take the lock, or raise DatabaseInUseError naming who holds it. Taking a lock
        already held here changes nothing (`with` on an acquired lock)."""
        if self._lock.is_locked:
            return self
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUseError(self.database, self.holder()) from None
        except OSError as error:  # a read-only folder or file system, a full disk
            raise cannot_write(error, self.database) from None
        # The OS lock was free: any note left behind is from a process that died.
        self.took_over_from = self.holder()
        me = Holder(getpass.getuser(), socket.gethostname(), os.getpid(),
                    local(utc_now()).strftime("%Y-%m-%d %H:%M"))
        try:
            self.note_path.write_text(json.dumps(me.__dict__), encoding="utf-8")
        except OSError as error:  # a full disk: no empty note is left behind
            self.note_path.unlink(missing_ok=True)
            self._lock.release()
            raise cannot_write(error, self.database) from None
        self._lock_the_same_file()
        return self

    def _lock_the_same_file(self) -> None:
        """The lock keyed on the file's device and inode (a file that exists), held beside
        the one keyed on its path; its note names the holder for a second name of the file."""
        try:
            found = os.stat(self.database)
            folder = same_file_locks_folder()
            folder.mkdir(mode=0o700, exist_ok=True)
            if os.name == "posix" and not _own_folder(folder):
                return  # the shared temporary folder: someone else's, not to be trusted
        except (OSError, KeyError):
            return  # a file not made yet (its path lock is enough), or nowhere to lock
        _sweep_once(folder)
        key = folder / f"{found.st_dev}-{found.st_ino}"
        lock, note = FileLock(key.with_suffix(".lock"), timeout=0), key.with_suffix(".json")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if not _names_this_file(note, self.database):
                return  # held for a file that had this inode before it was removed
            self.release()
            raise DatabaseInUseError(self.database, self._read(note)) from None
        except OSError:
            return
        self._same_file = (lock, note)
        with contextlib.suppress(OSError, ValueError):  # without it, a second name is refused
            held = json.loads(self.note_path.read_text(encoding="utf-8"))
            note.write_text(json.dumps({**held, "path": str(self.real_path)}),
                            encoding="utf-8")

    def holder(self) -> Holder | None:
        return self._read(self.note_path)

    @staticmethod
    def _read(note: Path) -> Holder | None:
        try:
            found = json.loads(note.read_text(encoding="utf-8"))
            return Holder(found["user"], found["host"], found["pid"], found["since"])
        except (OSError, ValueError, TypeError, KeyError):
            return None

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._same_file is not None:
            lock, note = self._same_file
            _remove_held(lock, note)
            self._same_file = None
        if self._lock.is_locked:
            self.note_path.unlink(missing_ok=True)
            self._lock.release()

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _names_this_file(note: Path, database: Path) -> bool:
    """Whether the holder's note (beside a lock keyed on device and inode) is about this very
    file. A note that cannot be read yet is taken to be: its holder has only just started."""
    try:
        held = json.loads(note.read_text(encoding="utf-8"))["path"]
    except (OSError, ValueError, TypeError, KeyError):
        return True
    try:
        return os.path.samefile(held, database)
    except OSError:  # removed since: the inode was reused by this file
        return False


def _own_folder(folder: Path) -> bool:
    found = folder.lstat()
    return stat.S_ISDIR(found.st_mode) and found.st_uid == os.getuid()


def same_file_locks_folder() -> Path:
    """This account's folder of locks keyed on device and inode, in the temporary folder."""
    return Path(tempfile.gettempdir()) / f"ompm-locks-{getpass.getuser()}"


def _remove_held(lock: FileLock, note: Path) -> None:
    """Remove a lock keyed on device and inode, and its note, while the lock is held, then let
    go of it: a process that opened the file meanwhile finds, once it has the lock, that the
    file was removed under it, and takes a new one (filelock checks the link count)."""
    note.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        Path(lock.lock_file).unlink(missing_ok=True)
    lock.release()


_swept: set[Path] = set()


SWEPT_PER_RUN = 64  # stale locks removed by one run at most: each costs a lock taken and let go


def _sweep_once(folder: Path) -> None:
    """Once per process, remove the locks (and notes) that processes which were killed or lost
    their machine's power left in `folder`: a lock no one holds is taken, removed and let go;
    a note without its lock is removed. A run removes SWEPT_PER_RUN at most, so that a folder
    where thousands were left (2,000 locks made a start half a second slower) is emptied over
    a few starts instead of delaying one."""
    if folder in _swept:
        return
    _swept.add(folder)
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if removed >= SWEPT_PER_RUN:
                return
            path = Path(entry.path)
            if path.suffix == ".lock":
                stale = FileLock(path, timeout=0)
                with contextlib.suppress(Timeout, OSError):
                    stale.acquire(timeout=0)
                    _remove_held(stale, path.with_suffix(".json"))
                    removed += 1
            elif path.suffix == ".json" and not path.with_suffix(".lock").exists():
                path.unlink(missing_ok=True)
