"""The Officers page: add an officer from the keyboard, a badge already taken, undo."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import focused, press, show_page, tab, type_text

from ompm_desktop.queries import OFFICERS, ListRequest
from ui.pages.officers_page import OfficersPage


@pytest.fixture
def division(desk):
    return small_division(desk)


def test_add_an_officer_with_the_keyboard(qtbot, desk, division):
    page, _ = show_page(qtbot, OfficersPage, desk)
    assert page.count_label.text() == "2 officers"
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "field_badge"
    type_text(qtbot, "5120")
    tab(qtbot)
    type_text(qtbot, "Sg")  # the rank, picked by its first letters
    tab(qtbot)
    type_text(qtbot, "Amira")
    tab(qtbot)
    type_text(qtbot, "Haddad")
    tab(qtbot)
    type_text(qtbot, "B")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [row] = OFFICERS.page(desk.context, ListRequest(search="haddad"))
    saved = desk.officers.get(row["id"])
    assert (saved["badge"], saved["rank"], saved["first_name"], saved["last_name"],
            saved["platoon"], saved["active"]) == ("5120", "Sgt.", "Amira", "Haddad", "B", 1)
    assert page.count_label.text() == "3 officers"
    assert page.form_title.text() == "Sgt. A. Haddad"
    assert page.model.record_id(page.table.currentIndex().row()) == saved["id"]


def test_a_badge_already_taken_is_refused_on_its_field(qtbot, desk, division):
    page, _ = show_page(qtbot, OfficersPage, desk)
    page.new_record()
    type_text(qtbot, "4471")
    page.form.fields["last_name"].setFocus()
    type_text(qtbot, "Roy")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_text("badge") == "Badge 4471 already belongs to Cst. J. Morin."
    assert focused() is page.form.fields["badge"]
    assert desk.officers.count() == 2


def test_an_officer_who_moved_on_leaves_the_active_filter_and_undo_brings_them_back(
        qtbot, desk, division):
    page, _ = show_page(qtbot, OfficersPage, desk)
    page.open_record(division.tremblay["id"])
    page.form.fields["active"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert desk.officers.get(division.tremblay["id"])["active"] == 0
    page.filters.set_filter("active", "1")
    assert [page.model.record_id(n) for n in range(page.model.total)] == [division.morin["id"]]
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.officers.get(division.tremblay["id"])["active"] == 1
    assert page.model.total == 2
