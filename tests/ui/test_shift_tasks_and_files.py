"""The Shifts page beyond the assignments: each beat's suggested tasks taken with one click,
tasks written by hand, officers dragged onto a beat, the briefing asked of the window, and
the shift's calendar files."""

from pathlib import Path

import pytest
from icalendar import Calendar
from planner_helpers import assigned, box, click, take_button
from planning_division import planning_division
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from records_helpers import press, show_page, show_window, type_text

from ompm_desktop.planning import event_uid
from ui.main_window import MainWindow
from ui.pages.shifts_page import ShiftsPage
from ui.reports.pdf_actions import PdfActions

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def division(desk):
    return planning_division(desk)


def tasks_of(desk, shift_id):
    return [(t["text"], t["source_kind"], t["beat_id"])
            for t in desk.directed_tasks.for_shift(shift_id)]


def test_take_a_suggested_task_with_one_click_and_undo_it(qtbot, desk, division):
    page, stack = show_page(qtbot, ShiftsPage, desk)
    shift_id = division.shift["id"]
    eastview = box(page, division.beat)
    assert "Rideau Heights" in eastview.findChildren(type(page.title))[0].text()
    assert "None yet" in eastview.tasks.text()
    click(qtbot, take_button(page, division.beat, "Directed patrol: Compton St. lot"))
    assert tasks_of(desk, shift_id) == [("Directed patrol: Compton St. lot 22:00-02:00",
                                         "briefing_item", division.beat["id"])]
    [task] = desk.directed_tasks.for_shift(shift_id)
    assert task["source_id"] == division.patrol["id"]
    eastview = box(page, division.beat)  # shown again: taken, no longer offered
    assert "Directed patrol: Compton St. lot 22:00-02:00" in eastview.tasks.text()
    assert not [s for s, _ in eastview.suggestion_buttons()
                if s.text.startswith("Directed patrol: Compton")]
    click(qtbot, take_button(page, division.beat, "Follow-up: Call back Ms. Ahmed"))
    assert len(desk.directed_tasks.for_shift(shift_id)) == 2
    assert page.notice.text().startswith("Task taken: Follow-up: Call back Ms. Ahmed")

    stack.undo()
    assert [t[0] for t in tasks_of(desk, shift_id)] == [
        "Directed patrol: Compton St. lot 22:00-02:00"]
    assert take_button(page, division.beat, "Follow-up: Call back Ms. Ahmed")  # offered again


def test_write_a_task_by_hand(qtbot, desk, division):
    page, stack = show_page(qtbot, ShiftsPage, desk)
    westboro = box(page, division.beat_west)
    westboro.task_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # nothing written yet
    assert page.notice.text() == ("Write the task first (e.g. 'Check the Compton St. lot at "
                                  "02:00').")
    type_text(qtbot, "Check the Elm St. school yard at 23:00")
    press(qtbot, Qt.Key.Key_Return)
    assert tasks_of(desk, division.shift["id"]) == [
        ("Check the Elm St. school yard at 23:00", "manual", division.beat_west["id"])]
    westboro = box(page, division.beat_west)
    assert "Check the Elm St. school yard at 23:00" in westboro.tasks.text()
    assert "(by hand)" in westboro.tasks.text()
    assert westboro.task_edit.text() == "" and westboro.task_edit.hasFocus()  # ready for more
    stack.undo()  # Edit > Undo (in the line, Ctrl+Z undoes the typing)
    assert desk.directed_tasks.for_shift(division.shift["id"]) == []
    assert "None yet" in box(page, division.beat_west).tasks.text()


