"""Partners: every organization and person the police work with, with their last contact and
open initiatives at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ompm_desktop.queries import PARTNERS
from ui.records.changes import record_changes
from ui.records.forms.partner_form import PartnerForm
from ui.records.list_page import RecordListPage
from ui.records.partner_commands import SavePartnerCommand
from ui.records.translation_marks import QT_TRANSLATE_NOOP
from ui.records.undo_commands import RecordCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class PartnersPage(RecordListPage):
    record_list = PARTNERS
    title = QT_TRANSLATE_NOOP("RecordListPage", "Partners")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No partners yet. Add the agencies, groups, schools and residents you work with "
        "(New partner, Ctrl+N), or import a spreadsheet from the File menu.")
    hidden_columns = ("email",)

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(desk, undo_stack, parent)
        record_changes(undo_stack).changed.connect(self._options_may_have_changed)

    def make_form(self) -> PartnerForm:
        return PartnerForm(self.desk, self)

    def save_command(self) -> RecordCommand | None:
        form = self.form
        assert isinstance(form, PartnerForm)
        changes = form.changes()
        personal = form.personal()
        if form.record is not None and not changes and personal is None:
            return None
        return SavePartnerCommand(self.desk, self.stack,
                                  form.record["id"] if form.record else None, changes, personal)

    def _options_may_have_changed(self, kind: str, _record_id: str) -> None:
        if kind == "neighbourhood" and not self.form.dirty:
            self.form.reload_options()
            self.form.load(self.form.record)
