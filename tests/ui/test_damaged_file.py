"""Opening a damaged file in the window: it says what is wrong and offers the newest backup,
restored to a new file beside it; the damaged file is never overwritten."""

import pytest
from PySide6.QtWidgets import QMessageBox
from records_helpers import answer_the_box, show_window

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.backup import back_up, backups_folder


@pytest.fixture
def window(qtbot, tmp_path):
    shown = show_window(qtbot, Desk.open(tmp_path / "current.db", create=True))
    yield shown
    shown.close()
    shown.desk.close()


@pytest.fixture
def damaged(tmp_path):
    """A division with a backup from the day before, then cut short (a copy that stopped)."""
    folder = tmp_path / "field"
    folder.mkdir()
    path = folder / "north.db"
    desk = Desk.open(path, create=True)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    backups_folder(path).mkdir()
    back_up(desk, backups_folder(path) / "north-20261123-180000.db")
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    path.write_bytes(path.read_bytes()[:8192])
    return path


def test_it_says_what_is_wrong_and_restores_the_newest_backup_beside_it(
        window, qtbot, damaged):
    as_it_was = damaged.read_bytes()
    seen: dict = {}
    answer_the_box(qtbot, "Restore the backup", seen)
    assert window.open_path(damaged) is True
    assert seen["title"] == "The database is damaged"
    assert seen["text"].startswith("north.db is cut short: it has 8,192 bytes")
    assert "2026-11-23 18:00" in seen["more"] and "kept exactly as it is" in seen["more"]
    assert damaged.read_bytes() == as_it_was  # never overwritten
    restored = window.desk.path
    assert restored.parent == damaged.parent and restored.name.startswith("north-restored-")
    assert [b["name"] for b in window.desk.beats.list()] == ["Beat 1 - Vanier"]
    assert restored.name in window.windowTitle()


def test_cancel_leaves_everything_as_it_was(window, qtbot, damaged):
    before = window.desk
    as_it_was = damaged.read_bytes()
    answer_the_box(qtbot, "Cancel", {})
    assert window.open_path(damaged) is False
    assert window.desk is before and damaged.read_bytes() == as_it_was
    assert not [p for p in damaged.parent.iterdir() if "restored" in p.name]


def test_without_a_backup_it_says_what_is_wrong_and_that_there_is_none(
        window, damaged, monkeypatch):
    for backup in backups_folder(damaged).iterdir():
        backup.unlink()
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: said.append(text)))
    assert window.open_path(damaged) is False
    [message] = said
    assert "cut short" in message and "There is no backup of it to restore" in message


def test_an_empty_file_is_damage_and_its_backup_is_offered(window, qtbot, damaged):
    """A 0-byte division does not open as a new, empty one: the window says it is empty and
    offers the newest backup, beside it; the empty file stays as it is."""
    damaged.write_bytes(b"")
    seen: dict = {}
    answer_the_box(qtbot, "Restore the backup", seen)
    assert window.open_path(damaged) is True
    assert seen["title"] == "The database is damaged"
    assert seen["text"] == ("north.db is empty (0 bytes): whatever it held is gone from this "
                            "file.")
    assert damaged.stat().st_size == 0
    assert window.desk.path.name.startswith("north-restored-")
    assert [b["name"] for b in window.desk.beats.list()] == ["Beat 1 - Vanier"]


def test_a_file_damaged_in_the_middle_is_not_opened_without_a_word(window, qtbot, tmp_path):
    """Garbage in the middle of a whole-looking file: the window says it is damaged inside
    (checked before anything is written) and offers the backup; the file is left as it is."""
    folder = tmp_path / "station"
    folder.mkdir()
    path = folder / "south.db"
    desk = Desk.open(path, create=True)
    for number in range(200):
        desk.beats.create({"name": f"Beat {number} - " + "Alta Vista " * 8})
    backups_folder(path).mkdir()
    back_up(desk, backups_folder(path) / "south-20261123-180000.db")
    desk.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 8192] = bytes((i * 7919 + 13) % 256 for i in range(8192))
    path.write_bytes(bytes(data))
    seen: dict = {}
    answer_the_box(qtbot, "Cancel", seen)
    assert window.open_path(path) is False
    assert seen["title"] == "The database is damaged"
    assert seen["text"].startswith("south.db is damaged inside")
    assert "2026-11-23 18:00" in seen["more"]
    assert path.read_bytes() == bytes(data)
