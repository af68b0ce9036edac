"""The Shifts page: plan a shift by keyboard from empty to fully assigned, with the warnings
appearing and clearing as it goes; edit and remove assignments in place; undo."""

from datetime import date, time

import pytest
from planner_helpers import assigned, pool_names
from planning_division import planning_division
from PySide6.QtCore import Qt
from records_helpers import focused, press, show_page, tab, type_text

from ompm_desktop.planning import create_shift, shift_times
from ui.pages.shifts_page import ShiftsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def division(desk):
    return planning_division(desk)


def open_page(qtbot, desk):
    page, stack = show_page(qtbot, ShiftsPage, desk)
    return page, stack


def test_plan_a_shift_from_empty_to_fully_assigned_with_the_keyboard(qtbot, desk, division):
    page, _stack = open_page(qtbot, desk)
    assert page.shift_id == division.shift["id"]  # tonight's shift is shown first
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.day.hasFocus())
    press(qtbot, Qt.Key.Key_Up)  # the next night
    assert dialog.chosen_day() == date(2026, 11, 25)
    tab(qtbot, 4)  # through the date's day, month and year, to the start
    assert focused() is dialog.start
    type_text(qtbot, "1900")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0700")
    assert dialog.length.text() == "12 h, ends the next day"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "C")  # platoon
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Sgt")  # the supervisor: the one sergeant
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Quiet night expected.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.copy_previous
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(page.isActiveWindow)

    [shift] = desk.shifts.list("id != ?", [division.shift["id"]])
    assert (shift["platoon"], shift["supervisor_id"], shift["notes"]) == (
        "C", division.tremblay["id"], "Quiet night expected.")
    assert (shift["starts_at"], shift["ends_at"]) == ("2026-11-26T00:00:00+00:00",
                                                      "2026-11-26T12:00:00+00:00")
    assert page.shift_id == shift["id"]
    assert page.shifts.current_id() == shift["id"]
    assert page.warnings.messages() == [
        "No one is assigned to Beat 2 - Eastview.", "No one is assigned to Beat 5 - Westboro.",
        "0 officers on this shift; platoon C's minimum is 4."]
    assert not page.warnings.clear_state.isVisible()
    # Only platoon C's officers are offered, active ones first.
    assert pool_names(page) == ["Cst. L. Côté · 5120", "Cst. J. Morin · 4471",
                                "Cst. P. Singh · 6002", "Sgt. J. Tremblay · 3310",
                                "Cst. P. Roy · 1999 (inactive)"]

    assert focused() is page.pool.filter  # the next step: who is on it
    page.shifts.list.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)  # back to the officers' filter from anywhere
    assert focused() is page.pool.filter
    type_text(qtbot, "mor")
    press(qtbot, Qt.Key.Key_Return)  # the first match, to the beat chosen (the first)
    assert assigned(desk, shift["id"]) == {"4471": "Beat 2 - Eastview"}
    assert page.pool.filter.text() == ""
    assert page.warnings.messages() == [
        "No one is assigned to Beat 5 - Westboro.",
        "1 officer on this shift; platoon C's minimum is 4."]

    page.pool.beat.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Beat 5 - Westboro
    assert page.pool.beat.currentText() == "Beat 5 - Westboro"
    page.pool.list.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)  # Côté
    assert "No one is assigned to Beat 5 - Westboro." not in page.warnings.messages()
    press(qtbot, Qt.Key.Key_Return)  # the next one down: Singh
    press(qtbot, Qt.Key.Key_Return)  # Tremblay
    assert assigned(desk, shift["id"]) == {
        "4471": "Beat 2 - Eastview", "5120": "Beat 5 - Westboro", "6002": "Beat 5 - Westboro",
        "3310": "Beat 5 - Westboro"}
    assert page.warnings.messages() == []
    assert page.warnings.clear_state.isVisible()
    assert page.warnings.heading.text() == "<b>Warnings (0)</b>"
    assert pool_names(page) == ["Cst. P. Roy · 1999 (inactive)"]
    assert page.table.model.rowCount() == 4
    assert "4 assigned" in page.shifts.list.currentItem().text()

    press(qtbot, Qt.Key.Key_Return)  # the inactive officer too: warned, not refused
    assert page.warnings.messages() == ["Cst. P. Roy is inactive but assigned."]
    page.table.view.setFocus()
    page.table.edit_cell(desk.assignments.list("officer_id = ?", [division.retired["id"]])[0]
                         ["id"], "call_sign")
    press(qtbot, Qt.Key.Key_Delete)
    assert "1999" not in assigned(desk, shift["id"])
    assert page.warnings.messages() == []
    assert page.notice.text() == "Removed from the shift. Ctrl+Z puts them back."


