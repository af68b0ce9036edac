"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English whatever the machine's locale; tests of French ask for it.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ[_variable] = "C.UTF-8"

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ompm_desktop.services.desk import Desk  # noqa: E402

FIXED_NOW = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # 18:00 in Toronto


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
