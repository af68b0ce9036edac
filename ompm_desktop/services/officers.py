from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import PLATOONS, RANKS
from ompm_desktop.services.fields import Field, choice, flag, text
from ompm_desktop.services.record_service import Record, RecordService


def officer_label(officer: Record) -> str:
    """'Cst. J. Morin': how an officer is named on screen and on paper."""
    initial = f"{officer['first_name'][0]}. " if officer.get("first_name") else ""
    return f"{officer['rank']} {initial}{officer['last_name']}".strip()


class OfficerService(RecordService):
    table = "officer"
    noun = N_("officer")
    gone_message = N_("That officer no longer exists (it may have been deleted).")
    default_order = "last_name, first_name"
    fields = {
        "badge": text(N_("Badge number"), required=True, max_length=20, listed=True,
                      searched=True, aliases=("badge", "badge no", "badge #", "matricule")),
        "first_name": text(N_("First name"), max_length=80, searched=True,
                           aliases=("given name", "prenom", "first")),
        "last_name": text(N_("Last name"), required=True, max_length=80, listed=True,
                          searched=True, aliases=("surname", "family name", "nom", "last")),
        "rank": Field(N_("Rank"), "choice", required=True, choices=RANKS, default="Cst.",
                      listed=True, searched=True, aliases=("grade",)),
        "platoon": choice(N_("Platoon"), PLATOONS, required=False, listed=True,
                          aliases=("peloton",)),
        "active": flag(N_("Active"), default=1, listed=True, aliases=("actif",)),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        badge = self.merged(values, existing, "badge")
        holder = self.find_duplicate("badge = ?", [badge], existing)
        if holder:
            raise ValidationError(
                _("Badge {badge} already belongs to {officer}.").format(
                    badge=badge, officer=officer_label(holder)), "badge"
            )

    def find_by_badge(self, badge: str) -> Record | None:
        return self.find_duplicate("badge = ?", [badge.strip()], None)
