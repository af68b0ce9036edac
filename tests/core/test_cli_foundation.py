"""The foundation's subcommands: demo, stats, check; and clear one-line errors."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "d.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_demo_then_stats_gives_the_small_division(demo_db, capsys):
    capsys.readouterr()
    assert main(["stats", "--db", str(demo_db), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    records = {kind: n["active"] for kind, n in counts["records"].items()}
    assert counts["schema_version"] == SCHEMA_VERSION
    assert (records["beat"], records["neighbourhood"], records["partner"],
            records["officer"], records["contact"], records["initiative"]) == (
        3, 12, 40, 25, 400, 15)
    assert records["shift"] == 60 and records["briefing_item"] > 0


def test_check_passes_on_the_demo(demo_db, capsys):
    assert main(["check", "--db", str(demo_db)]) == 0
    assert "sound" in capsys.readouterr().out


def test_demo_refuses_to_overwrite_without_force(demo_db, capsys):
    before = demo_db.read_bytes()
    assert main(["demo", "--db", str(demo_db)]) == 1
    assert "--force" in capsys.readouterr().err
    assert demo_db.read_bytes() == before
    assert main(["demo", "--db", str(demo_db), "--force", "--seed", "9"]) == 0


def test_check_lists_what_breaks_the_rules(demo_db, capsys):
    connection = sqlite3.connect(demo_db)
    connection.execute("UPDATE shift SET ends_at = starts_at WHERE rowid = 1")
    connection.execute("UPDATE assessment SET quadrant = 'safety' "
                       "WHERE rowid = (SELECT rowid FROM assessment "
                       "WHERE computed_quadrant != 'safety' LIMIT 1)")
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "ends before it starts" in err and "without a reason" in err


@pytest.mark.parametrize("make", ["text", "missing", "folder", "empty-name"])
def test_bad_files_give_one_clear_line(tmp_path, capsys, make):
    target = tmp_path / "x.db"
    if make == "text":
        target.write_text("officer,badge\nMorin,4471\n")
    elif make == "folder":
        target.mkdir()
    assert main(["check", "--db", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    assert "Traceback" not in err[0]
    assert not (make == "missing" and target.exists())  # check never creates a file


def test_a_newer_database_is_refused_naming_both_versions(tmp_path, capsys):
    path = tmp_path / "newer.db"
    Desk.open(path, create=True).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    assert main(["stats", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"version {SCHEMA_VERSION + 5}" in err and f"version {SCHEMA_VERSION}" in err


def test_an_older_database_is_migrated_after_a_copy(tmp_path):
    path = tmp_path / "old.db"
    desk = Desk.open(path, create=True)
    desk.beats.create({"name": "Beat 1"})
    desk.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_full_text_search'")
    for table in ("contact", "partner", "initiative"):
        desk.db.table(table).disable_fts()
    desk.db.execute("PRAGMA user_version = 1")
    desk.close()
    reopened = Desk.open(path)
    assert reopened.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert reopened.db.table("contact_fts").exists()
    reopened.close()
    [copy] = list(tmp_path.glob("old.db.before-v*.bak"))
    older = sqlite3.connect(copy)
    assert older.execute("PRAGMA user_version").fetchone()[0] == 1
    assert older.execute("SELECT name FROM beat").fetchall() == [("Beat 1",)]


def test_the_real_command_line(tmp_path):
    path = tmp_path / "d.db"
    run = [sys.executable, "-m", "ompm_desktop"]
    built = subprocess.run([*run, "demo", "--db", str(path)], cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    helped = subprocess.run([*run, "--help"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    for name in ("demo", "stats", "check"):
        assert name in helped.stdout
    bad = subprocess.run([*run, "check", "--db", str(ROOT / "README.md")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("error:")
