"""File > Open recent: the last files opened, kept in the user's config folder; and the
division the app opens at start (the last one used)."""

from __future__ import annotations

import json
from pathlib import Path

from ompm_desktop.paths import DEMO_FILE_NAME, config_dir

KEEP = 8


def _store() -> Path:
    return config_dir() / "recent.json"


def recent_files() -> list[Path]:
    try:
        names = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(n) for n in names if isinstance(n, str)]


def remember(path: Path) -> None:
    names = [str(path.resolve())] + [str(p) for p in recent_files() if p != path.resolve()]
    _store().write_text(json.dumps(names[:KEEP]), encoding="utf-8")


def last_division() -> Path | None:
    """The division to open at start: the last one used that is still there; a demo only
    when no other is at hand (once a real division exists, a demo is never the default)."""
    there = [path for path in recent_files() if path.is_file()]
    real = [path for path in there if path.name != DEMO_FILE_NAME]
    chosen = real or there
    return chosen[0] if chosen else None
