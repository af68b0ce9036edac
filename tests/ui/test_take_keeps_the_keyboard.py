"""Taking a suggestion on the Shifts page leaves the keyboard where the sergeant was: a
click on Take does not move it onto the next Take (where each space typed took one more),
and the taken suggestion stays in its place saying it is taken."""

from __future__ import annotations

import pytest
from planner_helpers import box, click, take_button
from planning_division import planning_division
from PySide6.QtCore import Qt
from records_helpers import focused, press, show_page, type_text

from ui.pages.shifts_page import ShiftsPage


@pytest.fixture
def division(desk):
    return planning_division(desk)


def taken_count(desk, division) -> int:
    return len(desk.directed_tasks.for_shift(division.shift["id"]))


def test_a_click_on_take_leaves_the_keyboard_in_the_task_line(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    click(qtbot, box(page, division.beat).task_edit)
    type_text(qtbot, "Check the")
    click(qtbot, take_button(page, division.beat, "Directed patrol: Compton St. lot"))
    type_text(qtbot, " school lot at dusk")  # four spaces: none takes a suggestion
    assert taken_count(desk, division) == 1
    eastview = box(page, division.beat)
    assert focused() is eastview.task_edit
    assert eastview.task_edit.text() == "Check the school lot at dusk"
    press(qtbot, Qt.Key.Key_Return)
    assert [t["text"] for t in desk.directed_tasks.for_shift(division.shift["id"])][-1] == \
        "Check the school lot at dusk"
    assert box(page, division.beat).task_edit.text() == ""  # written: the line is empty


def test_a_click_on_take_leaves_the_keyboard_in_the_list(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    page.pool.list.setFocus(Qt.FocusReason.MouseFocusReason)
    click(qtbot, take_button(page, division.beat, "Directed patrol: Compton St. lot"))
    assert focused() is page.pool.list
    type_text(qtbot, "  ")
    assert taken_count(desk, division) == 1


def test_a_taken_suggestion_says_so_in_its_place(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    eastview = box(page, division.beat)
    before = [s.text for s, _ in eastview.suggestion_buttons()]
    first = eastview.take_buttons[0]
    click(qtbot, first)
    eastview = box(page, division.beat)
    [mark] = eastview.taken_marks
    assert mark.text() == "Taken ✓" and mark.accessibleName() == f"Taken: {before[0]}"
    # the next suggestion is still offered below the taken one, not moved up under the mouse
    assert eastview.take_buttons[0].mapTo(eastview, eastview.take_buttons[0].rect().topLeft()
                                          ).y() > mark.mapTo(eastview, mark.rect().topLeft()).y()


def test_take_with_the_keyboard_then_the_task_line(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    first = box(page, division.beat).take_buttons[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)  # typed on: the task line, not the next Take
    assert taken_count(desk, division) == 1
    assert focused() is box(page, division.beat).task_edit
