"""The audit log: who changed what, when, with the record before and after; and what left
the division (a print, an export, an access request), by whom, to which file.

Each entry names the person at the keyboard as they typed their name, and the operating
system's account the app ran under: a name typed at the first start proves little alone."""

from __future__ import annotations

import getpass
import json
import logging
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ompm_desktop.clock import iso
from ompm_desktop.errors import StoreError

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

log = logging.getLogger(__name__)


@cache
def os_account() -> str:
    """The operating system's account the app runs under ('' where it cannot be told)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


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
        "account": os_account(),
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


def record_disclosure(desk: Desk, action: str, what: str, file_name: str,
                      **details: Any) -> None:
    """Note that records left the division: action is 'print', 'export' or
    'access_request'; what is the kind of record they are, as the log names kinds
    ('shift' for a briefing, 'contact', 'person'...); file_name is where they went.
    A division opened read-only cannot keep the note: the print goes ahead, and the log
    file says why it was not noted."""
    if desk.read_only:
        log.warning("Not noted in the audit log (opened read-only): %s of %s to %s",
                    action, what, file_name)
        return
    try:
        with desk.db.atomic():
            record_change(desk.db, at=iso(desk.context.clock()), actor=desk.actor,
                          action=action, table=what, row_id=None, before=None,
                          after={"file": file_name, **details})
    except StoreError as error:  # a read-only file system, a full disk: keep the print
        log.warning("Not noted in the audit log (%s): %s of %s to %s", error.message, action,
                    what, file_name)
