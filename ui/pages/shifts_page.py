"""Shifts: plan each shift from the model. The shifts on the left; for the chosen one, the
officers still free, the officers on it (edited in place), each beat's suggested and taken
directed tasks, and the plan's warnings, all updated after every change. Every change goes
through the window's undo stack."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.clock import local
from ompm_desktop.errors import DeskError, NotFoundError
from ompm_desktop.i18n.dates import number
from ompm_desktop.planning import (
    Suggestion,
    SuggestionsInSteps,
    add_task,
    create_shift,
    free_officers,
    shift_bounds,
    shift_label,
    shift_times,
    shift_warnings,
    take_suggestion,
    write_officer_calendars,
    write_shift_calendar,
)
from ompm_desktop.services.officers import officer_label
from ui.errors import show_error
from ui.flow_layout import FlowLayout
from ui.planner.assignment_table import AssignmentTable
from ui.planner.new_shift_dialog import NewShiftDialog
from ui.planner.officer_calendars_dialog import OfficerCalendarsDialog
from ui.planner.officer_pool import OfficerPool
from ui.planner.plan_commands import CreateShiftCommand, MadeByPlanCommand
from ui.planner.shift_list import ShiftList
from ui.planner.task_board import TaskBoard
from ui.planner.warnings_panel import WarningsPanel
from ui.records.changes import record_changes, tell_undo
from ui.records.shortcuts import shortcut
from ui.records.undo_commands import CreateCommand, DeleteCommand, UpdateCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

PLAN_KINDS = ("shift", "assignment", "directed_task", "officer", "beat", "neighbourhood",
              "assessment", "contact", "initiative", "briefing_item", "setting")


class ShiftsPage(QWidget):
    briefing_requested = Signal(str)  # a shift id: the window prints its briefing

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = undo_stack
        self.shift_id: str | None = None
        self._plan_shown_for: str | None = None  # the shift whose plan is on screen
        self.dialog: QDialog | None = None  # the last dialog opened, kept for tests
        self._build()
        self._connect()
        self.shifts.reload()
        now = desk.shifts.current_or_next(desk.context.now())
        first = now["id"] if now else self.shifts.current_id()
        if first is None and self.shifts.list.count():
            first = self.shifts.list.item(0).data(Qt.ItemDataRole.UserRole)
        self.show_shift(first)

    # ---- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.shifts = ShiftList(self.desk, self)
        self.shifts.setMinimumWidth(180)  # 250 where there is room; less on a small screen
        self.shifts.setMaximumWidth(250)
        self.title = QLabel(self)
        self.title.setObjectName("shift_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("shift_details")
        self.details.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Change shift…"), self)
        self.edit_button.setToolTip(self.tr("Its date, times, platoon, supervisor and notes"))
        self.briefing_button = QPushButton(self.tr("Briefing PDF"), self)
        self.debrief_button = QPushButton(self.tr("Debrief…"), self)
        self.debrief_button.setToolTip(self.tr(
            "At the end of the shift: each task done, not done or carried over"))
        self.calendar_button = QPushButton(self.tr("Calendar file…"), self)
        self.officer_calendars_button = QPushButton(self.tr("Calendars per officer…"), self)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.pool = OfficerPool(self)
        self.table = AssignmentTable(self)
        self.board = TaskBoard(self)
        self.warnings = WarningsPanel(self)

        buttons = FlowLayout()  # a row of their own: beside them, the details had a
        for button in (self.edit_button, self.briefing_button,  # word a line in large type
                       self.debrief_button, self.calendar_button,
                       self.officer_calendars_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.pool)
        top.addWidget(self.table)
        top.setStretchFactor(1, 1)
        top.setSizes([230, 700])
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.board)
        bottom.addWidget(self.warnings)
        bottom.setStretchFactor(0, 1)
        bottom.setSizes([640, 290])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([250, 450])  # the beats' tasks need the room
        plan = QWidget(self)
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.title)
        plan_layout.addWidget(self.details)
        plan_layout.addLayout(buttons)
        plan_layout.addWidget(self.notice)
        plan_layout.addWidget(self.splitter, 1)
        self.nothing = QLabel(self.tr("Choose a shift on the left, or plan a new one with "
                                      "New shift… (Ctrl+N)."), self)
        self.nothing.setObjectName("no_shift")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.plan_stack = QStackedWidget(self)
        self.plan_stack.addWidget(self.nothing)
        self.plan_stack.addWidget(plan)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shifts)
        layout.addWidget(self.plan_stack, 1)

    def _connect(self) -> None:
        self.shifts.shift_chosen.connect(self.show_shift)
        self.shifts.new_requested.connect(self.new_shift)
        shortcut("Ctrl+F", self, self.pool.focus_filter)
        shortcut("Ctrl+N", self, self.new_shift)
        self.pool.assign_requested.connect(self.assign)
        self.table.officer_dropped.connect(self.assign)
        self.board.officer_dropped.connect(self.assign)
        self.table.change_requested.connect(self.change_assignment)
        self.table.remove_requested.connect(self.remove_assignment)
        self.board.take_requested.connect(self.take)
        self.board.task_written.connect(self.write_task)
        self.edit_button.clicked.connect(self.edit_shift)
        self.briefing_button.clicked.connect(self.ask_briefing)
        self.debrief_button.clicked.connect(self.debrief)
        self.calendar_button.clicked.connect(self.export_calendar)
        self.officer_calendars_button.clicked.connect(self.export_officer_calendars)
        changes = record_changes(self.stack)
        changes.changed.connect(self._record_changed)
        changes.failed.connect(self.say)
        tell_undo(self.stack, self.say)

    # ---- showing ---------------------------------------------------------------------

    def show_shift(self, shift_id: str | None) -> None:
        self.shift_id = shift_id
        if shift_id and self.shifts.current_id() != shift_id:
            self.shifts.choose(shift_id)
            if self._plan_shown_for == shift_id:
                return  # choosing it in the list showed it already
        self.notice.clear()
        self._show_plan()

    def open_shift(self, shift_id: str) -> None:
        """Another page asks for a shift (the Today page's last debrief)."""
        self.show_shift(shift_id)

    def refresh(self) -> None:
        """Read everything again (after an import, or another page's change)."""
        self.shifts.reload(self.shift_id)
        self._show_plan()

    def _show_plan(self) -> None:
        self._plan_shown_for = self.shift_id
        shift = self._shift()
        self.plan_stack.setCurrentIndex(1 if shift else 0)
        if shift is None:
            self.nothing.setText(self.tr(
                "Choose a shift on the left, or plan a new one with New shift… (Ctrl+N)."
                if self.shifts.list.count() else
                "No shift is planned yet. New shift… (Ctrl+N) plans one: its date and times, "
                "platoon and supervisor, starting from the platoon's previous shift if you "
                "like."))
            return
        officers = {o["id"]: o for o in self.desk.officers.list(include_deleted=True)}
        beats = {b["id"]: b["name"] for b in self.desk.beats.list()}
        rows = self.desk.assignments.list("shift_id = ?", [shift["id"]],
                                          order_by="created_at, rowid")
        self.table.set_rows(rows, officers, beats)
        self.pool.set_officers(free_officers(self.desk, shift["id"]), shift["platoon"],
                               list(beats.items()))
        assigned: dict[str | None, list[str]] = {}
        for row in rows:
            assigned.setdefault(row["beat_id"], []).append(officer_label(officers[
                row["officer_id"]]))
        self.board.set_plan(SuggestionsInSteps(self.desk, shift["id"]), assigned)
        self.warnings.set_warnings(shift_warnings(self.desk, shift["id"]))
        self._show_header(shift, officers)

    def _shift(self) -> dict[str, Any] | None:
        if not self.shift_id:
            return None
        try:
            return self.desk.shifts.get(self.shift_id)
        except NotFoundError:
            self.shift_id = None
            return None

    def _show_header(self, shift: dict[str, Any], officers: dict[str, Any]) -> None:
        times = shift_times(shift)
        self.title.setText(shift_label(shift))
        supervisor = officers.get(shift["supervisor_id"] or "")
        parts = [self.tr("Supervisor: {0}").format(officer_label(supervisor) if supervisor
                                                   else self.tr("none chosen")),
                 self.tr("{0} hours").format(number(times.hours))]
        if times.clock_change:
            parts.append(times.clock_change)
        if shift["notes"]:
            parts.append(self.tr("Notes: {0}").format(shift["notes"]))
        self.details.setText(" · ".join(parts))

    def say(self, text: str) -> None:
        self.notice.setText(text)

    def _record_changed(self, kind: str, record_id: str) -> None:
        if kind == "shift":
            try:
                if not self.desk.shifts.get(record_id)["deleted_at"]:
                    self.shift_id = record_id  # a shift just planned (or put back): show it
            except NotFoundError:
                pass
        if kind in PLAN_KINDS:
            self.refresh()

    # ---- changes, each on the undo stack ---------------------------------------------

    def _push(self, command: Any, done: str = "") -> bool:
        try:
            command.push()
        except DeskError as error:
            self.say(error.message)
            return False
        if done:
            self.say(done)
        return True

    def new_shift(self) -> NewShiftDialog:
        today = local(self.desk.context.clock()).date()
        self.dialog = NewShiftDialog(self.desk, today, self._create_shift, self)
        self.dialog.accepted.connect(self.pool.focus_filter)  # next: who is on it
        self.dialog.open()
        return self.dialog

    def _create_shift(self, values: dict[str, Any]) -> None:
        day, start, end = values.pop("day"), values.pop("start"), values.pop("end")
        copy = values.pop("copy_previous")
        command = CreateShiftCommand(
            self.desk, self.stack, self.tr("Plan a shift"),
            lambda: create_shift(self.desk, day, start, end, copy_previous=copy, **values))
        command.push()  # a refused shift raises here, for the dialog to say
        self.say(command.copied.describe() if command.copied else
                 self.tr("Shift planned. Assign officers from the list on the left."))

    def edit_shift(self) -> NewShiftDialog | None:
        shift = self._shift()
        if shift is None:
            return None
        self.dialog = NewShiftDialog(self.desk, shift_times(shift).day, self._change_shift, self)
        self.dialog.show_shift(shift)
        self.dialog.open()
        return self.dialog

    def _change_shift(self, values: dict[str, Any]) -> None:
        if not self.shift_id:
            return
        times = shift_bounds(values["day"], values["start"], values["end"])
        UpdateCommand(self.desk, self.stack, "shift", self.shift_id, {
            "starts_at": times.starts_at, "ends_at": times.ends_at,
            "platoon": values["platoon"], "supervisor_id": values["supervisor_id"],
            "notes": values["notes"]}).push()  # a refused change raises, for the dialog
        self.say(self.tr("Shift changed. Ctrl+Z puts it back as it was."))

    def assign(self, officer_id: str, beat_id: str | None) -> None:
        if not self.shift_id:
            return
        try:
            who = officer_label(self.desk.officers.get(officer_id))
            where = self.desk.beats.get(beat_id)["name"] if beat_id else self.tr("no beat")
        except DeskError as error:  # deleted since the list was shown
            self.say(error.message)
            return
        self._push(CreateCommand(self.desk, self.stack, "assignment", {
            "shift_id": self.shift_id, "officer_id": officer_id, "beat_id": beat_id}),
            self.tr("{0} assigned to {1}. Ctrl+Z undoes it.").format(who, where))

    def change_assignment(self, assignment_id: str, changes: dict[str, Any]) -> None:
        self._push(UpdateCommand(self.desk, self.stack, "assignment", assignment_id, changes))

    def remove_assignment(self, assignment_id: str) -> None:
        self._push(DeleteCommand(self.desk, self.stack, "assignment", assignment_id),
                   self.tr("Removed from the shift. Ctrl+Z puts them back."))

    def take(self, suggestion: Suggestion) -> None:
        if self.shift_id:
            shift_id = self.shift_id
            self._push(MadeByPlanCommand(
                self.desk, self.stack, "directed_task", self.tr("Take a suggested task"),
                lambda: take_suggestion(self.desk, shift_id, suggestion)),
                self.tr("Task taken: {0}").format(suggestion.text))

    def write_task(self, beat_id: str | None, text: str) -> None:
        if self.shift_id:
            shift_id = self.shift_id
            self._push(MadeByPlanCommand(
                self.desk, self.stack, "directed_task", self.tr("Write a task"),
                lambda: add_task(self.desk, shift_id, text.strip(), beat_id=beat_id)),
                self.tr("Task added."))

    # ---- files -----------------------------------------------------------------------

    def ask_briefing(self) -> None:
        if self.shift_id:
            self.briefing_requested.emit(self.shift_id)

    def debrief(self) -> QDialog | None:
        if not self.shift_id:
            return None
        from ui.planner.debrief_dialog import DebriefDialog  # made when first asked for

        self.debrief_dialog = DebriefDialog(self.desk, self.stack, self.shift_id, self)
        self.debrief_dialog.open()
        return self.debrief_dialog

    def export_calendar(self) -> None:
        shift = self._shift()
        if shift is None:
            return
        times = shift_times(shift)
        suggested = f"shift-{times.day:%Y-%m-%d}-{times.start:%H%M}" + (
            f"-platoon-{shift['platoon'].lower()}" if shift["platoon"] else "") + ".ics"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Calendar file"), suggested,
                                              self.tr("iCalendar files (*.ics)"))
        if not name:
            return
        try:
            exported = write_shift_calendar(self.desk, [shift["id"]], Path(name))
        except DeskError as error:
            show_error(self, error, self.tr("Calendar not saved"))
            return
        self.say(self.tr("Saved {0} events to {1}. Import it into the calendars; saving "
                         "it again later updates the same events.").format(
            exported.events, Path(name).name))

    def export_officer_calendars(self) -> OfficerCalendarsDialog | None:
        shift = self._shift()
        if shift is None:
            return None
        first = shift_times(shift).day
        self.dialog = OfficerCalendarsDialog(first, first + timedelta(days=27),
                                             self._write_officer_calendars, self)
        self.dialog.open()
        return self.dialog

    def _write_officer_calendars(self, first: Any, last: Any, folder: Path) -> None:
        written = write_officer_calendars(self.desk, first, last, folder)
        self.say(self.tr("Saved {0} calendar files in {1}.").format(len(written), folder))