def test_the_new_shift_dialog_shows_the_true_length_and_refuses_what_is_not_a_time(
        qtbot, desk, division):
    page, _stack = open_page(qtbot, desk)
    dialog = page.new_shift()
    dialog.day.setDate(date(2026, 10, 31))
    assert dialog.length.text() == "13 h (clocks go back), ends the next day"
    dialog.day.setDate(date(2027, 3, 13))
    assert dialog.length.text() == "11 h (clocks go forward), ends the next day"
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.end.setFocus()
    dialog.end.selectAll()
    type_text(qtbot, "25:00")
    assert dialog.error.text() == "End: '25:00' is not a time. Write it as HH:MM, e.g. 19:00."
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and desk.shifts.count() == 1  # nothing planned
    dialog.end.selectAll()
    type_text(qtbot, "7")
    assert dialog.error.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    times = shift_times(desk.shifts.get(page.shift_id))
    assert (times.day, times.hours) == (date(2027, 3, 13), 11)
    assert "The clocks go forward an hour during this shift" in page.details.text()


def test_copy_the_previous_shift_of_the_platoon_and_undo_it(qtbot, desk, division):
    desk.assignments.create({"shift_id": division.shift["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A1"})
    desk.assignments.create({"shift_id": division.shift["id"],
                             "officer_id": division.retired["id"]})
    page, stack = open_page(qtbot, desk)
    dialog = page.new_shift()
    dialog.day.setDate(date(2026, 11, 25))
    dialog.platoon.setCurrentIndex(dialog.platoon.findData("C"))
    dialog.copy_previous.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    new_id = page.shift_id
    assert new_id != division.shift["id"]
    [copied] = desk.assignments.for_shift(new_id)
    assert (copied["officer_id"], copied["call_sign"]) == (division.morin["id"], "2A1")
    assert page.notice.text() == "Copied 1 assignment. Cst. P. Roy is inactive and was left out."
    # The supervisor came along too.
    assert desk.shifts.get(new_id)["supervisor_id"] == division.tremblay["id"]
    assert page.table.model.rowCount() == 1

    stack.undo()  # the shift and what was copied into it go together
    assert desk.shifts.count() == 1 and desk.assignments.count("shift_id = ?", [new_id]) == 0
    assert page.shift_id is None and page.plan_stack.currentIndex() == 0  # "Choose a shift"
    assert page.shifts.list.count() == 1
    stack.redo()
    assert page.shift_id == new_id
    assert len(desk.assignments.for_shift(new_id)) == 1


def test_edit_an_assignment_in_place_and_undo_it(qtbot, desk, division):
    page, stack = open_page(qtbot, desk)
    page.assign(division.morin["id"], division.beat["id"])
    [assignment] = desk.assignments.for_shift(division.shift["id"])
    page.table.view.setFocus()
    page.table.edit_cell(assignment["id"], "call_sign")
    type_text(qtbot, "2")  # any key starts editing the cell
    type_text(qtbot, "A1")
    press(qtbot, Qt.Key.Key_Return)  # the cell is committed as the events are processed
    qtbot.waitUntil(lambda: desk.assignments.get(assignment["id"])["call_sign"] == "2A1")
    page.table.edit_cell(assignment["id"], "beat_id")
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Down)  # from Eastview to Westboro
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.assignments.get(assignment["id"])["beat_id"]
                    == division.beat_west["id"])
    assert page.warnings.messages()[0] == "No one is assigned to Beat 2 - Eastview."
    page.table.edit_cell(assignment["id"], "partner_officer_id")
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Cst")  # the first constable by name: Côté
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.assignments.get(assignment["id"])["partner_officer_id"]
                    == division.cote["id"])
    assert "Cst. L. Côté · 5120" not in pool_names(page)  # a partner is on the shift too

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert desk.assignments.get(assignment["id"])["partner_officer_id"] is None
    stack.undo()
    assert desk.assignments.get(assignment["id"])["beat_id"] == division.beat["id"]
    assert page.table.model.data(page.table.model.index(0, 1)) == "Beat 2 - Eastview"


