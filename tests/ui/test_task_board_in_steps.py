"""A large division's beats on the Shifts page: the beats on screen come with their
suggestions at once, the others after the page is painted, between events; a beat asked for
(the keyboard, a test) is made at once; a draft typed in a beat's task line survives."""

import pytest
from planning_division import planning_division
from PySide6.QtGui import QUndoStack
from records_helpers import show_page
from shiboken6 import isValid

from ompm_desktop.planning import suggest_tasks
from ui.pages.shifts_page import ShiftsPage

MORE_BEATS = 12


@pytest.fixture
def division(desk):
    d = planning_division(desk)
    for number in range(MORE_BEATS):
        beat = desk.beats.create({"name": f"Beat {number + 10}", "code": f"B{number + 10}"})
        desk.neighbourhoods.create({"name": f"Place {number}", "beat_id": beat["id"]})
    return d


def shown(page) -> list[tuple]:
    return [(box.beat.beat_id, box.beat.suggestions) for box in page.board.boxes]


def test_the_beats_on_screen_first_then_the_rest_after_the_paint(qtbot, desk, division):
    stack = QUndoStack()
    page = ShiftsPage(desk, stack)
    qtbot.addWidget(page)
    board = page.board
    assert 0 < len(board.boxes) < len(board.plan)  # not all at once
    assert board.working.isVisibleTo(board)  # says the others are on their way
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: board.complete)
    assert not board.working.isVisibleTo(board)
    whole = suggest_tasks(desk, division.shift["id"])
    assert shown(page) == [(beat.beat_id, beat.suggestions) for beat in whole]


def test_a_beat_asked_for_is_made_at_once_and_a_draft_survives(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    qtbot.waitUntil(lambda: page.board.complete)
    last = page.board.plan[-1]
    page.board.box_for(last.beat_id).task_edit.setText("Check the lot at 02:00")
    page.refresh()  # another page's change: the board is made again
    assert not page.board.complete
    box = page.board.box_for(last.beat_id)  # made now, with those before it
    assert box.beat.beat_id == last.beat_id and page.board.complete
    assert box.task_edit.text() == "Check the lot at 02:00"


def test_a_page_closed_while_its_beats_are_coming_leaves_nothing_running(qtbot, desk, division):
    stack = QUndoStack()
    page = ShiftsPage(desk, stack)  # not kept by qtbot: it is deleted here
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: len(page.board.boxes) > 1)  # the steps have begun
    assert not page.board.complete
    stepper = page.board._stepper
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not isValid(stepper))
    qtbot.wait(20)  # a step asked for before would have run (and failed) by now
