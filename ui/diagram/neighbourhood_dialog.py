"""Add a neighbourhood or change its details, in a small window over the Neighbourhoods
page. Saving goes on the window's undo stack, so Ctrl+Z takes it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ompm_desktop.errors import DeskError, ValidationError
from ui.records.forms.neighbourhood_form import NeighbourhoodForm
from ui.records.undo_commands import CreateCommand, UpdateCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class NeighbourhoodDialog(QDialog):
    def __init__(self, desk: Desk, undo_stack: QUndoStack, neighbourhood_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = undo_stack
        self.saved_id: str | None = None
        self.form = NeighbourhoodForm(desk, self)
        self.form.load(desk.neighbourhoods.get(neighbourhood_id) if neighbourhood_id else None)
        self.setWindowTitle(self.tr("Neighbourhood details") if neighbourhood_id
                            else self.tr("New neighbourhood"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self.save)
        self.form.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.form.fields["name"].setFocus()

    def save(self) -> None:
        form = self.form
        try:
            if form.record is None:
                record = CreateCommand(self.desk, self.stack, "neighbourhood",
                                       form.changes()).push()
            else:
                changes = form.changes()
                if not changes:
                    self.accept()
                    return
                record = UpdateCommand(self.desk, self.stack, "neighbourhood",
                                       form.record["id"], changes,
                                       self.tr("Change neighbourhood details")).push()
        except ValidationError as error:
            form.show_error(error)
            return
        except DeskError as error:
            form.show_error(ValidationError(error.message))
            return
        self.saved_id = record["id"]
        self.accept()
