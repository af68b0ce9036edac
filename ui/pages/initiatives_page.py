"""Initiatives: problem solving with SARA. Moving to the next stage is one click, recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from ompm_desktop.errors import DeskError
from ompm_desktop.queries import INITIATIVES, display
from ompm_desktop.services.record_service import Record
from ui.records.changes import record_changes
from ui.records.forms.initiative_form import InitiativeForm
from ui.records.list_page import RecordListPage
from ui.records.translation_marks import QT_TRANSLATE_NOOP
from ui.records.undo_commands import ActionCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class InitiativesPage(RecordListPage):
    record_list = INITIATIVES
    title = QT_TRANSLATE_NOOP("RecordListPage", "Initiatives")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No initiatives yet. Start one when a problem keeps coming back (New initiative, "
        "Ctrl+N): it moves through Scanning, Analysis, Response and Assessment.")
    hidden_columns = ("partners",)

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(desk, undo_stack, parent)
        record_changes(undo_stack).changed.connect(self._options_may_have_changed)

    def make_form(self) -> InitiativeForm:
        return InitiativeForm(self.desk, self)

    def extra_buttons(self) -> list[QPushButton]:
        self.advance_button = QPushButton(self)
        self.advance_button.setObjectName("advance")
        self.advance_button.clicked.connect(self.advance)
        return [self.advance_button]

    def after_show(self, record: Record | None) -> None:
        form = self.form
        assert isinstance(form, InitiativeForm)
        following = form.stage().next() if record else None
        self.advance_button.setVisible(bool(following) and not (record or {}).get("deleted_at"))
        if following:
            self.advance_button.setText(self.tr("Move to {0}").format(following.label))

    def advance(self) -> None:
        record = self.form.record
        if record is None or (self.form.dirty and not self.save()):
            return  # what was typed is saved first; a refused field keeps the stage
        try:
            command = ActionCommand(self.desk, self.stack, "initiative", record["id"],
                                    self.tr("Move initiative to the next stage"),
                                    self.desk.initiatives.advance, ("stage", "status"))
            moved = command.push()
        except DeskError as error:
            self.say(error.message)
            return
        self.open_record(record["id"])
        self.say(self.tr("Moved to {0}.").format(display.stage_label(moved["stage"])), undo=True)

    def _options_may_have_changed(self, kind: str, _record_id: str) -> None:
        if kind in ("neighbourhood", "partner") and not self.form.dirty:
            form = self.form
            assert isinstance(form, InitiativeForm)
            form.reload_options()
            form.load(form.record)
