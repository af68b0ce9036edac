from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.fields import text
from ompm_desktop.services.record_service import Record, RecordService


class BeatService(RecordService):
    table = "beat"
    noun = N_("beat")
    gone_message = N_("That beat no longer exists (it may have been deleted).")
    default_order = "name COLLATE numbers"
    fields = {
        "name": text(N_("Name"), required=True, max_length=120),
        "code": text(N_("Code"), max_length=20),
        "description": text(N_("Description")),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        name = self.merged(values, existing, "name")
        if self.find_duplicate("name = ? COLLATE NOCASE", [name], existing):
            raise ValidationError(_("There is already a beat named {name}.").format(name=name),
                                  "name")
