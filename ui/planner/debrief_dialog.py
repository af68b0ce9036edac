"""The debrief that closes a shift: each directed task marked done, not done or carried
over, with a line of outcome; a task recorded as the contact it was, or as its initiative's
step, in one step. Everything by keyboard (Alt+D, Alt+N, Alt+O, the outcome line's Enter
moves to the next task); every change is on the page's undo stack (Ctrl+Z here too).
The work is the core's (ompm_desktop/planning/debrief.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.planning.debrief import (
    bring_back_contact_from_task,
    contact_from_task,
    debrief_lines,
    follow_up_closed_by,
    initiative_step_changes,
    outcome_changes,
    outcome_label,
    record_contact_from_task,
    shift_called,
    take_back_contact_from_task,
)
from ompm_desktop.services.record_service import Record
from ui.planner.plan_commands import MadeByPlanCommand
from ui.records.undo_commands import UpdateCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

COLUMNS = 5  # task, beat, officer, outcome, outcome note


class ContactFromTaskCommand(MadeByPlanCommand):
    """The contact a task was; a follow-up task closes its follow-up, and undo opens it."""

    def __init__(self, desk: Desk, stack: QUndoStack, text: str, values: Record,
                 closes: str | None) -> None:
        super().__init__(desk, stack, "contact", text, lambda: self._make(values))
        self.closes = closes

    def _make(self, values: Record) -> Record:
        return record_contact_from_task(self.desk, values, self.closes)

    def _undo(self) -> None:
        take_back_contact_from_task(self.desk, self.record_id, self.closes)

    def _redo(self) -> None:
        bring_back_contact_from_task(self.desk, self.record_id, self.closes)


class DebriefDialog(QDialog):
    def __init__(self, desk: Desk, stack: QUndoStack, shift_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.stack, self.shift_id = desk, stack, shift_id
        self.setObjectName("debrief_dialog")
        shift = desk.shifts.get(shift_id)
        self.setWindowTitle(self.tr("Debrief: {0}").format(shift_called(shift)))
        self.resize(860, 460)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("debrief_tasks")
        self.table.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Beat"), self.tr("Officer"), self.tr("Outcome"),
            self.tr("What came of it")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.not_done_button = QPushButton(self.tr("&Not done"), self)
        self.carried_button = QPushButton(self.tr("Carried &over"), self)
        self.carried_button.setToolTip(self.tr(
            "It comes back as a suggestion on the next shifts until one takes it"))
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.note = QLineEdit(self)
        self.note.setObjectName("debrief_note")
        self.note.setPlaceholderText(self.tr("One line: what came of it (Enter: next task)"))
        note_label = QLabel(self.tr("O&utcome:"), self)
        note_label.setBuddy(self.note)
        self.contact_button = QPushButton(self.tr("Record as &contact"), self)
        self.contact_button.setToolTip(self.tr(
            "A contact at the end of the shift, in the task's neighbourhood, by the officer "
            "who had it, with the outcome as its summary (a follow-up task closes its "
            "follow-up)"))
        self.step_button = QPushButton(self.tr("Record as initiative &step"), self)
        self.step_button.setToolTip(self.tr(
            "Written, dated, into the initiative's responses; its next step cleared"))
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.empty = QLabel(self.tr("This shift has no directed task to debrief."), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        outcomes = QHBoxLayout()
        for button in (self.done_button, self.not_done_button, self.carried_button,
                       self.clear_button):
            outcomes.addWidget(button)
        outcomes.addWidget(note_label)
        outcomes.addWidget(self.note, 1)
        records = QHBoxLayout()
        records.addWidget(self.contact_button)
        records.addWidget(self.step_button)
        records.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(outcomes)
        layout.addLayout(records)
        layout.addWidget(self.notice)
        layout.addWidget(close)

        self.done_button.clicked.connect(lambda: self.set_outcome("done"))
        self.not_done_button.clicked.connect(lambda: self.set_outcome("not_done"))
        self.carried_button.clicked.connect(lambda: self.set_outcome("carried_over"))
        self.clear_button.clicked.connect(lambda: self.set_outcome(""))
        self.note.returnPressed.connect(self._note_entered)
        self.contact_button.clicked.connect(self.record_contact)
        self.step_button.clicked.connect(self.record_step)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        QShortcut(QKeySequence.StandardKey.Undo, self, self._undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self._redo)
        self.stack.indexChanged.connect(self._stack_changed)
        self.refresh()
        self.table.setFocus()

    # ---- showing -----------------------------------------------------------------------

    def _stack_changed(self, _index: int) -> None:
        if self.isVisible():  # an undo here or on the page: show what it put back
            self.refresh()

    def done(self, result: int) -> None:
        self.stack.indexChanged.disconnect(self._stack_changed)
        super().done(result)

    def refresh(self) -> None:
        row = max(0, self.table.currentRow())
        self.lines = debrief_lines(self.desk, self.shift_id)
        self.table.setRowCount(len(self.lines))
        for index, line in enumerate(self.lines):
            cells = (line.task["text"], line.where, line.who, outcome_label(line.outcome)
                     if line.outcome else "", line.note)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        for column in (1, 2, 3):  # beat, officer, outcome: whole, the task and note wrap
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not self.lines)
        if self.lines:
            self.table.setCurrentCell(min(row, len(self.lines) - 1), 0)
        self._show_current()

    def current(self) -> Any:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _show_current(self) -> None:
        line = self.current()
        for widget in (self.done_button, self.not_done_button, self.carried_button,
                       self.clear_button, self.note, self.contact_button):
            widget.setEnabled(line is not None)
        self.step_button.setEnabled(line is not None
                                    and line.task["source_kind"] == "initiative")
        if line is not None and not self.note.hasFocus():
            self.note.setText(line.note)

    # ---- changes, each undoable ------------------------------------------------------------

    def _push(self, command: Any, done: str) -> bool:
        try:
            command.push()
        except DeskError as error:
            self.notice.setText(error.message)
            return False
        self.notice.setText(done + " " + self.tr("Ctrl+Z undoes it."))
        return True

    def set_outcome(self, outcome: str, note: str | None = None) -> None:
        line = self.current()
        if line is None:
            return
        text = self.note.text() if note is None else note
        changes = outcome_changes(outcome, text, self.desk.context.now())
        label = outcome_label(outcome) if outcome else self.tr("not debriefed")
        row = self.table.currentRow()
        if self._push(UpdateCommand(self.desk, self.stack, "directed_task", line.id, changes,
                                    self.tr("Debrief: {0}").format(label)),
                      self.tr("{0}: {1}.").format(line.task["text"], label)):
            if outcome and row + 1 < len(self.lines):  # on to the next task
                self.table.setCurrentCell(row + 1, 0)
                self.note.setText(self.lines[row + 1].note)
            self.table.setFocus()  # Ctrl+Z there undoes the outcome (in the line, the typing)

    def _note_entered(self) -> None:
        line = self.current()
        if line is None:
            return
        if self.note.text().strip() != line.note:
            self.set_outcome(line.outcome or "done", self.note.text())
        elif self.table.currentRow() + 1 < len(self.lines):
            self.table.setCurrentCell(self.table.currentRow() + 1, 0)

    def record_contact(self) -> None:
        line = self.current()
        if line is None:
            return
        try:
            values = contact_from_task(self.desk, line.id, self.note.text())
            closes = follow_up_closed_by(self.desk, line.id)
        except DeskError as error:
            self.notice.setText(error.message)
            return
        self._push(ContactFromTaskCommand(self.desk, self.stack,
                                          self.tr("Record a contact from a task"), values,
                                          closes),
                   self.tr("Contact recorded: {0}.").format(values["summary"]))

    def record_step(self) -> None:
        line = self.current()
        if line is None:
            return
        try:
            initiative_id, changes = initiative_step_changes(self.desk, line.id,
                                                             self.note.text())
        except DeskError as error:
            self.notice.setText(error.message)
            return
        self._push(UpdateCommand(self.desk, self.stack, "initiative", initiative_id, changes,
                                 self.tr("Record an initiative step")),
                   self.tr("Step written into the initiative's responses."))

    def _undo(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

    def _redo(self) -> None:
        if self.stack.canRedo():
            self.stack.redo()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        # Escape closes; Enter in the table moves to the outcome line, not the Close button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.note.setFocus()
            return
        super().keyPressEvent(event)
