"""Contacts: every community contact officers make, newest first; log one in seconds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from ompm_desktop.errors import DeskError
from ompm_desktop.queries import CONTACTS
from ompm_desktop.services.record_service import Record
from ui.records.changes import record_changes
from ui.records.forms.contact_form import ContactForm
from ui.records.list_page import RecordListPage
from ui.records.translation_marks import QT_TRANSLATE_NOOP
from ui.records.undo_commands import ActionCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class ContactsPage(RecordListPage):
    record_list = CONTACTS
    title = QT_TRANSLATE_NOOP("RecordListPage", "Contacts")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No contacts yet. Log one with New contact (Ctrl+N here, Ctrl+L from any page), or "
        "import a spreadsheet from the File menu.")
    hidden_columns = ("activity",)

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(desk, undo_stack, parent)
        record_changes(undo_stack).changed.connect(self._options_may_have_changed)

    def make_form(self) -> ContactForm:
        return ContactForm(self.desk, self)

    def extra_buttons(self) -> list[QPushButton]:
        self.done_button = QPushButton(self.tr("Mark follow-up done"), self)
        self.done_button.setObjectName("follow_up_done")
        self.done_button.clicked.connect(self.mark_follow_up_done)
        return [self.done_button]

    def after_show(self, record: Record | None) -> None:
        self.done_button.setVisible(bool(
            record and record.get("follow_up") and not record.get("follow_up_done_at")
            and not record.get("deleted_at")))

    def log_contact(self) -> None:
        """Start a new contact, ready to type (Ctrl+L from anywhere)."""
        self.new_record()

    def mark_follow_up_done(self) -> None:
        record = self.form.record
        if record is None or not self.confirm_leave():
            return
        try:
            ActionCommand(self.desk, self.stack, "contact", record["id"],
                          self.tr("Mark follow-up done"), self.desk.contacts.mark_follow_up_done,
                          ("follow_up_done_at",)).push()
        except DeskError as error:
            self.say(error.message)
            return
        self.open_record(record["id"])
        self.say(self.tr("Follow-up marked done."), undo=True)

    def _options_may_have_changed(self, kind: str, _record_id: str) -> None:
        if kind in ("officer", "neighbourhood", "partner") and not self.form.dirty:
            self.form.reload_options()
            self.form.load(self.form.record)
