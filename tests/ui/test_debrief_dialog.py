"""The debrief that closes a shift, by keyboard, with undo: each task done, not done or
carried over with a line of outcome; a contact or an initiative step recorded from a task;
the Today page shows the last shift's debrief."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from planning_division import planning_division
from PySide6.QtCore import Qt
from records_helpers import press, show_page, type_text

from ompm_desktop.planning import suggest_tasks
from ui.pages.shifts_page import ShiftsPage
from ui.pages.today_page import TodayPage

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def division(desk):
    d = planning_division(desk)
    d.morin_on = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.morin["id"], "beat_id": d.beat["id"],
        "call_sign": "2A31"})
    d.initiative = desk.initiatives.create({
        "title": "Compton St. lot", "quadrant": "enforcement",
        "next_step": "Lighting audit with the city", "next_step_due": "2026-11-24"})
    d.lot = desk.directed_tasks.create({
        "shift_id": d.shift["id"], "beat_id": d.beat["id"], "assignment_id": d.morin_on["id"],
        "neighbourhood_id": d.rideau["id"], "text": "Check the Compton St. lot gate"})
    d.audit = desk.directed_tasks.create({
        "shift_id": d.shift["id"], "beat_id": d.beat["id"],
        "text": "Compton St. lot: Lighting audit with the city", "source_kind": "initiative",
        "source_id": d.initiative["id"]})
    return d


def open_debrief(qtbot, desk):
    page, stack = show_page(qtbot, ShiftsPage, desk)
    page.debrief_button.click()
    dialog = page.debrief_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    return page, stack, dialog


def test_each_task_is_debriefed_by_keyboard_and_undone(qtbot, desk, division):
    _page, stack, dialog = open_debrief(qtbot, desk)
    assert dialog.table.rowCount() == 2
    press(qtbot, Qt.Key.Key_Return)  # to the outcome line
    assert dialog.note.hasFocus()
    type_text(qtbot, "gate locked, no key")
    press(qtbot, Qt.Key.Key_O, ALT)  # carried over; on to the next task
    qtbot.waitUntil(lambda: dialog.table.currentRow() == 1)  # a mnemonic clicks a moment after
    lot = desk.directed_tasks.get(division.lot["id"])
    assert (lot["outcome"], lot["outcome_note"]) == ("carried_over", "gate locked, no key")
    assert dialog.table.item(0, 3).text() == "Carried over"
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: desk.directed_tasks.get(division.audit["id"])["outcome"] == "done")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert desk.directed_tasks.get(division.audit["id"])["outcome"] == ""
    assert stack.canRedo()
    # The task carried over is the next shift's first suggestion for the beat.
    following = desk.shifts.create({"starts_at": "2026-11-25 19:00",
                                    "ends_at": "2026-11-26 07:00", "platoon": "D"})
    beat = next(b for b in suggest_tasks(desk, following["id"])
                if b.beat_id == division.beat["id"])
    assert beat.suggestions[0].text == "Check the Compton St. lot gate"
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_contact_and_an_initiative_step_are_recorded_from_their_tasks(qtbot, desk,
                                                                       division):
    _page, stack, dialog = open_debrief(qtbot, desk)
    dialog.note.setText("owner will fix the lock")
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: stack.count() == 1)
    [contact] = desk.contacts.list("summary LIKE 'Check the Compton%'")
    assert contact["summary"] == "Check the Compton St. lot gate - owner will fix the lock"
    assert contact["officer_id"] == division.morin["id"]
    assert contact["neighbourhood_id"] == division.rideau["id"]
    stack.undo()
    assert desk.contacts.list("summary LIKE 'Check the Compton%'") == []
    dialog.table.setCurrentCell(1, 0)
    assert dialog.step_button.isEnabled()
    dialog.note.setText("two lights out")
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: stack.count() == 1)  # the contact's command was undone
    qtbot.waitUntil(lambda: stack.canUndo())
    initiative = desk.initiatives.get(division.initiative["id"])
    assert initiative["next_step"] == ""
    assert initiative["response_plan"].endswith(
        "Lighting audit with the city - two lights out")
    stack.undo()
    assert desk.initiatives.get(division.initiative["id"])["next_step"] == \
        "Lighting audit with the city"
    dialog.reject()


def test_the_today_page_shows_the_last_shifts_debrief(qtbot, desk, division):
    from ompm_desktop.planning.debrief import record_outcome

    record_outcome(desk, division.lot["id"], "carried_over", "gate locked")
    desk.context.clock = lambda: datetime(2026, 11, 25, 13, tzinfo=UTC)  # the shift is over
    page = TodayPage(desk)
    qtbot.addWidget(page)
    box = page.boxes["debrief"]
    assert box.title().startswith("Last shift's debrief: Night of Tue 24 Nov 2026 (0 done")
    listing = page.lists["debrief"]
    assert listing.item(0).text() == \
        "Carried over: Check the Compton St. lot gate - gate locked (2A31 Cst. J. Morin)"
