"""Calls for service kept for counting: when, what type, which neighbourhood; no names, no
address. Written in bulk (an export of a year holds a hundred thousand); a call whose CAD or
RMS number is already here is not added again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlite_utils import Database


class Call(NamedTuple):
    occurred_at: str  # UTC ISO-8601
    call_type: str
    neighbourhood_id: str | None
    reference: str | None = None  # the CAD or RMS number, when the file gives one


def add_calls(db: Database, calls: Iterable[Call], imported_at: str) -> int:
    """Add the calls in one statement run many times; returns how many were added (a call
    whose reference is already kept is left out)."""
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT OR IGNORE INTO call_for_service (occurred_at, call_type, neighbourhood_id, "
        "reference, imported_at) VALUES (?, ?, ?, ?, ?)",
        ((c.occurred_at, c.call_type, c.neighbourhood_id, c.reference or None, imported_at)
         for c in calls))
    return int(db.conn.total_changes - before)


def call_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM call_for_service").fetchone()[0])


def known_references(db: Database, references: list[str]) -> set[str]:
    """Which of these CAD or RMS numbers are already kept."""
    found: set[str] = set()
    for start in range(0, len(references), 500):
        chunk = references[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(row[0] for row in db.execute(
            f"SELECT reference FROM call_for_service WHERE reference IN ({marks})", chunk))
    return found
