"""File > Open recent: the last files opened, kept in the user's config folder."""

from __future__ import annotations

import json
from pathlib import Path

from ompm_desktop.paths import config_dir

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
