"""Writing a record page's form: Save (or the page's own save command), Delete and Restore
through the window's undo stack, the question before unsaved edits are left, and the line
that says what was done, with Undo. Mixed into RecordListPage (ui/records/list_page.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.services.record_service import Record
from ui.records.kind_words import capitalized
from ui.records.record_form import RecordForm
from ui.records.undo_commands import (
    CreateCommand,
    DeleteCommand,
    RecordCommand,
    RestoreCommand,
    UpdateCommand,
)

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class RecordWriting(QWidget):
    if TYPE_CHECKING:  # given by the page
        desk: Desk
        stack: Any
        kind: str
        noun: str
        form: RecordForm
        model: Any
        notice: QLabel
        undo_button: QPushButton

    # Given by the page. Written as methods here, not under TYPE_CHECKING, so that Qt's
    # lupdate reads this class's words in its own context ("RecordWriting").
    def show_record(self, record: Record | None) -> None:
        raise NotImplementedError

    def _select_row(self, row: int) -> None:
        raise NotImplementedError

    def _show_buttons(self) -> None:
        raise NotImplementedError

    def _fresh(self, record_id: str) -> Record | None:
        raise NotImplementedError

    def save_command(self) -> RecordCommand | None:
        """The command that saves the form, or None when nothing changed."""
        if self.form.record is None:
            return CreateCommand(self.desk, self.stack, self.kind, self.form.changes())
        changes = self.form.changes()
        if not changes:
            return None
        return UpdateCommand(self.desk, self.stack, self.kind, self.form.record["id"], changes)

    def confirm_leave(self) -> bool:
        """With unsaved edits: save them, drop them, or stay. True means carry on."""
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This {0} has changes that are not saved. Save them?").format(self.noun),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.form.dirty = False
            return True
        return False

    def save(self) -> bool:
        record = self.form.record
        if record is not None and record.get("deleted_at"):
            return False
        try:
            if not self.form.confirm_save():
                return False
            command = self.save_command()
            if command is None:
                self.form.dirty = False
                self._show_buttons()
                return True
            saved = command.push()
        except ValidationError as error:
            self.form.show_error(error)
            return False
        except DeskError as error:
            self.form.show_error(ValidationError(error.message))
            return False
        self.show_record(self._fresh(saved["id"]))
        self._select_row(self.model.row_of(saved["id"]))
        self.say(self.tr("Saved."))
        return True

    def delete_current(self) -> None:
        record = self.form.record
        if record is None or record.get("deleted_at"):
            return
        try:
            DeleteCommand(self.desk, self.stack, self.kind, record["id"]).push()
        except DeskError as error:
            self.say(error.message)
            return
        self.show_record(None)
        # {0} is the kind to begin a sentence ("Partner"), {1} the kind within one.
        self.say(self.tr("{0} deleted. Undo (Ctrl+Z) brings it back; so does Recently "
                         "deleted.").format(capitalized(self.noun), self.noun), undo=True)

    def restore_current(self) -> None:
        record = self.form.record
        if record is None or not record.get("deleted_at"):
            return
        try:
            RestoreCommand(self.desk, self.stack, self.kind, record["id"]).push()
        except ValidationError as error:
            self.form.show_error(error)
            return
        except DeskError as error:
            self.say(error.message)
            return
        self.show_record(self._fresh(record["id"]))
        self.say(self.tr("{0} restored.").format(capitalized(self.noun), self.noun), undo=True)

    def say(self, text: str, undo: bool = False) -> None:
        self.notice.setText(text)
        self.undo_button.setVisible(undo)
