"""Community contacts, matched by id, or without one by what makes a contact the same one:
when, officer, neighbourhood and summary (a contact has no name). So importing the same file
again creates nothing. The officer is named by badge, the neighbourhood and the partners by
name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from ompm_desktop.i18n import N_, _
from ompm_desktop.privacy.personal_details import personal_details
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.record_service import Record
from ompm_desktop.transfer.field_targets import plain_field_names, plain_field_targets
from ompm_desktop.transfer.kinds.base import ImportKind, NameLookup, PreparedRow
from ompm_desktop.transfer.mapping import Target
from ompm_desktop.transfer.problems import RowProblem

# Recorded in the form only: what the Situation Table decided, and whether the person was
# asked to identify themselves (a street check a file must not make without the form's note).
FORM_ONLY = ("situation_table_outcome", "identification_requested")
FIELDS = plain_field_names(ContactService.fields, leaving=FORM_ONLY)


def personal_notes(data: Mapping[str, Any]) -> list[str]:
    """A warning for each text that looks like it holds personal details (not a refusal:
    the row is imported, and the person importing decides)."""
    notes = []
    for name, label in (("summary", N_("Summary")), ("follow_up", N_("Follow-up"))):
        found = personal_details(str(data.get(name) or ""))
        if found:
            notes.append(_("warning: {field} looks like it holds personal details: "
                           "{found}").format(field=_(label), found="; ".join(
                               f"{_(detail.kind)} ({detail.text})" for detail in found[:3])))
    return notes


def partner_reference(partner: Record, shared_names: set[str]) -> str:
    """How a contact's partner is written in a file: its name, with its kind if the name is
    shared by partners of different kinds."""
    name = partner["name"]
    if name.strip().casefold() in shared_names:
        return f"{name} ({partner['kind']})"
    return name


class PartnerFinder:
    """Partners by name, or by 'Name (Kind)' when several partners share a name; an active
    partner before a deleted one of the same name."""

    def __init__(self, partners: list[Record]) -> None:
        self.by_name = NameLookup(partners)
        self.by_name_and_kind: dict[tuple[str, str], str] = {}
        self.active = {p["id"] for p in partners if not p.get("deleted_at")}
        for partner in sorted(partners, key=lambda p: not p.get("deleted_at")):
            key = (partner["name"].strip().casefold(), partner["kind"].casefold())
            self.by_name_and_kind[key] = partner["id"]  # the active one is written last

    def find(self, text: str) -> str:
        ids = self.by_name.find(text)
        active = [i for i in ids if i in self.active]
        if len(active) == 1 or len(ids) == 1:
            return active[0] if active else ids[0]
        if text.endswith(")") and "(" in text:
            name, _bracket, kind = text[:-1].rpartition("(")
            found = self.by_name_and_kind.get((name.strip().casefold(), kind.strip().casefold()))
            if found:
                return found
        if ids:
            raise RowProblem(
                "partners",
                _("{count} partners are named '{name}': add the kind in brackets, as in "
                  "'{name} (Agency)'.").format(count=len(ids), name=text),
            )
        raise RowProblem(
            "partners",
            _("No partner is named '{name}'. Import or add the partner first, or correct the "
              "name (separate names with ';').").format(name=text),
        )


class ContactImport(ImportKind):
    name = "contacts"
    title = N_("Contacts")
    noun = N_("contact")
    key_label = N_("id")
    targets = (
        Target("id", N_("Id")),
        *plain_field_targets(ContactService.fields, leaving=FORM_ONLY, own={
            "officer_id": Target("officer_badge", N_("Officer's badge"), aliases=(
                "officer", "badge", "officer badge", "badge number")),
            "neighbourhood_id": Target("neighbourhood", N_("Neighbourhood"),
                                       aliases=("neighborhood", "quartier")),
        }, after={"activity": (Target("partners", N_("Partners"), aliases=("partner", "with")),)}),
    )
    field_targets = {
        "officer_id": "officer_badge",
        "neighbourhood_id": "neighbourhood",
        "partner_ids": "partners",
    }

    @property
    def service(self) -> ContactService:
        return self.desk.contacts

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        super().start(columns)
        officers = sorted(self.desk.officers.iter(include_deleted=True),
                          key=lambda o: not o["deleted_at"])  # the active holder wins
        self.officers = {o["badge"].strip(): o["id"] for o in officers}
        self.neighbourhoods = NameLookup(self.desk.neighbourhoods.iter(include_deleted=True))
        self.partners = PartnerFinder(self.desk.partners.list(include_deleted=True))
        self.matched: Counter[tuple[Any, ...]] = Counter()  # natural key -> rows it matched
        # Contacts this import writes come after these, and are not matched by later rows.
        self.last_before = self.desk.db.execute(
            "SELECT COALESCE(MAX(rowid), 0) FROM contact").fetchone()[0]
        # Only a row at the time of a contact already there can match one: the others are
        # not looked up at all.
        self.times_there = {row[0] for row in self.desk.db.execute(
            "SELECT DISTINCT occurred_at FROM contact WHERE deleted_at IS NULL")}

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        data = self.service_values(values, FIELDS)
        if "officer_badge" in values:
            data["officer_id"] = self._officer(values["officer_badge"])
        if "neighbourhood" in values:
            data["neighbourhood_id"] = self._neighbourhood(values["neighbourhood"])
        if "partners" in values:
            data["partner_ids"] = [self.partners.find(n) for n in self.split_list(
                values["partners"])]
        record_id = values.get("id", "").strip()
        existing = self.existing_by_id(values) if record_id else self._same_contact(data)
        action, data, clean = self.checked(data, existing)
        if existing is None and record_id:
            data["id"] = record_id
        key = ("id", record_id) if record_id else ("row", tuple(sorted(values.items())))
        label = f"{values.get('occurred_at', '').strip()} {values.get('kind', '').strip()}"
        return PreparedRow(
            row, action, label.strip(), data,
            record_id=existing["id"] if existing else None, key=key,
            notes=personal_notes(data), clean=clean,
        )

    def _same_contact(self, data: dict[str, Any]) -> Record | None:
        """The live contact with the row's when, officer, neighbourhood and summary. Contacts
        already alike (from before there was this match) are matched one to a row, in the
        order they were added, so a file's alike rows neither merge nor double."""
        if not self.times_there:
            return None  # no contact there yet: nothing to match
        fields = self.service.fields
        key = (
            fields["occurred_at"].clean("occurred_at", data.get("occurred_at")),
            data.get("officer_id"), data.get("neighbourhood_id"),
            fields["summary"].clean("summary", data.get("summary")),
        )
        if key[0] not in self.times_there:
            return None
        ids = [row[0] for row in self.desk.db.execute(
            "SELECT id FROM contact WHERE occurred_at = ? AND officer_id IS ? "
            "AND neighbourhood_id IS ? AND COALESCE(summary, '') = ? AND deleted_at IS NULL "
            "AND rowid <= ? ORDER BY created_at, rowid", [*key, self.last_before])]
        if not ids:
            return None
        taken = self.matched[key]
        self.matched[key] += 1
        return self.service.get(ids[taken]) if taken < len(ids) else None

    def _officer(self, badge: str) -> str | None:
        badge = badge.strip()
        if not badge:
            return None
        if badge not in self.officers:
            raise RowProblem(
                "officer_badge", _("No officer has badge {badge}. Add or import the officer "
                                   "first, or correct the badge number.").format(badge=badge),
            )
        return self.officers[badge]

    def _neighbourhood(self, name: str) -> str | None:
        if not name.strip():
            return None
        found = self.neighbourhoods.find(" ".join(name.split()))
        if not found:
            raise RowProblem(
                "neighbourhood", _("No neighbourhood is named '{name}'. Import or add it "
                                   "first, or correct the name.").format(name=name.strip()),
            )
        return found[0]
