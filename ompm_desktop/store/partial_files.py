"""Temporary copies of a database (a backup being written, a backup being checked before a
restore, a hub being updated): made beside their target, readable by the user alone from the
first byte, and never left behind.

Each is created empty and 0600 (and written under a umask that lets no one else read what
SQLite adds beside it), then renamed onto its target in one step. While in use it is locked
(an OS lock, released by the OS when the process dies): what is left of a process that was
killed is a file nobody holds, and the next start removes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there anyway
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

SUFFIX = ".part"
SIDE_FILES = ("-journal", "-wal", "-shm")
# .{target}.{8 random characters}.part, the target a database (.db), a copy kept before a
# migration (.bak), an export (.csv), a print (.pdf) or a calendar (.ics), with SQLite's side
# files. Each is written through partial_file, which holds a lock on it while it is written.
_LEFT_OVER = re.compile(
    r"^\..+\.(?:db|bak|csv|pdf|ics)\.[a-z0-9_]{8}\.part(?:-journal|-wal|-shm)?$")

_umask_lock = threading.Lock()
_umask_users = 0
_umask_before = 0


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created meanwhile (by this process) are readable by the user alone."""
    global _umask_users, _umask_before
    if os.name != "posix":
        yield
        return
    with _umask_lock:
        if _umask_users == 0:
            _umask_before = os.umask(0o077)
        _umask_users += 1
    try:
        yield
    finally:
        with _umask_lock:
            _umask_users -= 1
            if _umask_users == 0:
                os.umask(_umask_before)


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


@contextlib.contextmanager
def partial_file(target: Path) -> Iterator[Path]:
    """A new, empty, private (0600) file beside `target`, locked while the block runs; the
    caller fills it and renames it onto the target (os.replace). Whatever is left of it (the
    block failed, or was never finished) is removed on the way out."""
    with private_umask():
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=SUFFIX,
                                            dir=target.parent)
    part = Path(name)
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with private_umask():
            yield part
    finally:
        os.close(descriptor)  # before the removal, so no one else's connection is affected
        for leftover in (part, *side_files(part)):
            leftover.unlink(missing_ok=True)


def _in_use(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # cannot even be read: not ours to remove
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def remove_left_over(folder: Path) -> list[Path]:
    """Remove the temporary copies in `folder` that no running process holds (those of a
    process that was killed, or of a machine that lost power). Returns what was removed."""
    removed: list[Path] = []
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return removed
    for name in names:
        if not _LEFT_OVER.match(name):
            continue
        path = folder / name
        main = folder / (name[: -len(suffix)] if (suffix := _side_suffix(name)) else name)
        if main.exists() and _in_use(main):
            continue
        try:
            path.unlink()
        except OSError as error:  # removed meanwhile, or a folder that cannot be written
            log.debug("Left %s: %s", path, error)
            continue
        removed.append(path)
    if removed:
        log.info("Removed %d temporary file(s) left over in %s", len(removed), folder)
    return removed


def _side_suffix(name: str) -> str:
    return next((suffix for suffix in SIDE_FILES if name.endswith(suffix)), "")

