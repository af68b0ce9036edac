from __future__ import annotations

import json
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.fields import Field, ref, text
from ompm_desktop.services.record_service import Record, RecordService

# Other headings an import file may give a neighbourhood's name.
NAME_ALIASES = ("neighbourhood", "neighborhood", "neighbourhood name", "quartier", "community")
# Drawn on the map, never typed in a form nor carried in a CSV file.
BOUNDARY = "boundary_geojson"


class NeighbourhoodService(RecordService):
    table = "neighbourhood"
    noun = N_("neighbourhood")
    gone_message = N_("That neighbourhood no longer exists (it may have been deleted).")
    default_order = "name"
    fields = {
        "name": text(N_("Name"), required=True, max_length=160, listed=True, searched=True,
                     aliases=NAME_ALIASES),
        "beat_id": ref(N_("Beat"), "beat"),
        "population": Field(N_("Population"), "int", minimum=0, maximum=10_000_000,
                            listed=True, aliases=("residents", "pop")),
        "description": text(N_("Description"), searched=True, aliases=("notes",)),
        BOUNDARY: Field(N_("Boundary"), "text", max_length=5_000_000),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        name = self.merged(values, existing, "name")
        if self.find_duplicate("name = ? COLLATE NOCASE", [name], existing):
            raise ValidationError(
                _("There is already a neighbourhood named {name}.").format(name=name), "name")
        boundary = values.get("boundary_geojson")
        if boundary:
            try:
                shape = json.loads(boundary)
            except ValueError:
                raise ValidationError(
                    _("The boundary is not valid GeoJSON."), "boundary_geojson"
                ) from None
            if not isinstance(shape, dict) or "type" not in shape:
                raise ValidationError(
                    _("The boundary must be a GeoJSON object."), "boundary_geojson"
                )

    def find_by_name(self, name: str) -> Record | None:
        return self.find_duplicate("name = ? COLLATE NOCASE", [name.strip()], None)

    def not_assessed_since(self, cutoff: str) -> list[Record]:
        """Neighbourhoods whose newest assessment is older than a date (ISO), or that have
        none: never assessed first, then the oldest. Each row carries `last_assessed_on`."""
        rows = self.db.execute(
            "SELECT n.*, b.name AS beat_name, max(a.assessed_on) AS last_assessed_on "
            "FROM neighbourhood n LEFT JOIN beat b ON b.id = n.beat_id "
            "LEFT JOIN assessment a ON a.neighbourhood_id = n.id AND a.deleted_at IS NULL "
            "WHERE n.deleted_at IS NULL GROUP BY n.id "
            "HAVING last_assessed_on IS NULL OR last_assessed_on < ? "
            "ORDER BY last_assessed_on IS NOT NULL, last_assessed_on, n.name",
            [cutoff],
        )
        names = [description[0] for description in rows.description]
        return [dict(zip(names, row, strict=True)) for row in rows.fetchall()]
