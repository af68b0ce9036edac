"""Neighbourhoods, matched by name, with the beats they belong to (a new beat is added)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.neighbourhoods import BOUNDARY, NAME_ALIASES, NeighbourhoodService
from ompm_desktop.transfer.field_targets import plain_field_names, plain_field_targets
from ompm_desktop.transfer.kinds.base import ImportKind, NameLookup, PreparedRow
from ompm_desktop.transfer.mapping import Target
from ompm_desktop.transfer.problems import RowProblem

FIELDS = plain_field_names(NeighbourhoodService.fields, leaving=(BOUNDARY,))
__all__ = ["NAME_ALIASES", "BeatFinder", "NeighbourhoodImport"]


class BeatFinder:
    """Beats by name; a name not yet known becomes a new beat (through the beat service)."""

    def __init__(self, kind: ImportKind) -> None:
        self.kind = kind
        self.lookup = NameLookup(kind.desk.beats.iter(include_deleted=True))

    def beat_id(self, name: str, target: str = "beat") -> tuple[str | None, str | None]:
        """The beat's id, and a note when the beat is new."""
        name = " ".join(name.split())
        if not name:
            return None, None
        found = self.lookup.find(name)
        if found:
            return found[0], None
        try:
            beat = self.kind.desk.beats.create({"name": name})
        except ValidationError as exc:
            raise RowProblem(target, exc.message) from None
        self.lookup.add(name, beat["id"])
        return beat["id"], _("new beat: {name}").format(name=name)


class NeighbourhoodImport(ImportKind):
    name = "neighbourhoods"
    title = N_("Neighbourhoods")
    noun = N_("neighbourhood")
    key_label = N_("name")
    targets = (
        Target("id", N_("Id")),
        *plain_field_targets(NeighbourhoodService.fields, leaving=(BOUNDARY,), own={
            "beat_id": Target("beat", N_("Beat"), aliases=("beat name", "patrol zone",
                                                          "secteur", "zone"))}),
    )
    field_targets = {"beat_id": "beat"}

    @property
    def service(self) -> NeighbourhoodService:
        return self.desk.neighbourhoods

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        super().start(columns)
        self.beats = BeatFinder(self)

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        data = self.service_values(values, FIELDS)
        notes = []
        if "beat" in values:
            data["beat_id"], note = self.beats.beat_id(values["beat"])
            notes += [note] if note else []
        existing = self.existing_by_id(values)
        if existing is None:
            existing = self.service.find_by_name(data.get("name", ""))
        action, data = self.decide(data, existing)
        if existing is None and values.get("id", "").strip():
            data["id"] = values["id"].strip()
        name = " ".join(str(data.get("name") or (existing or {}).get("name", "")).split())
        return PreparedRow(
            row, action, name, data, record_id=existing["id"] if existing else None,
            key=(name.casefold(),), notes=notes,
        )
