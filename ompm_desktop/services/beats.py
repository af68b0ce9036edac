from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.fields import text
from ompm_desktop.services.record_service import Record, RecordService


class BeatService(RecordService):
    table = "beat"
    noun = "beat"
    default_order = "name"
    fields = {
        "name": text("Name", required=True, max_length=120),
        "code": text("Code", max_length=20),
        "description": text("Description"),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        name = self.merged(values, existing, "name")
        if self.find_duplicate("name = ? COLLATE NOCASE", [name], existing):
            raise ValidationError(f"There is already a beat named {name}.", "name")
