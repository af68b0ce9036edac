"""Settings of the service and of this database, kept in the database itself."""

from __future__ import annotations

import json
from typing import Any

from ompm_desktop import site_defaults
from ompm_desktop.i18n import check_language, system_language
from ompm_desktop.scoring.references import (
    DEFAULT_REFERENCES,
    REFERENCES_SETTING,
    validate_references,
)
from ompm_desktop.scoring.weights import DEFAULT_WEIGHTS, WEIGHTS_SETTING, validate_weights
from ompm_desktop.services.record_service import Context

DEFAULTS: dict[str, Any] = {
    "service_name": "Ontario Police Service",
    "division_name": "Division",
    "sensitivity_marking": "PROTECTED A",
    "threshold_capacity": 50.0,
    "threshold_threat": 50.0,
    # How much each indicator counts toward its score (relative within each axis).
    "score_weights": dict(DEFAULT_WEIGHTS),
    # What each counted indicator is scored against: a rate per 1,000 residents a year that
    # scores 50, and the population a neighbourhood is read as having when it is not known.
    REFERENCES_SETTING: DEFAULT_REFERENCES.as_dict(),
    "stale_assessment_days": 90,
    "bolo_default_days": 30,
    "lock_after_minutes": 10,
    "current_user": "",
    "current_badge": "",
    "backup_keep": 10,  # automatic backups kept (the newest)
    "retention_months": 24,  # how long residents' personal details are kept
    # Every how many days the app reviews retention by itself as it opens a division (0: only
    # by hand, File > Retention review); IT may preset it. When it last did, and until when
    # a sergeant postponed it (with a reason, audited), are kept per database.
    "retention_review_days": 30,
    "retention_reviewed_on": "",
    "retention_postponed_until": "",
    # Officers each platoon needs on a shift; the planner warns below it (never blocks).
    "minimum_staffing": {"A": 4, "B": 4, "C": 4, "D": 4},
    # "en" or "fr": the core's words (the model, the PDFs) and the window's; the system's.
    "language": system_language(),
}


class SettingsService:
    def __init__(self, context: Context) -> None:
        self.context = context

    def get(self, key: str) -> Any:
        row = self.context.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        if row is None:
            return self.defaults().get(key)
        return json.loads(row[0])

    @staticmethod
    def defaults() -> dict[str, Any]:
        """The built-in defaults, with the service's own where IT preset them for the machine
        (see ompm_desktop/site_defaults.py); a value saved in the database wins over both."""
        return {**DEFAULTS, **site_defaults.site_values(DEFAULTS)}

    def all(self) -> dict[str, Any]:
        values = self.defaults()
        for key, value in self.context.db.execute("SELECT key, value FROM setting"):
            values[key] = json.loads(value)
        return values

    def set(self, key: str, value: Any) -> None:
        from ompm_desktop.services import audit

        if key == WEIGHTS_SETTING:
            value = validate_weights(value)
        if key == REFERENCES_SETTING:
            value = validate_references(value).as_dict()
        if key == "language":
            value = check_language(value)
        with self.context.db.atomic():
            before = self.get(key)
            now = self.context.now()
            self.context.db.table("setting").upsert(
                {"key": key, "value": json.dumps(value, ensure_ascii=False), "updated_at": now},
                pk="key",
            )
            audit.record_change(
                self.context.db, at=now, actor=self.context.actor, action="update",
                table="setting", row_id=key, before={"value": before}, after={"value": value},
            )
