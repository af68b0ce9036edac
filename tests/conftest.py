"""Shared fixtures. Qt runs offscreen: set before anything imports Qt.

The whole run, and every process it starts, sees one moment as "now" (FIXED_NOW, through
OMPM_NOW), never the machine's clock: a test that read the wall clock would pass at night and
fail by day. A test about another moment sets it (`at_moment`, or a clock of its own)."""

from __future__ import annotations

import os
from datetime import datetime

from moments import FIXED_DAY, FIXED_NOW

os.environ["OMPM_NOW"] = FIXED_NOW.isoformat()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English whatever the machine's locale; tests of French ask for it.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ[_variable] = "C.UTF-8"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ompm_desktop.services.desk import Desk  # noqa: E402

__all__ = ["FIXED_DAY", "FIXED_NOW"]



@pytest.fixture
def at_moment(monkeypatch: pytest.MonkeyPatch):
    """Set "now" for this test (and what it starts): at_moment(FIXED_DAY)."""
    def set_now(moment: datetime) -> None:
        monkeypatch.setenv("OMPM_NOW", moment.isoformat())
    return set_now


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data, config and log folders: nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "division.db"


@pytest.fixture
def desk(db_path: Path) -> Iterator[Desk]:
    """A fresh database file for each test, with a fixed clock and a named user."""
    opened = Desk.open(db_path, create=True, clock=lambda: FIXED_NOW)
    opened.actor = "Sgt. Test"
    yield opened
    opened.close()


@pytest.fixture
def memory_desk() -> Iterator[Desk]:
    opened = Desk.in_memory(clock=lambda: FIXED_NOW)
    opened.actor = "Sgt. Test"
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo division, built once for the whole run."""
    from ompm_desktop.cli.demo import build_demo_file

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    build_demo_file(path)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo division of this test's own, to change as it likes."""
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path
