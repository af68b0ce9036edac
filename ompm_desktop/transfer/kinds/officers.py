"""Officers, matched by badge number."""

from __future__ import annotations

from ompm_desktop.i18n import N_
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.transfer.field_targets import plain_field_names, plain_field_targets
from ompm_desktop.transfer.kinds.base import ImportKind, PreparedRow
from ompm_desktop.transfer.mapping import Target

FIELDS = plain_field_names(OfficerService.fields)


class OfficerImport(ImportKind):
    name = "officers"
    title = N_("Officers")
    noun = N_("officer")
    key_label = N_("badge number")
    targets = (
        Target("id", N_("Id")),
        *plain_field_targets(OfficerService.fields),
    )

    @property
    def service(self) -> OfficerService:
        return self.desk.officers

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        data = self.service_values(values, FIELDS)
        existing = self.existing_by_id(values)
        if existing is None:
            existing = self.service.find_by_badge(data.get("badge", ""))
        action, data = self.decide(data, existing)
        badge = str(data.get("badge") or (existing or {}).get("badge", "")).strip()
        if existing is None and values.get("id", "").strip():
            data["id"] = values["id"].strip()
        label = f"{badge} {data.get('last_name') or (existing or {}).get('last_name', '')}"
        return PreparedRow(
            row, action, label.strip(), data,
            record_id=existing["id"] if existing else None, key=(badge,),
        )
