"""File > New database…: a path, the passphrase twice (with a strength hint and a mismatch
message), or unencrypted with a clear warning; the new file opens in the window."""

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from records_helpers import show_window

from ompm_desktop.services.desk import Desk
from ui.new_database_dialog import NewDatabaseDialog

PASSPHRASE = "Overbrook walk 2026"


@pytest.fixture
def window(qtbot, tmp_path):
    shown = show_window(qtbot, Desk.open(tmp_path / "current.db", create=True))
    yield shown
    shown.close()
    shown.desk.close()


def start(window, qtbot, target) -> NewDatabaseDialog:
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.text() == "&New database…"]
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewDatabaseDialog) and dialog.isVisible()
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(target))
    return dialog


def test_an_encrypted_database_is_made_and_opened_in_the_window(window, qtbot, tmp_path):
    target = tmp_path / "east.db"
    dialog = start(window, qtbot, target)
    qtbot.keyClicks(dialog.passphrase, "abcdefgh")
    assert dialog.strength.text().startswith("Weak")
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert dialog.strength.text() == "Strong."
    qtbot.keyClicks(dialog.repeated, "Overbrook")
    assert dialog.message.text() == ""  # still typing the same thing
    qtbot.keyClicks(dialog.repeated, " talk")
    assert dialog.message.text() == "The two passphrases are not the same."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text() and not target.exists()
    dialog.repeated.clear()
    qtbot.keyClicks(dialog.repeated, PASSPHRASE)
    assert dialog.message.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert window.desk.path == target and window.desk.encrypted
    assert window.desk.partners.count() == 0
    assert "east.db" in window.windowTitle()
    assert window.change_passphrase_action.isEnabled()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(target).execute("SELECT * FROM sqlite_master").fetchall()


def test_unencrypted_shows_a_clear_warning_and_makes_a_plain_file(window, qtbot, tmp_path):
    target = tmp_path / "training.db"
    dialog = start(window, qtbot, target)
    assert not dialog.warning.isVisible()
    box = dialog.unencrypted
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.warning.isVisible() and "NOT be encrypted" in dialog.warning.text()
    assert not dialog.passphrase.isEnabled() and not dialog.repeated.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert window.desk.path == target and not window.desk.encrypted
    assert not window.change_passphrase_action.isEnabled()
    assert "not encrypted" in window.change_passphrase_action.statusTip()
    sqlite3.connect(target).execute("SELECT count(*) FROM partner").fetchone()


def test_a_short_passphrase_and_an_existing_file_are_refused(window, qtbot, tmp_path):
    existing = tmp_path / "notes.db"
    existing.write_bytes(b"keep me")
    dialog = start(window, qtbot, existing)
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeated, "short")
    assert dialog.strength.text().startswith("Too short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.message.text()
    for edit in (dialog.passphrase, dialog.repeated):
        edit.clear()
        qtbot.keyClicks(edit, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.message.text() and dialog.isVisible()
    assert existing.read_bytes() == b"keep me"
    assert window.desk.path == tmp_path / "current.db"


def test_browse_chooses_the_file(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "west"), "")))
    dialog = start(window, qtbot, tmp_path / "x.db")
    dialog.browse()
    assert dialog.path_edit.text() == str(tmp_path / "west.db")


def test_the_dialog_keeps_its_width_while_a_passphrase_is_typed(qtbot, qapp, tmp_path):
    dialog = NewDatabaseDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    dialog.passphrase.setFocus()
    for key in "winter lights on Compton 42":
        qtbot.keyClicks(dialog.passphrase, key)
        qapp.processEvents()  # the layout's request for room, as the window would see it
        assert dialog.width() == width, dialog.strength.text()
    assert dialog.strength.text() and dialog.strength.isVisible()
