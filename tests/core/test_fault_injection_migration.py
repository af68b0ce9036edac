"""Power cut mid-migration: a process opening a database of the first schema version (which
migrates it, after a copy) is killed at random moments; afterwards the file is sound, each
migration applied whole or not at all, and opening it again finishes the job, with every
record there and the schema version recorded. (A kill between the last migration and the
version's update once left a file that said version 1 for ever.)"""

import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.db"
OPENER = textwrap.dedent(
    """
    import sys
    from ompm_desktop.services.desk import Desk

    print("ready", flush=True)
    desk = Desk.open(sys.argv[1])
    print("migrated", flush=True)
    desk.close()
    """
)


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


@pytest.mark.parametrize("run", range(20))
def test_killed_migration_leaves_a_sound_file_that_opens_whole(tmp_path, run, expected):
    path = tmp_path / "division.db"
    shutil.copy(FIXTURE, path)
    child = subprocess.Popen([sys.executable, "-c", OPENER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(random.Random(run).uniform(0.0, 0.02))  # opening takes about 12 ms
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)

    import sqlite3

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA user_version").fetchone()[0] in (1, SCHEMA_VERSION)
    finally:
        raw.close()
    assert counts(path) == expected  # opening again migrates what was left, losing nothing
    desk = Desk.open(path)
    try:
        assert desk.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        desk.close()
