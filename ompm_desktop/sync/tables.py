"""What a sync shares, and what each copy keeps to itself.

Shared (sent to the hub and received from it, row by row):
- every record table (UUID ids, created_at/updated_at/deleted_at: a soft delete is an update);
- the link tables between records (hard deletes and inserts, no updated_at);
- initiative_event (dated stage and lead moves, only ever inserted);
- conflict_log (the versions that lost a conflict, so every copy can review and restore them).

Kept to each copy:
- setting: who is at the keyboard, where the hub is and the lock delay belong to a laptop;
- audit_log: its ids are integers counted on each copy, so two laptops would clash; each
  copy keeps the history of the edits made on it (and notes each sync there);
- calendar_export: what this machine last exported to calendars;
- call_for_service and address_point: the calls imported on this copy, and the
  municipality's address points that placed them (a neighbourhood's boundary is its own
  field, and syncs with it);
- the full-text search tables: triggers keep them in step with their tables on every copy,
  including the rows a sync writes, so they are never sent;
- sync_state, sync_peer and sync_origin: the sync's own bookkeeping.
"""

from __future__ import annotations

from ompm_desktop.store.schema import LINK_TABLES, RECORD_TABLES

SHARED_TABLES: tuple[str, ...] = (
    *RECORD_TABLES, "initiative_event", "conflict_log", *LINK_TABLES)

# Settings a new laptop takes from the hub at its first sync (the division's, not a person's).
PER_MACHINE_SETTINGS = frozenset({"current_user", "current_badge", "lock_after_minutes",
                                  "sync_hub_path"})


def has_updated_at(table: str) -> bool:
    """Rows whose conflicts are settled by updated_at (last writer wins), the loser logged."""
    return table in RECORD_TABLES or table == "conflict_log"
