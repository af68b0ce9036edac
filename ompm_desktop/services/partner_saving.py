"""Saving a partner and, for a resident, their personal details (kept in a table of their
own) as one change: done, undone and redone each in one transaction, so an undo never
leaves a partner with the other half of its details."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ompm_desktop.services.partners import PERSONAL_FIELDS
from ompm_desktop.services.record_service import Record

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def personal_values(record: Mapping[str, Any] | None) -> dict[str, str]:
    """A resident's personal details as the form shows them: every field, empty if unknown."""
    return {key: (record or {}).get(key) or "" for key in PERSONAL_FIELDS}


class PartnerSave:
    """One save of the partner form. `record_id` None adds a partner; `personal` None leaves
    the personal details alone (an organization has none)."""

    def __init__(self, desk: Desk, record_id: str | None, changes: Mapping[str, Any],
                 personal: Mapping[str, str] | None) -> None:
        self.desk = desk
        self.record_id = record_id or ""
        self.created = record_id is None
        self.changes = dict(changes)
        self.personal = dict(personal) if personal is not None else None
        self.before: dict[str, Any] = {}
        self.personal_before: dict[str, str] = {}

    def do(self) -> Record:
        """Save; raises a ValidationError (and writes nothing) if the form's values are
        refused."""
        partners, personal = self.desk.partners, self.desk.partner_personal
        with self.desk.db.atomic():
            if self.created:
                record = partners.create(self.changes)
                self.record_id = record["id"]
            else:
                current = partners.get(self.record_id)
                self.before = {key: current.get(key) for key in self.changes}
                record = (partners.update(self.record_id, self.changes) if self.changes
                          else current)
            if self.personal is not None:
                self.personal_before = personal_values(personal.for_partner(self.record_id))
                personal.save_for_partner(self.record_id, self.personal)
        return record

    def undo(self) -> None:
        """Put the partner and its personal details back as they were (an added partner is
        deleted, to the recently deleted records)."""
        partners = self.desk.partners
        with self.desk.db.atomic():
            if self.personal is not None:
                self.desk.partner_personal.save_for_partner(self.record_id,
                                                            self.personal_before)
            if self.created:
                partners.delete(self.record_id)
            elif self.before:
                partners.update(self.record_id, self.before)

    def redo(self) -> None:
        """Save again what undo() took back."""
        partners = self.desk.partners
        with self.desk.db.atomic():
            if self.created:
                partners.restore(self.record_id)
            elif self.changes:
                partners.update(self.record_id, self.changes)
            if self.personal is not None:
                self.desk.partner_personal.save_for_partner(self.record_id, self.personal)
