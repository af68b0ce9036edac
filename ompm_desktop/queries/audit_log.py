"""The audit log as a list: who changed what, when, and what the change was, field by field."""

from __future__ import annotations

import json
from typing import Any

from ompm_desktop.i18n import N_, _, ngettext
from ompm_desktop.queries import display
from ompm_desktop.queries.base import Column, Filter, RecordList, fixed_options, rows_options
from ompm_desktop.queries.kinds import KIND_NOUNS, field_label, is_choice, kind_label
from ompm_desktop.services.officers import officer_label
from ompm_desktop.services.record_service import Record

ACTIONS = {"create": N_("Created"), "update": N_("Changed"), "delete": N_("Deleted"),
           "restore": N_("Restored"), "print": N_("Printed"), "export": N_("Exported"),
           "access_request": N_("Access request"), "sync": N_("Synced")}
DISCLOSURES = ("print", "export", "access_request")
HIDDEN_FIELDS = {"id", "created_at", "updated_at", "deleted_at"}


def record_name(table: str, data: dict[str, Any] | None) -> str:
    """How a record is named in the log, from its stored values."""
    if not data:
        return ""
    if table == "officer" and data.get("last_name"):
        return f"{officer_label(data)} ({data.get('badge', '')})"
    if table == "contact":
        kind = display.translated(data.get("kind", ""))
        return f"{display.when(data.get('occurred_at'))} {kind}".strip()
    if table == "setting":
        return ""
    for key in ("name", "title", "assessed_on", "starts_at"):
        if data.get(key):
            return display.first_line(data[key], 80)
    return ""


def _shown(value: Any, choice: bool = False) -> str:
    """A value as the log shows it; a choice's (a contact's kind, a status) translated."""
    if choice and isinstance(value, str) and value:
        return display.first_line(_(value), 60)
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, list):
        if not value:
            return _("(none)")
        return ngettext("{count} linked", "{count} linked", len(value)).format(count=len(value))
    return display.first_line(value, 60)


def changes(table: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[
    tuple[str, str, str]
]:
    """(field label, before, after) for each field a change touched, in the record's order."""
    if before is None or after is None:
        return []
    found = []
    for key in after:
        if key in HIDDEN_FIELDS or before.get(key) == after.get(key):
            continue
        choice = is_choice(table, key)
        found.append((field_label(table, key), _shown(before.get(key), choice),
                      _shown(after.get(key), choice)))
    return found


def change_summary(table: str, action: str, before: dict[str, Any] | None,
                   after: dict[str, Any] | None) -> str:
    if action in DISCLOSURES and after and after.get("file"):
        return _("{action}: {file}").format(action=action_label(action), file=after["file"])
    if action != "update":
        return action_label(action)
    described = [_("{field}: {before} → {after}").format(field=label, before=old, after=new)
                 for label, old, new in changes(table, before, after)]
    return "; ".join(described) or _("No visible change")


def action_label(action: str) -> str:
    """'Created', 'Changed'... in the current language."""
    return _(ACTIONS[action]) if action in ACTIONS else action


def _finish(row: Record) -> Record:
    before = json.loads(row.pop("before_json")) if row.get("before_json") else None
    after = json.loads(row.pop("after_json")) if row.get("after_json") else None
    row["before"], row["after"] = before, after
    table = row["table_name"]
    row["record"] = record_name(table, after or before) or (row.get("row_id") or "")
    row["change"] = change_summary(table, row["action"], before, after)
    return row


AUDIT_LOG = RecordList(
    kind="audit_log",
    table="audit_log",
    title=N_("Audit log"),
    soft_delete=False,
    columns=(
        Column("at", N_("When"), "audit_log.at", display=display.when),
        Column("actor", N_("Who"), "audit_log.actor"),
        Column("account", N_("Account"), "audit_log.account"),
        Column("action", N_("Action"), "audit_log.action", display=action_label),
        Column("table_name", N_("Kind"), "audit_log.table_name", display=kind_label),
        Column("record", N_("Record"), "''", sortable=False),
        Column("change", N_("What changed"), "''", sortable=False),
    ),
    extra_sql={"row_id": "audit_log.row_id", "before_json": "audit_log.before",
               "after_json": "audit_log.after"},
    default_sort="at",
    default_descending=True,
    filters=(
        Filter("table_name", N_("Kind"), fixed_options(tuple(KIND_NOUNS), kind_label),
               clause="audit_log.table_name = :value"),
        Filter("action", N_("Action"), fixed_options(tuple(ACTIONS), action_label),
               clause="audit_log.action = :value"),
        Filter("actor", N_("Who"), rows_options(
            "SELECT DISTINCT actor, actor FROM audit_log ORDER BY actor"),
            clause="audit_log.actor = :value"),
        Filter("row_id", N_("Record"), lambda _context: [], clause="audit_log.row_id = :value"),
    ),
    search_sql=(
        "SELECT rowid FROM audit_log WHERE actor LIKE {like} OR after LIKE {like} "
        "OR before LIKE {like}",
    ),
    finish_row=_finish,
)
