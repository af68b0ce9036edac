"""Is a database sound? SQLite's own checks plus the app's rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ompm_desktop.model.quadrants import Thresholds, place
from ompm_desktop.services.record_service import Context
from ompm_desktop.services.settings import SettingsService
from ompm_desktop.store.database import schema_version
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations


@dataclass(frozen=True)
class Problem:
    kind: str
    record_id: str
    message: str

    def __str__(self) -> str:
        where = f" ({self.record_id})" if self.record_id else ""
        return f"{self.kind}{where}: {self.message}"


# (what, SQL selecting the ids that break the rule, the rule in plain words)
RULES = (
    ("assessment", "SELECT id FROM assessment WHERE quadrant != computed_quadrant AND "
     "coalesce(override_reason, '') = ''", "placed in another quadrant without a reason"),
    ("shift", "SELECT id FROM shift WHERE ends_at <= starts_at", "ends before it starts"),
    ("contact", "SELECT id FROM contact WHERE follow_up_due IS NOT NULL AND follow_up = ''",
     "a follow-up due date without saying what the follow-up is"),
    ("officer", "SELECT badge FROM officer WHERE deleted_at IS NULL GROUP BY badge "
     "HAVING count(*) > 1", "badge number used by more than one active officer"),
    ("briefing item", "SELECT id FROM briefing_item WHERE (scope = 'beat' AND beat_id IS NULL) "
     "OR (scope = 'neighbourhood' AND neighbourhood_id IS NULL)", "scope without its place"),
    ("briefing item", "SELECT id FROM briefing_item WHERE expires_at IS NOT NULL "
     "AND expires_at <= starts_at", "expires before it starts"),
)


def check(db: Database) -> list[Problem]:
    problems = [Problem("database", "", row[0])
                for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    if problems:
        return problems  # a damaged file: the rest would only add noise
    for table, row_id, parent, _ in db.execute("PRAGMA foreign_key_check"):
        problems.append(Problem(table, str(row_id), f"points at a missing {parent}"))
    for fts in ("contact_fts", "partner_fts", "initiative_fts"):
        try:
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        except Exception as exc:  # any failure is a problem to report
            if "readonly" in str(exc).lower():
                continue  # SQLite runs the check as a write: a file read only cannot run it
            problems.append(Problem("search index", fts, f"out of step ({exc})"))
    found = schema_version(db)
    applied = len(migrations.applied(db))
    if found != SCHEMA_VERSION or applied != SCHEMA_VERSION:
        problems.append(Problem("schema", "", f"version {found} with {applied} migrations "
                                f"applied; this app expects {SCHEMA_VERSION}"))
    for kind, sql, words in RULES:
        problems += [Problem(kind, str(row[0]), words) for row in db.execute(sql)]
    settings = SettingsService(Context(db))
    thresholds = Thresholds(float(settings.get("threshold_capacity")),
                            float(settings.get("threshold_threat")))
    for row_id, capacity, threat, computed in db.execute(
        "SELECT id, capacity, threat, computed_quadrant FROM assessment "
        "WHERE deleted_at IS NULL AND capacity IS NOT NULL"
    ):
        if place(capacity, threat, thresholds).value != computed:
            problems.append(Problem("assessment", row_id,
                                    "its quadrant does not follow from its scores"))
    return problems
