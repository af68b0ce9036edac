"""A long list of shifts is laid out once as the Shifts page opens: it has its scroll bar
from the start, so a shift's wrapped lines are not measured without it, then again with it
(200 shifts took 10-20 ms more of the page's first paint); the shift on duty is in view."""

from collections import Counter
from datetime import date, time, timedelta

from planning_division import planning_division
from records_helpers import show_page

from ompm_desktop.planning import create_shift
from ui.pages.shifts_page import ShiftsPage
from ui.planner import shift_list


def test_a_long_list_of_shifts_is_measured_once_and_shows_the_shift_on_duty(
        qtbot, desk, monkeypatch):
    division = planning_division(desk)
    for days in range(1, 45):  # the nights before tonight's
        create_shift(desk, date(2026, 11, 24) - timedelta(days=days), time(19), time(7),
                     platoon="C")
    measured: Counter[int] = Counter()
    size_hint = shift_list.WrappedLines.sizeHint

    def counted(delegate, option, index):
        measured[index.row()] += 1
        return size_hint(delegate, option, index)

    monkeypatch.setattr(shift_list.WrappedLines, "sizeHint", counted)
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    listing = page.shifts.list
    assert listing.count() == 45
    assert all(measured[row] == 1 for row in range(30, 45)), measured  # out of view: once
    assert page.shift_id == division.shift["id"]
    shown = listing.visualItemRect(listing.currentItem())
    assert listing.viewport().rect().contains(shown)
