"""Recently deleted records of every kind, newest first, to restore."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ompm_desktop.queries import LISTS, ListRequest
from ompm_desktop.queries.kinds import SERVICE_ATTRIBUTES, kind_label
from ompm_desktop.services import audit
from ompm_desktop.services.record_service import Record

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

DELETED_KINDS = ("contact", "partner", "initiative", "officer", "neighbourhood", "beat",
                 "briefing_item")


@dataclass(frozen=True)
class DeletedRecord:
    kind: str
    id: str
    deleted_at: str
    title: str
    subtitle: str

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


def recently_deleted(desk: Desk, limit: int = 200,
                     kinds: tuple[str, ...] = DELETED_KINDS) -> list[DeletedRecord]:
    found = []
    for kind in kinds:
        record_list = LISTS[kind]
        for row in record_list.page(desk.context, ListRequest(deleted=True), limit=limit):
            title, subtitle = record_list.describe(row)
            found.append(DeletedRecord(kind, row["id"], row["deleted_at"], title, subtitle))
    found.sort(key=lambda record: record.deleted_at, reverse=True)
    return found[:limit]


def deleted_by(desk: Desk, record: DeletedRecord) -> str:
    """Who deleted the record, as the audit log names them ("" if its last change was not
    the delete, as after a restore made elsewhere)."""
    entries = audit.entries(desk.db, table=record.kind, row_id=record.id, limit=1)
    return entries[0]["actor"] if entries and entries[0]["action"] == "delete" else ""


def restore(desk: Desk, kind: str, record_id: str) -> Record:
    """Bring a deleted record back (its service checks it still fits, e.g. a free badge)."""
    service = getattr(desk, SERVICE_ATTRIBUTES[kind])
    return service.restore(record_id)


def delete(desk: Desk, kind: str, record_id: str) -> Record:
    service = getattr(desk, SERVICE_ATTRIBUTES[kind])
    return service.delete(record_id)
