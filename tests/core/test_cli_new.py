"""`new`: an empty database, encrypted unless told otherwise; never over an existing file."""

import getpass
import sqlite3
import sys

import pytest

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.new_database import passphrase_strength

PASSPHRASE = "Vanier beat walk 2026"


def test_new_with_the_environment_passphrase_is_encrypted_and_plain_sqlite_cannot_read_it(
        tmp_path, monkeypatch, capsys):
    path = tmp_path / "division.db"
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    assert main(["new", "--db", str(path)]) == 0
    assert "encrypted" in capsys.readouterr().out
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert path.stat().st_mode & 0o777 == 0o600
    desk = Desk.open(path, passphrase=PASSPHRASE)
    assert desk.neighbourhoods.count() == 0 and desk.encrypted
    desk.close()


def test_stats_with_a_wrong_passphrase_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    path = tmp_path / "division.db"
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    main(["new", "--db", str(path)])
    capsys.readouterr()
    monkeypatch.setenv("OMPM_PASSPHRASE", "vanier beat walk 2026")
    assert main(["stats", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "not right" in lines[0] and lines[0].startswith("error:")
    assert captured.out == ""
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    assert main(["stats", "--db", str(path)]) == 0


def test_the_prompt_asks_twice_and_a_mismatch_creates_nothing(tmp_path, monkeypatch, capsys):
    path = tmp_path / "division.db"
    monkeypatch.delenv("OMPM_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert main(["new", "--db", str(path)]) == 1
    assert "not the same" in capsys.readouterr().err
    assert not path.exists()
    answers = iter([PASSPHRASE, PASSPHRASE])
    assert main(["new", "--db", str(path)]) == 0
    Desk.open(path, passphrase=PASSPHRASE).close()


def test_a_short_passphrase_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OMPM_PASSPHRASE", "short")
    assert main(["new", "--db", str(tmp_path / "x.db")]) == 1
    assert "too short" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_without_a_terminal_or_environment_it_says_how(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("OMPM_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["new", "--db", str(tmp_path / "x.db")]) == 1
    assert "OMPM_PASSPHRASE" in capsys.readouterr().err


def test_no_encryption_warns_on_stderr_and_makes_a_plain_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "training.db"
    monkeypatch.delenv("OMPM_PASSPHRASE", raising=False)
    assert main(["new", "--db", str(path), "--no-encryption"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("warning:") and "NOT be encrypted" in captured.err
    assert "UNENCRYPTED" in captured.out
    tables = {row[0] for row in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"neighbourhood", "partner", "contact"} <= tables


def test_an_existing_file_is_refused_and_left_alone(tmp_path, monkeypatch, capsys):
    path = tmp_path / "division.db"
    path.write_bytes(b"a sergeant's notes")
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    assert main(["new", "--db", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"a sergeant's notes"


@pytest.mark.parametrize(("text", "hint"), [
    ("abc", "too short"), ("abcdefgh", "weak"), ("abcdefghij", "fair"),
    ("Vanier-beat-7", "strong"), ("correct horse battery", "strong")])
def test_passphrase_strength_hints(text, hint):
    assert passphrase_strength(text) == hint
