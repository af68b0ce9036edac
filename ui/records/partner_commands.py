"""Saving a partner and, for a resident, their personal details (kept in a table of their
own), as one undoable change: the core's PartnerSave does, undoes and redoes it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from ompm_desktop.services.partner_saving import PartnerSave
from ompm_desktop.services.record_service import Record
from ui.records.undo_commands import RecordCommand, adding, changing

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class SavePartnerCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, record_id: str | None,
                 changes: Mapping[str, Any], personal: Mapping[str, str] | None) -> None:
        super().__init__(desk, stack, "partner",
                         adding("partner") if record_id is None else changing("partner"))
        self.save = PartnerSave(desk, record_id, changes, personal)

    def _first(self) -> Record:
        return self.save.do()

    def _undo(self) -> None:
        self.save.undo()

    def _redo(self) -> None:
        self.save.redo()
