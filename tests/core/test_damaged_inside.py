"""A file damaged in the middle is never written to: its integrity is checked before the first
write of a session (SQLite's quick check, skipped for a file just as the app closed it), and it
is refused with one line, by the command line and the window alike."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from records_division import small_division
from sync_helpers import PASSPHRASE as SYNC_PASSPHRASE
from sync_helpers import Laptop

from ompm_desktop.cli import main
from ompm_desktop.errors import NotADatabaseError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store import sound_file
from ompm_desktop.sync.hub import create_hub
from ompm_desktop.transfer.recovery import what_is_wrong

PASSPHRASE = "correct horse battery"
ONE_LINE = ("error: division.db is damaged inside: it starts as a database, but parts of it "
            "cannot be read. Nothing was written to it.")


def division(folder: Path, passphrase: str | None = None) -> Path:
    path = folder / "division.db"
    desk = Desk.open(path, create=True, passphrase=passphrase)
    neighbourhood = desk.neighbourhoods.create({"name": "Vanier", "population": 16000})
    officer = desk.officers.create({"badge": "4471", "last_name": "Morin"})
    for number in range(300):
        desk.contacts.create({
            "occurred_at": "2026-11-20 14:00", "officer_id": officer["id"],
            "neighbourhood_id": neighbourhood["id"], "kind": "Meeting",
            "summary": f"Resident {number} about the Compton St. lot after dark."})
    desk.close()
    return path


def garbage_in_the_middle(path: Path) -> bytes:
    """8 KB of garbage in the middle of the file, its size unchanged."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 8192] = bytes((i * 7919 + 13) % 256 for i in range(8192))
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, bytes]:
    path = division(tmp_path)
    return path, garbage_in_the_middle(path)


def unchanged(path: Path, as_it_was: bytes) -> bool:
    side_files = [path.with_name(path.name + s) for s in ("-wal", "-journal")]
    return path.read_bytes() == as_it_was and not any(
        p.exists() and p.stat().st_size for p in side_files)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_file_damaged_in_the_middle_does_not_open_for_writing(tmp_path, passphrase):
    path = division(tmp_path, passphrase)
    as_it_was = garbage_in_the_middle(path)
    with pytest.raises(NotADatabaseError, match="damaged inside") as caught:
        Desk.open(path, passphrase=passphrase, writer=True)
    assert "\n" not in caught.value.message
    assert unchanged(path, as_it_was)
    assert "damaged inside" in what_is_wrong(path) or passphrase  # (encrypted: unreadable)


def test_import_into_it_is_refused_and_writes_nothing(damaged, tmp_path, capsys):
    path, as_it_was = damaged
    places = tmp_path / "places.csv"
    places.write_text("Name,Population\nAlta Vista,12000\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "neighbourhoods", str(places), "--db", str(path)]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [ONE_LINE]
    assert unchanged(path, as_it_was)


@pytest.mark.parametrize("command", ["stats", "check", "backup"])
def test_stats_check_and_backup_say_one_line(damaged, capsys, command):
    path, as_it_was = damaged
    capsys.readouterr()
    assert main([command, "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [ONE_LINE]
    assert "Traceback" not in captured.out + captured.err
    assert unchanged(path, as_it_was)


def test_a_file_as_the_app_closed_it_is_not_checked_again(tmp_path):
    path = division(tmp_path)
    assert sound_file.as_closed_cleanly(path)
    Desk.open(path).close()
    assert sound_file.as_closed_cleanly(path)  # noted again at the clean close
    os.utime(path, ns=(0, 0))  # changed since (by something else): checked again
    assert not sound_file.as_closed_cleanly(path)
    desk = Desk.open(path)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    desk.close()
    assert sound_file.as_closed_cleanly(path)


@pytest.mark.parametrize("which", ["laptop", "hub"])
def test_a_sync_writes_into_neither_file_when_one_is_damaged(tmp_path, which):
    ahmed = Laptop(tmp_path, "Ahmed")
    with ahmed.desk() as desk:
        division_records = small_division(desk)
        for number in range(300):
            desk.contacts.create({
                "occurred_at": "2026-11-20 14:00", "officer_id": division_records.morin["id"],
                "neighbourhood_id": division_records.vanier["id"], "kind": "Meeting",
                "summary": f"Resident {number} about the Compton St. lot after dark."})
    hub = create_hub(tmp_path / "hub.db", ahmed.path, SYNC_PASSPHRASE)
    with ahmed.desk() as desk:
        desk.beats.create({"name": "Beat 9 - Alta Vista"})
    damaged = ahmed.path if which == "laptop" else hub
    other = hub if which == "laptop" else ahmed.path
    garbage_in_the_middle(damaged)
    before = {path: path.read_bytes() for path in (damaged, other)}
    with pytest.raises(NotADatabaseError, match=f"{damaged.name} is damaged inside"):
        ahmed.sync(hub)
    assert {path: path.read_bytes() for path in (damaged, other)} == before


def test_a_file_found_damaged_while_open_is_not_noted_as_sound(tmp_path):
    path = division(tmp_path)
    desk = Desk.open(path)
    desk.db.execute("SELECT count(*) FROM contact").fetchall()
    data = bytearray(path.read_bytes())
    data[8192:] = bytes((i * 7919 + 13) % 256 for i in range(len(data) - 8192))
    path.write_bytes(bytes(data))  # damaged under the open desk, all but its first pages
    desk.db.execute("PRAGMA shrink_memory")  # what it had read is read again
    with pytest.raises(sqlite3.DatabaseError):
        desk.db.execute("SELECT count(*), max(summary) FROM contact").fetchall()
    desk.close()
    assert not sound_file.as_closed_cleanly(path)
    with pytest.raises(NotADatabaseError, match="damaged inside"):
        Desk.open(path)
