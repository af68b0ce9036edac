"""How many records of each kind a database holds."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ompm_desktop.store.database import schema_version
from ompm_desktop.store.schema import LINK_TABLES, RECORD_TABLES


def record_counts(db: Database) -> dict[str, Any]:
    counts: dict[str, Any] = {"schema_version": schema_version(db), "records": {}}
    for table in RECORD_TABLES:
        active, deleted = db.execute(
            f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM {table}"
        ).fetchone()
        counts["records"][table] = {"active": active, "deleted": deleted}
    for table in (*LINK_TABLES, "initiative_event", "audit_log"):
        counts["records"][table] = {"active": db.table(table).count, "deleted": 0}
    return counts
