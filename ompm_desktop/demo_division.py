"""A demo division: where it lives (a file of its own, never the division's), and how it is
known and marked, so that nobody takes it for a record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ompm_desktop.i18n import N_
from ompm_desktop.paths import DEMO_FILE_NAME

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# On every page of its PDFs, before the sensitivity marking; in the window's title too.
DEMO_MARKING = N_("DEMO – NOT A RECORD")


def is_demo_path(path: Path) -> bool:
    """A file the app builds a demo in (the demo's own place, or --demo's temporary one)."""
    return path.name == DEMO_FILE_NAME


def is_demo(desk: Desk) -> bool:
    """Whether this database was built as a demo division (its log says so from the
    start: a demo is only ever built into an empty database)."""
    return desk.db.execute(
        "SELECT 1 FROM audit_log WHERE table_name = 'division' AND action = 'demo' LIMIT 1",
    ).fetchone() is not None
