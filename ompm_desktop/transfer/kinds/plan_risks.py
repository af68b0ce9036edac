"""The priority risks of the municipality's CSWB plan, matched by name: the plan as the
municipality publishes it (risk, area, outcomes), typed into a spreadsheet once."""

from __future__ import annotations

from ompm_desktop.i18n import N_
from ompm_desktop.services.cswb_risks import CswbRiskService
from ompm_desktop.transfer.field_targets import plain_field_names, plain_field_targets
from ompm_desktop.transfer.kinds.base import ImportKind, PreparedRow
from ompm_desktop.transfer.mapping import Target

FIELDS = plain_field_names(CswbRiskService.fields)


class PlanRiskImport(ImportKind):
    name = "plan-risks"
    title = N_("CSWB plan risks")
    noun = N_("plan risk")
    key_label = N_("name")
    targets = (Target("id", N_("Id")), *plain_field_targets(CswbRiskService.fields))

    @property
    def service(self) -> CswbRiskService:
        return self.desk.cswb_risks

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        data = self.service_values(values, FIELDS)
        existing = self.existing_by_id(values)
        name = " ".join(str(data.get("name") or "").split())
        if existing is None and name:
            found = self.service.find_duplicate("name = ? COLLATE NOCASE", [name], None)
            existing = self.service.get(found["id"]) if found else None
        action, data = self.decide(data, existing)
        if existing is None and values.get("id", "").strip():
            data["id"] = values["id"].strip()
        label = name or str((existing or {}).get("name", ""))
        return PreparedRow(row, action, label, data,
                           record_id=existing["id"] if existing else None,
                           key=(label.casefold(),))