def test_undo_an_assignment_puts_the_officer_back_in_the_pool(qtbot, desk, division):
    page, _stack = open_page(qtbot, desk)
    page.pool.list.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    assert assigned(desk, division.shift["id"]) == {"5120": "Beat 2 - Eastview"}
    assert "Cst. L. Côté · 5120" not in pool_names(page)
    assert page.notice.text() == "Cst. L. Côté assigned to Beat 2 - Eastview. Ctrl+Z undoes it."
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert assigned(desk, division.shift["id"]) == {}
    assert pool_names(page)[0] == "Cst. L. Côté · 5120"
    assert "No one is assigned to Beat 2 - Eastview." in page.warnings.messages()


def test_with_no_shift_yet_the_page_says_how_to_plan_one(qtbot, desk):
    page, _stack = open_page(qtbot, desk)
    assert page.plan_stack.currentIndex() == 0
    assert page.nothing.text().startswith("No shift is planned yet. New shift… (Ctrl+N)")
    assert page.shifts.empty.isVisible() and not page.shifts.list.isVisible()
    click_new = page.shifts.new_button
    click_new.click()
    assert page.dialog.isVisible()
    assert not page.dialog.copy_previous.isEnabled()  # no platoon chosen: nothing to copy


def test_change_a_shifts_times_and_notes_and_undo_it(qtbot, desk, division):
    page, stack = open_page(qtbot, desk)
    click_change = page.edit_button
    click_change.click()
    dialog = page.dialog
    assert (dialog.start.text(), dialog.end.text(), dialog.platoon.currentData(),
            dialog.supervisor.currentData()) == ("19:00", "07:00", "C", division.tremblay["id"])
    assert not dialog.copy_previous.isVisibleTo(dialog)
    dialog.end.setText("0500")
    dialog.notes.setPlainText("Radio channel 3 is back.")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    shift = desk.shifts.get(division.shift["id"])
    assert (shift["ends_at"], shift["notes"]) == ("2026-11-25T10:00:00+00:00",
                                                  "Radio channel 3 is back.")
    assert page.title.text() == "Night · Tue 24 Nov 2026 19:00–05:00 · Platoon C"
    assert "10 hours" in page.details.text()
    stack.undo()
    assert desk.shifts.get(division.shift["id"])["ends_at"] == division.shift["ends_at"]
    assert page.title.text() == "Night · Tue 24 Nov 2026 19:00–07:00 · Platoon C"


def test_an_officer_on_an_overlapping_shift_is_warned_until_removed(qtbot, desk, division):
    late, _ = create_shift(desk, date(2026, 11, 25), time(3), time(11), platoon="D")
    desk.assignments.create({"shift_id": late["id"], "officer_id": division.morin["id"]})
    page, stack = open_page(qtbot, desk)
    page.show_shift(division.shift["id"])
    page.assign(division.morin["id"], division.beat["id"])
    assert page.warnings.messages()[0] == (
        "Cst. J. Morin is also on platoon D's shift of Wed 25 Nov 03:00–11:00, which overlaps "
        "this one.")
    stack.undo()
    assert not [m for m in page.warnings.messages() if "overlaps" in m]


def test_the_pool_heading_says_every_platoon_when_every_platoon_is_shown(qtbot, desk, division):
    page, _stack = open_page(qtbot, desk)
    assert page.pool.heading.text() == "<b>Officers free (platoon C)</b>"
    qtbot.mouseClick(page.pool.every_platoon, Qt.MouseButton.LeftButton)
    assert page.pool.heading.text() == "<b>Officers free (every platoon)</b>"
    qtbot.mouseClick(page.pool.every_platoon, Qt.MouseButton.LeftButton)
    assert page.pool.heading.text() == "<b>Officers free (platoon C)</b>"
