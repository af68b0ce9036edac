"""Ctrl+Z undoes what was done on the page shown, never a change made on another page out of
sight (on Contacts it took a directed task off tonight's shift); Edit > Undo names what it
will undo; and a notice saying "Ctrl+Z undoes it" gives way to what was undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from records_helpers import active_window_on, focused

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_db):
    shown = active_window_on(qtbot, demo_db)
    yield shown
    shown.desk.close()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused() or window, key, modifier)


def undo_action(window):
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert isinstance(edit, QMenu)
    return edit.actions()[0]


def tonight_tasks(window) -> int:
    shifts = window.pages.currentWidget()
    return len(window.desk.directed_tasks.for_shift(shifts.shift_id))


def test_ctrl_z_on_another_page_leaves_tonights_tasks_alone(qtbot, window):
    press(qtbot, window, Qt.Key.Key_6, CTRL)  # Shifts: tonight's shift
    shifts = window.pages.currentWidget()
    taken = tonight_tasks(window)
    [first, *_] = [b for box in shifts.board.boxes for b in box.take_buttons]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert tonight_tasks(window) == taken + 1
    assert undo_action(window).text() == "&Undo Take a suggested task"
    assert shifts.notice.text().startswith("Task taken:")

    press(qtbot, window, Qt.Key.Key_4, CTRL)  # Contacts
    assert not undo_action(window).isEnabled()  # nothing done here to undo
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(window.desk.directed_tasks.for_shift(shifts.shift_id)) == taken + 1

    press(qtbot, window, Qt.Key.Key_6, CTRL)  # back on Shifts: its own change is undone
    assert undo_action(window).isEnabled()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert tonight_tasks(window) == taken
    assert shifts.notice.text() == ("Undone: Take a suggested task. Ctrl+Shift+Z does it "
                                    "again.")
    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tonight_tasks(window) == taken + 1
    assert shifts.notice.text() == "Done again: Take a suggested task."


def test_a_deleted_record_notice_gives_way_once_undone(qtbot, window):
    press(qtbot, window, Qt.Key.Key_7, CTRL)  # Officers
    officers = window.pages.currentWidget()
    count = window.desk.officers.count()
    officers.table.setFocus()
    officers.table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.desk.officers.count() == count - 1
    assert "Ctrl+Z" in officers.notice.text() and officers.undo_button.isVisible()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.desk.officers.count() == count
    assert officers.notice.text() == "Undone: Delete officer. Ctrl+Shift+Z does it again."
    assert not officers.undo_button.isVisible()
