"""Nothing is written into a damaged file: before the first write of a session, the file is
checked (SQLite's quick check), and one found damaged is refused with one line.

The check reads the whole file, so it is skipped for a file exactly as the app left it: the
size and modification time each file had when the app last closed it cleanly are noted (in
the user's settings folder, never in the file), and a file that still has both is the one
that was sound then.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from ompm_desktop.errors import NotADatabaseError
from ompm_desktop.i18n import _
from ompm_desktop.paths import config_dir

log = logging.getLogger(__name__)

NOTES_FILE = "clean-close.json"
KEEP = 50  # files noted; the oldest are forgotten (and checked again when next opened)
_notes_lock = threading.Lock()


def _notes_path() -> Path:
    return config_dir() / NOTES_FILE


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _state(path: Path) -> list[int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def _read_notes() -> dict[str, list[int]]:
    try:
        notes = json.loads(_notes_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return notes if isinstance(notes, dict) else {}


def _has_side_files(path: Path) -> bool:
    """A WAL or a rollback journal with something in it: changes not in the file itself."""
    for suffix in ("-wal", "-journal"):
        with contextlib.suppress(OSError):
            if os.stat(path.with_name(path.name + suffix)).st_size:
                return True
    return False


def as_closed_cleanly(path: Path) -> bool:
    """Whether the file is as the app left it when it last closed it cleanly."""
    state = _state(path)
    return (state is not None and not _has_side_files(path)
            and _read_notes().get(_key(path)) == state)


def note_clean_close(path: Path) -> None:
    """Note the file's size and modification time as those of a sound file, closed. Not
    while changes are still in a WAL (another connection has the file open)."""
    state = _state(path)
    if state is None or _has_side_files(path):
        return
    with _notes_lock:
        notes = _read_notes()
        notes.pop(_key(path), None)
        notes[_key(path)] = state  # the newest last
        kept = dict(list(notes.items())[-KEEP:])
        target = _notes_path()
        partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            partial.write_text(json.dumps(kept), encoding="utf-8")
            os.replace(partial, target)
        except OSError as error:  # the next opening checks the file again, that is all
            log.info("Could not note the clean close of %s: %s", path, error)
            with contextlib.suppress(OSError):
                partial.unlink()


def damaged_inside(path: Path) -> NotADatabaseError:
    return NotADatabaseError(_(
        "{name} is damaged inside: it starts as a database, but parts of it cannot be "
        "read.").format(name=path.name) + " " + _("Nothing was written to it."))


def check_before_writing(connection: Any, path: Path, errors: tuple[type[Exception], ...]) -> None:
    """Refuse (NotADatabaseError, one line) to write into a damaged file. `connection` is
    open on it, keyed if it is encrypted, and has written nothing yet; `errors` are its
    library's database errors (a file damaged badly enough fails the check itself)."""
    if as_closed_cleanly(path):
        return
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except errors as error:
        log.warning("The quick check of %s failed: %s", path, error)
        raise damaged_inside(path) from None
    if result != ["ok"]:
        log.warning("The quick check of %s found: %s", path, "; ".join(map(str, result[:5])))
        raise damaged_inside(path)
