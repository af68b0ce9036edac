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
        # None: capacity not assessed (an imported batch of counts): not yet placed.
        "capacity": Field(N_("Capacity score"), "real", minimum=0, maximum=100),
        "computed_quadrant": choice(N_("Computed quadrant"), [q.value for q in Quadrant],
                                    required=False),
        "quadrant": choice(N_("Quadrant"), [q.value for q in Quadrant], required=False),
        "override_reason": text(N_("Reason for the override"), max_length=2000),
        "notes": text(N_("Notes"), max_length=10_000),
        # What the scores were worked out with (JSON): see scoring.recording.
        "score_references": Field(N_("Reference values"), "text", max_length=20_000),
        # Who took part besides the assessor.
        "residents_surveyed": Field(N_("Residents surveyed"), "int", minimum=0),
        "partners_consulted": Field(N_("Partners consulted"), "int", minimum=0),
        "partner_form": Field(N_("Form completed by a partner"), "bool"),
    }

    def _clean(self, data: Any, existing: Record | None) -> Any:
        for name in ("indicators", "score_references"):
            if isinstance(data.get(name), dict):
                data = {**data, name: json.dumps(data[name], ensure_ascii=False)}
        values, links = super()._clean(data, existing)
        if "capacity" in values and values["capacity"] is None:
            # Not yet placed: no quadrant without a capacity.
            values.update(quadrant=None, computed_quadrant=None, override_reason="")
        if values.get("score_references") == "":
            values["score_references"] = None
        return values, links

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        if "capacity" in values or existing is None:
            if self.merged(values, existing, "capacity") is None:
                return  # not yet placed: _clean leaves it without a quadrant
            for name in ("quadrant", "computed_quadrant"):
                if not self.merged(values, existing, name):
                    raise ValidationError(_("{field} is required.").format(
                        field=self.fields[name].label), name)
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
