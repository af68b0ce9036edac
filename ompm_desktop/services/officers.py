from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.vocabulary import PLATOONS, RANKS
from ompm_desktop.services.fields import Field, choice, text
from ompm_desktop.services.record_service import Record, RecordService


def officer_label(officer: Record) -> str:
    """'Cst. J. Morin': how an officer is named on screen and on paper."""
    initial = f"{officer['first_name'][0]}. " if officer.get("first_name") else ""
    return f"{officer['rank']} {initial}{officer['last_name']}".strip()


class OfficerService(RecordService):
    table = "officer"
    noun = "officer"
    default_order = "last_name, first_name"
    fields = {
        "badge": text("Badge number", required=True, max_length=20),
        "first_name": text("First name", max_length=80),
        "last_name": text("Last name", required=True, max_length=80),
        "rank": Field("Rank", "choice", required=True, choices=RANKS, default="Cst."),
        "platoon": choice("Platoon", PLATOONS, required=False),
        "active": Field("Active", "bool", default=1),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        badge = self.merged(values, existing, "badge")
        holder = self.find_duplicate("badge = ?", [badge], existing)
        if holder:
            raise ValidationError(
                f"Badge {badge} already belongs to {officer_label(holder)}.", "badge"
            )

    def find_by_badge(self, badge: str) -> Record | None:
        return self.find_duplicate("badge = ?", [badge.strip()], None)
