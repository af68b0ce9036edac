"""The versions that lost a sync conflict: listed for review, and one made current again
through its record's own service (validated, audited, and synced like any edit)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ompm_desktop.errors import NotFoundError, ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.desk import Desk
from ompm_desktop.services.record_service import Record, RecordService

LABEL_FIELDS = ("name", "title", "summary", "text", "badge", "starts_at", "assessed_on")


@dataclass(frozen=True)
class LostVersion:
    id: str
    table: str
    noun: str
    row_id: str
    label: str
    loser: dict[str, Any]
    loser_updated_at: str
    loser_machine: str
    winner_updated_at: str
    winner_machine: str
    logged_at: str
    restored_at: str | None


def services_by_table(desk: Desk) -> dict[str, RecordService]:
    return {service.table: service for service in vars(desk).values()
            if isinstance(service, RecordService)}


def _label(loser: dict[str, Any]) -> str:
    for name in LABEL_FIELDS:
        if loser.get(name):
            text = str(loser[name])
            return text if len(text) <= 60 else text[:57] + "..."
    return str(loser.get("id", ""))[:8]


class ConflictLog:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.services = services_by_table(desk)

    def entries(self, *, include_restored: bool = True) -> list[LostVersion]:
        where = "deleted_at IS NULL" + ("" if include_restored else " AND restored_at IS NULL")
        rows = self.desk.db.execute(
            f"SELECT id, table_name, row_id, loser, loser_updated_at, loser_machine, "
            f"winner_updated_at, winner_machine, created_at, restored_at FROM conflict_log "
            f"WHERE {where} ORDER BY created_at DESC, id").fetchall()
        found = []
        for (entry_id, table, row_id, loser_text, loser_at, loser_machine, winner_at,
             winner_machine, logged_at, restored_at) in rows:
            loser = json.loads(loser_text)
            service = self.services.get(table)
            found.append(LostVersion(
                entry_id, table, service.noun if service else table, row_id, _label(loser),
                loser, loser_at, loser_machine, winner_at, winner_machine, logged_at,
                restored_at))
        return found

    def count_unrestored(self) -> int:
        return int(self.desk.db.execute(
            "SELECT count(*) FROM conflict_log WHERE deleted_at IS NULL "
            "AND restored_at IS NULL").fetchone()[0])

    def current(self, entry: LostVersion) -> Record | None:
        service = self.services.get(entry.table)
        if service is None:
            return None
        try:
            return service.get(entry.row_id, include_deleted=True)
        except NotFoundError:
            return None

    def differences(self, entry: LostVersion) -> list[tuple[str, str, Any, Any]]:
        """(field, its label, the lost value, the current value) for each field that
        differs."""
        service = self.services.get(entry.table)
        current = self.current(entry)
        if service is None or current is None:
            return []
        found = []
        for name, spec in service.fields.items():
            if name in entry.loser and entry.loser[name] != current.get(name):
                found.append((name, spec.label, entry.loser[name], current.get(name)))
        if bool(entry.loser.get("deleted_at")) != bool(current.get("deleted_at")):
            found.append(("deleted", N_("Deleted"),
                          _("yes") if entry.loser.get("deleted_at") else _("no"),
                          _("yes") if current.get("deleted_at") else _("no")))
        return found

    def restore(self, entry_id: str) -> Record:
        """Make the lost version current: its fields written through the record's service
        (deleted or restored as it was), and the entry marked restored."""
        entry = next((found for found in self.entries() if found.id == entry_id), None)
        if entry is None:
            raise NotFoundError(_("That conflict is no longer in the log."))
        service = self.services.get(entry.table)
        current = self.current(entry)
        if service is None or current is None:
            raise NotFoundError(_("The {noun} of that conflict no longer exists, so its lost "
                                  "version cannot be made current.").format(noun=_(entry.noun)))
        changes = {name: entry.loser[name] for name in service.fields
                   if name in entry.loser and entry.loser[name] != current.get(name)}
        was_deleted = bool(entry.loser.get("deleted_at"))
        with self.desk.db.atomic():
            if current.get("deleted_at") and not was_deleted:
                service.restore(entry.row_id)
            if changes:
                if current.get("deleted_at") and was_deleted:
                    raise ValidationError(_("This {noun} is deleted now; restore it from "
                                            "Edit > Recently deleted first.").format(
                                                noun=_(entry.noun)))
                service.update(entry.row_id, changes)
            if was_deleted and not current.get("deleted_at"):
                service.delete(entry.row_id)
            now = self.desk.context.now()
            self.desk.db.execute("UPDATE conflict_log SET restored_at = ?, updated_at = ? "
                                 "WHERE id = ?", [now, now, entry.id])
        return service.get(entry.row_id, include_deleted=True)
