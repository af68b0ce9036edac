"""Lock on idle: after the set minutes the window's content is hidden behind a lock screen;
a wrong passphrase is said so, the right one unlocks, and an edit not yet saved survives."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import show_window

from ompm_desktop.services.desk import Desk
from ui.navigation import PAGES

PASSPHRASE = "Overbrook walk 2026"


def open_window(qtbot, desk):
    window = show_window(qtbot, desk)
    window.activateWindow()
    return window


@pytest.fixture
def encrypted(tmp_path):
    desk = Desk.open(tmp_path / "east.db", create=True, passphrase=PASSPHRASE)
    division = small_division(desk)
    yield desk, division
    desk.close()


def edit_a_partner(window, qtbot, division):
    page_index = [entry.title for entry in PAGES].index("Partners")
    window.show_page(page_index)
    page = window.pages.currentWidget()
    page.open_record(division.tenants["id"])
    field = page.form.fields["contact_name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Amina Haddad (new)")
    assert page.form.dirty
    return page, field


def test_the_timer_follows_the_setting_and_input_restarts_it(qtbot, encrypted):
    desk, _ = encrypted
    desk.settings.set("lock_after_minutes", 3)
    window = open_window(qtbot, desk)
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.watching_input)  # once the window has painted
    assert lock.timer.isActive() and lock.timer.interval() == 3 * 60_000
    lock.timer.start(50_000)  # pretend most of the time has gone by
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert lock.timer.remainingTime() > 100_000  # a key press starts the count again
    desk.settings.set("lock_after_minutes", 0)
    lock.restart()
    assert not lock.timer.isActive()  # 0: never lock
    window.close()


def test_the_whole_app_is_watched_for_input_only_once_the_window_has_painted(
        qtbot, encrypted):
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    desk, _ = encrypted
    window = MainWindow(desk)
    qtbot.addWidget(window)
    lock = window.idle_lock
    QApplication.processEvents()
    assert not lock.watching_input  # start-up's events do not go through the lock
    window.show()
    qtbot.waitUntil(lambda: lock.watching_input)
    window.activateWindow()
    lock.timer.start(50_000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert lock.timer.remainingTime() > 100_000
    window.close()


def test_lock_then_wrong_then_right_passphrase_and_the_edit_is_still_there(
        qtbot, encrypted):
    desk, division = encrypted
    window = open_window(qtbot, desk)
    page, field = edit_a_partner(window, qtbot, division)
    window.idle_lock.timer.timeout.emit()  # the minutes have gone by
    assert window.idle_lock.locked
    screen = window.idle_lock.screen
    assert screen.isVisible() and not window.centralWidget().isVisible()
    assert not window.menuBar().isEnabled()
    assert not window.change_passphrase_action.isEnabled()
    assert "passphrase of east.db" in screen.explanation.text()
    qtbot.keyClicks(screen.passphrase, "overbrook walk 2026")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "That passphrase is not right. Try again."
    assert screen.isVisible() and screen.passphrase.text() == ""
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    assert not screen.isVisible() and window.centralWidget().isVisible()
    assert window.menuBar().isEnabled() and window.change_passphrase_action.isEnabled()
    assert window.pages.currentWidget() is page
    assert field.text() == "Amina Haddad (new)" and page.form.dirty
    assert window.idle_lock.timer.isActive()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert desk.partners.get(division.tenants["id"])["contact_name"] == "Amina Haddad (new)"
    window.close()


def test_an_unencrypted_file_asks_only_to_continue(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "training.db", create=True)
    division = small_division(desk)
    window = open_window(qtbot, desk)
    _, field = edit_a_partner(window, qtbot, division)
    window.idle_lock.timer.timeout.emit()
    screen = window.idle_lock.screen
    assert not screen.passphrase.isVisible()
    assert screen.unlock_button.text() == "&Continue"
    assert "not encrypted" in screen.explanation.text()
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.idle_lock.locked and field.text() == "Amina Haddad (new)"
    window.close()
    desk.close()
