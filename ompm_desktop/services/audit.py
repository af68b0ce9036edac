"""The audit log: who changed what, when, with the record before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def change_row(
    *,
    at: str,
    actor: str,
    action: str,
    table: str,
    row_id: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    """One entry of the log, as a row ready to insert (bulk writers insert many at once)."""
    return {
        "at": at,
        "actor": actor,
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "before": json.dumps(before, ensure_ascii=False) if before is not None else None,
        "after": json.dumps(after, ensure_ascii=False) if after is not None else None,
    }


def record_change(
    db: Database,
    *,
    at: str,
    actor: str,
    action: str,
    table: str,
    row_id: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    db.table("audit_log").insert(
        change_row(
            at=at, actor=actor, action=action, table=table, row_id=row_id,
            before=before, after=after,
        )
    )


def entries(
    db: Database,
    *,
    table: str | None = None,
    row_id: str | None = None,
    actor: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Newest first, optionally for one kind of record, one record, or one person."""
    clauses, params = [], []
    for column, value in (("table_name", table), ("row_id", row_id), ("actor", actor)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = " AND ".join(clauses) or None
    rows = db.table("audit_log").rows_where(
        where, params, order_by="id DESC", limit=limit
    )
    result = []
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
        result.append(row)
    return result
