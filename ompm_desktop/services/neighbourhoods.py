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
        "population": Field("Population", "int", minimum=0),
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
