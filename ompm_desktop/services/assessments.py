from __future__ import annotations

import json
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Record, RecordService


class AssessmentService(RecordService):
    """Where a neighbourhood stands on the model, on a date. The newest is its current place."""

    table = "assessment"
    noun = N_("assessment")
    gone_message = N_("That assessment no longer exists (it may have been deleted).")
    default_order = "assessed_on DESC, created_at DESC"
    fields = {
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood", required=True),
        "assessed_on": Field(N_("Date"), "date", required=True),
        "assessor": text(N_("Assessor"), required=True, max_length=120),
        "indicators": Field(N_("Indicators"), "text", max_length=100_000, default="{}"),
        "threat": Field(N_("Threat score"), "real", required=True, minimum=0, maximum=100),
        "capacity": Field(N_("Capacity score"), "real", required=True, minimum=0, maximum=100),
        "computed_quadrant": choice(N_("Computed quadrant"), [q.value for q in Quadrant]),
        "quadrant": choice(N_("Quadrant"), [q.value for q in Quadrant]),
        "override_reason": text(N_("Reason for the override"), max_length=2000),
        "notes": text(N_("Notes"), max_length=10_000),
    }

    def _clean(self, data: Any, existing: Record | None) -> Any:
        if isinstance(data.get("indicators"), dict):
            data = {**data, "indicators": json.dumps(data["indicators"], ensure_ascii=False)}
        return super()._clean(data, existing)

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        quadrant = self.merged(values, existing, "quadrant")
        computed = self.merged(values, existing, "computed_quadrant")
        if quadrant != computed and not self.merged(values, existing, "override_reason"):
            raise ValidationError(
                _("You placed this neighbourhood in another quadrant than its scores give: "
                  "say why in the reason for the override."),
                "override_reason",
            )

    def history(self, neighbourhood_id: str) -> list[Record]:
        """Oldest first: the neighbourhood's trajectory."""
        return self.list(
            "neighbourhood_id = ?", [neighbourhood_id], order_by="assessed_on, created_at"
        )

    def latest(self, neighbourhood_id: str) -> Record | None:
        rows = self.list("neighbourhood_id = ?", [neighbourhood_id], limit=1)
        return rows[0] if rows else None
