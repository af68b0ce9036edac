"""Driving the Shifts page: finding a beat's box, a suggestion's Take button, the warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.planner.beat_tasks_box import BeatTasksBox


def box(page, beat) -> BeatTasksBox:
    return page.board.box_for(beat["id"])


def take_button(page, beat, starting: str):
    [button] = [b for s, b in box(page, beat).suggestion_buttons() if s.text.startswith(starting)]
    return button


def pool_names(page) -> list[str]:
    return [page.pool.list.item(i).text() for i in range(page.pool.list.count())]


def assigned(desk, shift_id) -> dict[str, str | None]:
    """Officer badge -> beat name of each assignment of a shift."""
    beats = {b["id"]: b["name"] for b in desk.beats.list()}
    return {desk.officers.get(a["officer_id"])["badge"]: beats.get(a["beat_id"] or "")
            for a in desk.assignments.for_shift(shift_id)}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
