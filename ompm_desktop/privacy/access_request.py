"""An access request under MFIPPA in one step: every record that names a person.

A person may be named as a partner (a resident, or an organization's contact person), in a
contact's summary or follow-up, in an initiative, a briefing item, a directed task or an
assessment's notes, as an officer, and in the audit log's copies of any of these. The search
folds case and accents ('Melanie' finds 'Mélanie') and matches the name as typed, as a
phrase; records linked to a partner found by name are listed too, as linked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.text_fold import fold

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# Where a person can be named: (kind of record, table, date column, text columns).
NAMED_IN: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (N_("Partner"), "partner", "created_at",
     ("name", "contact_name", "address", "notes")),
    (N_("Partner's personal details"), "partner_personal", "created_at",
     ("home_phone", "personal_email", "home_address", "notes")),
    (N_("Officer"), "officer", "created_at", ("first_name", "last_name")),
    (N_("Contact"), "contact", "occurred_at",
     ("summary", "follow_up", "situation_table_agency")),
    (N_("Initiative"), "initiative", "created_at",
     ("title", "problem_statement", "analysis_offender", "analysis_victim", "analysis_place",
      "analysis_controllers", "response_plan", "objectives", "measures_before",
      "measures_after", "outcome", "assessment_notes", "next_step")),
    (N_("Briefing item"), "briefing_item", "starts_at", ("title", "text")),
    (N_("Directed task"), "directed_task", "created_at", ("text",)),
    (N_("Assessment"), "assessment", "assessed_on", ("assessor", "notes")),
)

# Records that name a partner by linking to it.
LINKED_TO_PARTNER: tuple[tuple[str, str, str, str], ...] = (
    (N_("Contact"), "contact", "contact_partner", "contact_id"),
    (N_("Initiative"), "initiative", "initiative_partner", "initiative_id"),
)

SHORTEST_NAME = 3


@dataclass(frozen=True)
class Finding:
    """One place a record names the person."""

    kind: str  # the kind of record, in English (N_), to be translated where shown
    table: str
    record_id: str
    when: str  # the record's own date (ISO), or the audit entry's
    field: str  # the column that names them, "linked" or the audit's action
    text: str  # the text that names them, whole
    deleted: bool = False


def _marks(values: list[str]) -> str:
    return ", ".join("?" * len(values))


def _pattern(name: str) -> re.Pattern[str]:
    words = fold(name).split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)")


def checked_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if len(cleaned.replace(" ", "")) < SHORTEST_NAME:
        raise ValidationError(_("Type the person's name as it would be written (at least "
                                "{count} letters), e.g. 'Daniel Singh'.").format(
                                    count=SHORTEST_NAME), "name")
    return cleaned


def _named(desk: Desk, pattern: re.Pattern[str]) -> Iterator[Finding]:
    for kind, table, when_column, columns in NAMED_IN:
        selected = ", ".join(["id", when_column, "deleted_at", *columns])
        for row in desk.db.query(f"SELECT {selected} FROM {table}"):
            for column in columns:
                value = row[column]
                if value and pattern.search(fold(value)):
                    yield Finding(kind, table, row["id"], str(row[when_column] or ""), column,
                                  str(value), deleted=row["deleted_at"] is not None)


def _linked(desk: Desk, partner_ids: list[str]) -> Iterator[Finding]:
    if not partner_ids:
        return
    marks = _marks(partner_ids)
    for kind, table, link, key in LINKED_TO_PARTNER:
        text_column = "summary" if table == "contact" else "title"
        when_column = "occurred_at" if table == "contact" else "created_at"
        rows = desk.db.query(
            f"SELECT DISTINCT r.id, r.{when_column} AS at, r.{text_column} AS text, "
            f"r.deleted_at FROM {table} r JOIN {link} l ON l.{key} = r.id "
            f"WHERE l.partner_id IN ({marks})", partner_ids)
        for row in rows:
            yield Finding(kind, table, row["id"], str(row["at"] or ""), "linked",
                          str(row["text"] or ""), deleted=row["deleted_at"] is not None)


def _audited(desk: Desk, pattern: re.Pattern[str], ids: set[str]) -> Iterator[Finding]:
    for row in desk.db.query("SELECT id, at, actor, action, table_name, row_id, before, after "
                             "FROM audit_log ORDER BY id"):
        copies = [json.loads(side) for side in (row["before"], row["after"]) if side]
        words = " ".join(str(value) for copy in copies if isinstance(copy, dict)
                         for value in copy.values() if isinstance(value, str))
        if row["row_id"] in ids or pattern.search(fold(words)):
            yield Finding(N_("Audit entry"), "audit_log", str(row["id"]), str(row["at"]),
                          str(row["action"]), f"{row['table_name']} {row['row_id'] or ''}: "
                          + words[:500].strip())


def find_person(desk: Desk, name: str) -> list[Finding]:
    """Every place the division names the person, records first, then the audit log."""
    pattern = _pattern(checked_name(name))
    found = list(_named(desk, pattern))
    partners = sorted({f.record_id for f in found if f.table == "partner"})
    personal = [row["id"] for row in desk.db.query(
        f"SELECT id FROM partner_personal WHERE partner_id IN ({_marks(partners)})",
        partners)] if partners else []
    seen = {(f.table, f.record_id) for f in found}
    for finding in _linked(desk, partners):
        if (finding.table, finding.record_id) not in seen:
            seen.add((finding.table, finding.record_id))
            found.append(finding)
    for record_id in personal:
        if ("partner_personal", record_id) not in seen:
            seen.add(("partner_personal", record_id))
            found.append(Finding(N_("Partner's personal details"), "partner_personal",
                                 record_id, "", "linked", ""))
    ids = {record_id for _table, record_id in seen}
    found.extend(_audited(desk, pattern, ids))
    return found


def counts_by_kind(found: list[Finding]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for finding in found:
        counted[finding.kind] = counted.get(finding.kind, 0) + 1
    return counted


def as_row(finding: Finding) -> dict[str, Any]:
    return {"kind": _(finding.kind), "record": finding.record_id, "date": finding.when,
            "field": finding.field, "deleted": _("yes") if finding.deleted else "",
            "text": finding.text}
