"""The priority risks of the municipality's Community Safety and Well-Being plan."""

from __future__ import annotations

from typing import Any

from ompm_desktop.cswb.words import AREAS
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.fields import choice, text
from ompm_desktop.services.record_service import Link, Record, RecordService


class CswbRiskService(RecordService):
    table = "cswb_risk"
    noun = N_("plan risk")
    gone_message = N_("That risk of the plan no longer exists (it may have been deleted).")
    default_order = "name"
    fields = {
        "name": text(N_("Priority risk"), required=True, max_length=200, listed=True,
                     aliases=("risk", "risk factor", "priority", "name", "risque")),
        "area": choice(N_("CSWB area"), AREAS, listed=True, searched=True,
                       aliases=("area", "cswb area", "domain", "domaine", "plan area")),
        "outcomes": text(N_("Measurable outcomes"), max_length=5000, listed=True,
                         searched=True, aliases=("outcomes", "outcome", "measures",
                                                 "résultats")),
        "description": text(N_("Description"), max_length=10_000,
                            aliases=("notes", "strategy", "strategies")),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        name = self.merged(values, existing, "name")
        if self.find_duplicate("name = ? COLLATE NOCASE", [name], existing):
            raise ValidationError(_("The plan already has a risk named {name}.").format(
                name=name), "name")

    def tagged(self, risk_id: str) -> tuple[list[str], list[str]]:
        """The titles of the initiatives and the names of the partners working on a risk."""
        initiatives = [row[0] for row in self.db.execute(
            "SELECT i.title FROM initiative_risk l JOIN initiative i ON i.id = l.initiative_id "
            "WHERE l.cswb_risk_id = ? AND i.deleted_at IS NULL ORDER BY i.title", [risk_id])]
        partners = [row[0] for row in self.db.execute(
            "SELECT p.name FROM partner_risk l JOIN partner p ON p.id = l.partner_id "
            "WHERE l.cswb_risk_id = ? AND p.deleted_at IS NULL ORDER BY p.name", [risk_id])]
        return initiatives, partners


def risks_link(table: str, own_column: str) -> Link:
    """The link from a record (an initiative or a partner) to the plan's risks it works on."""
    return Link(table, own_column, "cswb_risk_id", "cswb_risk", N_("Plan risk"),
                N_("Plan risks"))
