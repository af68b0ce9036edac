from __future__ import annotations

import json
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.fields import Field, ref, text
from ompm_desktop.services.record_service import Record, RecordService


class NeighbourhoodService(RecordService):
    table = "neighbourhood"
    noun = "neighbourhood"
    default_order = "name"
    fields = {
        "name": text("Name", required=True, max_length=160),
        "beat_id": ref("Beat", "beat"),
        "population": Field("Population", "int", minimum=0, maximum=10_000_000),
        "description": text("Description"),
        "boundary_geojson": Field("Boundary", "text", max_length=5_000_000),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        name = self.merged(values, existing, "name")
        if self.find_duplicate("name = ? COLLATE NOCASE", [name], existing):
            raise ValidationError(f"There is already a neighbourhood named {name}.", "name")
        boundary = values.get("boundary_geojson")
        if boundary:
            try:
                shape = json.loads(boundary)
            except ValueError:
                raise ValidationError(
                    "The boundary is not valid GeoJSON.", "boundary_geojson"
                ) from None
            if not isinstance(shape, dict) or "type" not in shape:
                raise ValidationError(
                    "The boundary must be a GeoJSON object.", "boundary_geojson"
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
