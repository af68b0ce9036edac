"""Partners, matched by name and kind; a resident's personal details go to their own table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ompm_desktop.i18n import N_, _
from ompm_desktop.services.partners import PartnerService
from ompm_desktop.services.record_service import Record
from ompm_desktop.transfer.field_targets import plain_field_names, plain_field_targets
from ompm_desktop.transfer.kinds.base import (
    CREATE,
    UNCHANGED,
    UPDATE,
    ImportKind,
    NameLookup,
    PreparedRow,
)
from ompm_desktop.transfer.mapping import Target
from ompm_desktop.transfer.problems import RowProblem

FIELDS = plain_field_names(PartnerService.fields)
# Target -> field of the personal details record.
PERSONAL = {
    "home_phone": "home_phone",
    "personal_email": "personal_email",
    "home_address": "home_address",
    "personal_notes": "notes",
}


class PartnerImport(ImportKind):
    name = "partners"
    title = N_("Partners")
    noun = N_("partner")
    key_label = N_("name and kind")
    targets = (
        Target("id", N_("Id")),
        *plain_field_targets(PartnerService.fields),
        Target("neighbourhoods", N_("Neighbourhoods"), aliases=("neighbourhoods served",
                                                             "neighborhoods", "quartiers")),
        Target("home_phone", N_("Home phone"), aliases=("personal phone",)),
        Target("personal_email", N_("Personal email")),
        Target("home_address", N_("Home address")),
        Target("personal_notes", N_("Personal notes")),
    )
    field_targets = {"neighbourhood_ids": "neighbourhoods"}

    @property
    def service(self) -> PartnerService:
        return self.desk.partners

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        super().start(columns)
        self.neighbourhoods = NameLookup(self.desk.neighbourhoods.iter(include_deleted=True))

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        data = self.service_values(values, FIELDS)
        if "kind" in data:
            data["kind"] = self.service.fields["kind"].clean("kind", data["kind"])
        if "neighbourhoods" in values:
            data["neighbourhood_ids"] = self._neighbourhood_ids(values["neighbourhoods"])
        existing = self.existing_by_id(values)
        if existing is None and data.get("name") and data.get("kind"):
            existing = self.service.find_duplicate(
                "name = ? COLLATE NOCASE AND kind = ?", [data["name"].strip(), data["kind"]], None
            )
            existing = self.service.get(existing["id"]) if existing else None
        action, data, clean = self.checked(data, existing)
        if existing is None and values.get("id", "").strip():
            data["id"] = values["id"].strip()
        personal, personal_changed = self._personal(values, existing)
        partner_changed = action != UNCHANGED
        if action == UNCHANGED and personal_changed:
            action = UPDATE
        name = str(data.get("name") or (existing or {}).get("name", "")).strip()
        kind = data.get("kind") or (existing or {}).get("kind", "")
        return PreparedRow(
            row, action, f"{name} ({kind})", data,
            record_id=existing["id"] if existing else None,
            key=(" ".join(name.split()).casefold(), kind),
            extra={"personal": personal, "personal_changed": personal_changed,
                   "partner_changed": partner_changed},
            clean=clean,
        )

    def _neighbourhood_ids(self, text: str) -> list[str]:
        ids = []
        for name in self.split_list(text):
            found = self.neighbourhoods.find(name)
            if not found:
                raise RowProblem(
                    "neighbourhoods",
                    _("No neighbourhood is named '{name}'. Import or add it first, or correct "
                      "the name (separate names with ';').").format(name=name),
                )
            ids.append(found[0])
        return ids

    def _personal(
        self, values: dict[str, str], partner: Record | None
    ) -> tuple[dict[str, Any], bool]:
        given = {field: values[target] for target, field in PERSONAL.items() if target in values}
        if not given:
            return {}, False
        service = self.desk.partner_personal
        existing = None
        if partner is not None:
            found = service.list("partner_id = ?", [partner["id"]], limit=1)
            existing = found[0] if found else None
        cleaned = self.check_fields(service, given, existing)
        if existing is None:
            return cleaned, any(cleaned.values())
        return cleaned, any(existing.get(name) != value for name, value in cleaned.items())

    def write(self, rows: list[PreparedRow], current: Callable[[PreparedRow], None]) -> None:
        for prepared in rows:
            if prepared.action == UPDATE and prepared.extra["partner_changed"]:
                current(prepared)
                assert prepared.record_id is not None
                self.service.update(prepared.record_id, prepared.data)
        creating = [prepared for prepared in rows if prepared.action == CREATE]
        for prepared, new_id in zip(creating, self.create_new(creating, current), strict=True):
            prepared.record_id = new_id
        for prepared in rows:
            if prepared.extra["personal_changed"]:
                current(prepared)
                self._write_personal(prepared)

    def _write_personal(self, prepared: PreparedRow) -> None:
        service = self.desk.partner_personal
        found = service.list("partner_id = ?", [prepared.record_id], limit=1)
        if found:
            service.update(found[0]["id"], prepared.extra["personal"])
        else:
            service.create({**prepared.extra["personal"], "partner_id": prepared.record_id})
