"""File > Change passphrase…: the current one checked against the file, the new one twice,
then the file is rekeyed; an unencrypted file explains why there is nothing to change."""

import pytest
from PySide6.QtCore import Qt
from records_helpers import show_window

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.encryption import WrongPassphraseError
from ui.change_passphrase_dialog import ChangePassphraseDialog
from ui.main_window import MainWindow

OLD = "Overbrook walk 2026"
NEW = "Vanier beat, night shift"


@pytest.fixture
def encrypted_window(qtbot, tmp_path):
    path = tmp_path / "east.db"
    desk = Desk.open(path, create=True, passphrase=OLD)
    desk.beats.create({"name": "Beat 3 - Overbrook"})
    shown = show_window(qtbot, desk)
    yield shown
    shown.close()
    shown.desk.close()


def open_dialog(window) -> ChangePassphraseDialog:
    assert window.change_passphrase_action.isEnabled()
    window.change_passphrase_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_wrong_current_passphrase_changes_nothing(encrypted_window, qtbot):
    dialog = open_dialog(encrypted_window)
    qtbot.keyClicks(dialog.current, "overbrook walk 2026")
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.repeated, NEW)
    click(qtbot, dialog.change_button)
    assert dialog.message.text() == "The current passphrase is not right. Type it again."
    assert dialog.isVisible() and encrypted_window.desk.passphrase == OLD


def test_new_passphrases_that_differ_are_said_so(encrypted_window, qtbot):
    dialog = open_dialog(encrypted_window)
    qtbot.keyClicks(dialog.current, OLD)
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.repeated, "Vanier beat, day shift")
    assert dialog.message.text() == "The two new passphrases are not the same."
    click(qtbot, dialog.change_button)
    assert "not the same" in dialog.message.text() and dialog.isVisible()


def test_the_file_is_rekeyed_and_the_old_passphrase_no_longer_opens_it(
        encrypted_window, qtbot):
    dialog = open_dialog(encrypted_window)
    qtbot.keyClicks(dialog.current, OLD)
    qtbot.keyClicks(dialog.new, NEW)
    assert dialog.strength.text() == "Strong."
    qtbot.keyClicks(dialog.repeated, NEW)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.change_button)
    assert dialog.changed
    assert encrypted_window.statusBar().currentMessage() == "The passphrase is changed."
    desk = encrypted_window.desk
    assert desk.beats.count() == 1  # the open window goes on working
    with pytest.raises(WrongPassphraseError):
        Desk.open(desk.path, passphrase=OLD)
    assert desk.check_passphrase(NEW) and not desk.check_passphrase(OLD)


def test_an_unencrypted_file_is_greyed_out_and_explained(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "plain.db", create=True)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.change_passphrase_action.isEnabled()
    assert "not encrypted" in window.change_passphrase_action.statusTip()
    dialog = ChangePassphraseDialog(desk, window)
    qtbot.addWidget(dialog)
    assert not dialog.change_button.isEnabled() and not dialog.current.isEnabled()
    assert "not encrypted, so it has no passphrase to change" in dialog.intro.text()
    window.close()
    desk.close()
