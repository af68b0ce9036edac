"""Recently deleted (Edit menu): every kind, newest first, who deleted it; Restore is undoable
and says plainly when a record cannot come back."""

from datetime import timedelta

import pytest
from moments import FIXED_NOW
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import open_from_menu, press, show_window

from ompm_desktop.services.desk import Desk
from ui.recently_deleted_dialog import RecentlyDeletedDialog

LATER = FIXED_NOW + timedelta(minutes=5)


@pytest.fixture
def division(desk):
    found = small_division(desk)
    desk.contacts.delete(found.old_contact["id"])
    desk.context.clock = lambda: LATER  # Morin goes later
    desk.actor = "Sgt. J. Tremblay"
    desk.officers.delete(found.morin["id"])
    return found


@pytest.fixture
def window(qtbot, desk, division):
    shown = show_window(qtbot, desk)
    return shown


def open_from_edit_menu(qtbot, window):
    return open_from_menu(qtbot, window, "&Edit", "Recently &deleted…", RecentlyDeletedDialog)


def rows(dialog):
    return [tuple(dialog.table.item(r, c).text() for c in range(dialog.table.columnCount()))
            for r in range(dialog.table.rowCount())]


def test_lists_every_kind_newest_first_with_who_deleted_it(qtbot, window, division):
    dialog = open_from_edit_menu(qtbot, window)
    assert rows(dialog) == [
        ("Officer", "Cst. J. Morin", "Badge 4471 · Platoon C", "2026-11-24 21:05",
         "Sgt. J. Tremblay"),
        ("Contact", "2026-06-02 20:15 · Patrol conversation · Westboro",
         "Spoke with shop owners about graffiti.", "2026-11-24 21:00", "Sgt. Test"),
    ]
    dialog.kind.setCurrentIndex(dialog.kind.findData("contact"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    assert [r[0] for r in rows(dialog)] == ["Contact"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("partner"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    assert dialog.list_stack.currentWidget() is dialog.empty
    assert dialog.empty.text().startswith("No deleted partners.")


def test_restore_brings_it_back_to_its_page_and_ctrl_z_undoes_it(qtbot, window, desk, division):
    officers = window.page(window.page_index("officer"))
    assert officers.model.row_of(division.morin["id"]) < 0
    dialog = open_from_edit_menu(qtbot, window)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert desk.officers.get(division.morin["id"])["deleted_at"] is None
    assert dialog.notice.text() == ("Officer restored: Cst. J. Morin. Undo (Ctrl+Z) deletes it "
                                    "again.")
    assert [r[0] for r in rows(dialog)] == ["Contact"]
    assert officers.model.row_of(division.morin["id"]) >= 0

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.officers.get(division.morin["id"], include_deleted=True)["deleted_at"]
    assert [r[1] for r in rows(dialog)] == ["Cst. J. Morin",
                                             "2026-06-02 20:15 · Patrol conversation · Westboro"]


def test_a_record_that_cannot_come_back_says_why(qtbot, window, desk, division):
    desk.officers.create({"badge": "4471", "first_name": "Paul", "last_name": "Roy"})
    dialog = open_from_edit_menu(qtbot, window)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == ("Cst. J. Morin was not restored: Badge 4471 already "
                                    "belongs to Cst. P. Roy.")
    assert desk.officers.get(division.morin["id"], include_deleted=True)["deleted_at"]
    assert len(rows(dialog)) == 2


def test_opening_another_database_closes_it(qtbot, window, desk, tmp_path):
    dialog = open_from_edit_menu(qtbot, window)
    other = Desk.open(tmp_path / "other.db", create=True)
    try:
        window.load(other)
        assert not dialog.isVisible()  # it listed the records of the file put away
    finally:
        window.load(desk)
        other.close()