def drop(widget, mime, at=None):
    event = QDropEvent(at or QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


def test_drag_an_officer_onto_a_beat_or_a_row_of_the_table(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    pool = page.pool.list
    [singh] = pool.findItems("Cst. P. Singh", Qt.MatchFlag.MatchStartsWith)
    mime = pool.mimeData([singh])  # what dragging the item carries
    event = drop(box(page, division.beat_west), mime)
    assert event.isAccepted()
    assert assigned(desk, division.shift["id"]) == {"6002": "Beat 5 - Westboro"}
    assert "Cst. P. Singh" in box(page, division.beat_west).assigned.text()
    assert not pool.findItems("Cst. P. Singh", Qt.MatchFlag.MatchStartsWith)

    [cote] = pool.findItems("Cst. L. Côté", Qt.MatchFlag.MatchStartsWith)
    view = page.table.view
    row = view.visualRect(page.table.model.index(0, 1)).center()
    mime = pool.mimeData([cote])  # kept: the event only points to it
    drop(view, mime, QPointF(row))  # onto Singh's row: Singh's beat
    assert assigned(desk, division.shift["id"]) == {"6002": "Beat 5 - Westboro",
                                                    "5120": "Beat 5 - Westboro"}


def test_the_briefing_button_asks_the_window_for_the_shift_briefing(qtbot, desk, division,
                                                                    monkeypatch):
    asked = []
    monkeypatch.setattr(PdfActions, "briefing", lambda self, shift_id: asked.append(shift_id))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    [page] = [window.page(i) for i in range(window.pages.count())
              if isinstance(window.page(i), ShiftsPage)]
    click(qtbot, page.briefing_button)
    assert asked == [division.shift["id"]]


def test_ctrl_n_on_the_shifts_page_plans_a_shift_not_a_new_database(qtbot, desk, division):
    window = show_window(qtbot, desk, active=True)
    [index] = [i for i in range(window.pages.count())
               if isinstance(window.page(i), ShiftsPage)]
    window.show_page(index)
    page = window.page(index)
    page.pool.list.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)  # File > New database would open a file dialog: it fails
    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.windowTitle() == "New shift"


def test_export_the_shift_as_a_calendar_file(qtbot, desk, division, tmp_path, monkeypatch):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    page.assign(division.morin["id"], division.beat["id"])
    page.assign(division.cote["id"], division.beat_west["id"])
    out = tmp_path / "tonight.ics"
    asked = []

    def save_as(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    click(qtbot, page.calendar_button)
    assert asked == [("Calendar file", "shift-2026-11-24-1900-platoon-c.ics",
                      "iCalendar files (*.ics)")]
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    ids = sorted(a["id"] for a in desk.assignments.for_shift(division.shift["id"]))
    assert sorted(str(e["UID"]) for e in events) == sorted(event_uid(i) for i in ids)
    assert all(e.decoded("DTSTART").hour == 19 for e in events)  # local time, Toronto
    assert page.notice.text().startswith("Saved 2 events to tonight.ics.")

    click(qtbot, page.calendar_button)  # again: the same events, same UIDs
    again = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["UID"]) for e in again) == sorted(str(e["UID"]) for e in events)


def test_save_one_calendar_per_officer(qtbot, desk, division, tmp_path, monkeypatch):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    page.assign(division.morin["id"], division.beat["id"])
    page.assign(division.cote["id"], division.beat_west["id"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args: str(tmp_path)))
    click(qtbot, page.officer_calendars_button)
    dialog = page.dialog
    click(qtbot, dialog.choose)
    assert dialog.folder.text() == str(tmp_path)
    dialog.accept()
    assert not dialog.isVisible()
    assert sorted(p.name for p in Path(tmp_path).glob("*.ics")) == ["4471-morin.ics",
                                                                    "5120-cote.ics"]
    assert page.notice.text() == f"Saved 2 calendar files in {tmp_path}."


def test_a_range_with_no_shift_is_said_in_the_dialog(qtbot, desk, division, tmp_path):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    dialog = page.export_officer_calendars()
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("No officer is assigned to a shift from 2026-11-24")


def test_take_suggestions_one_after_another_with_the_keyboard(qtbot, desk, division):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    first = box(page, division.beat).take_buttons[0]
    first.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(desk.directed_tasks.for_shift(division.shift["id"])) == 1
    eastview = box(page, division.beat)
    assert eastview.task_edit.hasFocus()  # back in the beat's task line, never on a Take
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)  # Add task
    press(qtbot, Qt.Key.Key_Tab)  # the next suggestion's Take
    press(qtbot, Qt.Key.Key_Space)
    assert len(desk.directed_tasks.for_shift(division.shift["id"])) == 2


def test_a_beat_shows_its_first_suggestions_and_all_of_them_on_request(qtbot, desk, division,
                                                                       monkeypatch):
    monkeypatch.setattr("ui.planner.beat_tasks_box.SHOWN_SUGGESTIONS", 2)
    page, _ = show_page(qtbot, ShiftsPage, desk)
    eastview = box(page, division.beat)
    offered = len(eastview.beat.open_suggestions)
    assert offered > 2 and len(eastview.take_buttons) == 2
    [more] = eastview.findChildren(type(eastview.add_button), "show_all")
    assert more.text() == f"Show all {offered} suggestions"
    click(qtbot, more)
    eastview = box(page, division.beat)
    assert len(eastview.take_buttons) == offered
    assert not eastview.findChildren(type(eastview.add_button), "show_all")
