"""Power cut mid-migration: a process opening a database of the first schema version (which
migrates it, after a copy) is killed at one statement after another, spread over the whole
opening (inside each migration and between them); afterwards the file is sound, each
migration applied whole or not at all, and opening it again finishes the job, with every
record there and the schema version recorded. (A kill between the last migration and the
version's update once left a file that said version 1 for ever.)"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from kill_point import run_until_stopped, spread, start, statements

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.db"
RUNS = 20
OPENER = """
import sys
import kill_point
from ompm_desktop.services.desk import Desk

kill_point.stop_at(int(sys.argv[-1]), in_transaction=False)
desk = Desk.open(sys.argv[1])
print("migrated", flush=True)
desk.close()
"""


def counts(path: Path) -> dict[str, int]:
    desk = Desk.open(path)
    try:
        return {table: desk.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("beat", "neighbourhood", "partner", "officer", "contact")}
    finally:
        desk.close()


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> dict[str, int]:
    copy = tmp_path_factory.mktemp("whole") / "division.db"
    shutil.copy(FIXTURE, copy)
    return counts(copy)


@pytest.fixture(scope="module")
def opening(tmp_path_factory) -> list[str]:
    """The statements opening (and so migrating) the fixture runs, not stopped."""
    copy = tmp_path_factory.mktemp("count") / "division.db"
    shutil.copy(FIXTURE, copy)
    listed = statements(OPENER, [str(copy)])
    assert len(listed) > 2 * SCHEMA_VERSION  # every migration is a transaction of its own
    return listed


def kill_point(opening: list[str], run: int | str) -> int:
    if run == "before the version's update":
        return opening.index(f"PRAGMA user_version = {SCHEMA_VERSION}") + 1
    assert isinstance(run, int)
    return spread(len(opening), RUNS, run)


@pytest.mark.parametrize("run", [*range(RUNS), "before the version's update"])
def test_killed_migration_leaves_a_sound_file_that_opens_whole(tmp_path, run, expected,
                                                               opening):
    path = tmp_path / "division.db"
    shutil.copy(FIXTURE, path)
    printed, stopped = run_until_stopped(
        start(OPENER, [str(path)], stop=kill_point(opening, run)))
    assert "migrated" not in printed

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok", stopped
        assert raw.execute("PRAGMA user_version").fetchone()[0] in (1, SCHEMA_VERSION), stopped
    finally:
        raw.close()
    assert counts(path) == expected  # opening again migrates what was left, losing nothing
    desk = Desk.open(path)
    try:
        assert desk.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        desk.close()
