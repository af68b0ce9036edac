"""Saving a partner and, for a resident, their personal details (kept in a table of their
own), as one undoable change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from ompm_desktop.services.partners import PERSONAL_FIELDS
from ompm_desktop.services.record_service import Record
from ui.records.undo_commands import RecordCommand, adding, changing

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def personal_values(record: Record | None) -> dict[str, str]:
    return {key: (record or {}).get(key) or "" for key in PERSONAL_FIELDS}


class SavePartnerCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, record_id: str | None,
                 changes: Mapping[str, Any], personal: Mapping[str, str] | None) -> None:
        super().__init__(desk, stack, "partner",
                         adding("partner") if record_id is None else changing("partner"))
        self.record_id = record_id or ""
        self.created = record_id is None
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}
        self.personal = dict(personal) if personal is not None else None
        self.personal_before: dict[str, str] = {}

    def _first(self) -> Record:
        with self.desk.db.atomic():
            if self.created:
                record = self.service.create(self.changes)
                self.record_id = record["id"]
            else:
                current = self.service.get(self.record_id)
                self.before = {key: current.get(key) for key in self.changes}
                record = (self.service.update(self.record_id, self.changes) if self.changes
                          else current)
            if self.personal is not None:
                personal = self.desk.partner_personal
                self.personal_before = personal_values(personal.for_partner(self.record_id))
                personal.save_for_partner(self.record_id, self.personal)
        return record

    def _undo(self) -> None:
        with self.desk.db.atomic():
            if self.personal is not None:
                self.desk.partner_personal.save_for_partner(self.record_id, self.personal_before)
            if self.created:
                self.service.delete(self.record_id)
            elif self.before:
                self.service.update(self.record_id, self.before)

    def _redo(self) -> None:
        with self.desk.db.atomic():
            if self.created:
                self.service.restore(self.record_id)
            elif self.changes:
                self.service.update(self.record_id, self.changes)
            if self.personal is not None:
                self.desk.partner_personal.save_for_partner(self.record_id, self.personal)
