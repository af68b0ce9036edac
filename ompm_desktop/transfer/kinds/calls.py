"""Calls for service or occurrences as a CAD or RMS exports them: when, what type, where,
and the call's number. Nothing else is read (no names): the other columns of the file are left
where they are. Where is a neighbourhood's name, or else an x/y or an address, which only
place the call in the neighbourhood that holds it (cswb.placing) and are not kept.

A year's export holds a hundred thousand rows, so a row is checked here, not by a service
call, and the rows are written in bulk; a call whose number is already kept is counted as
already there (so the same export brought in twice adds nothing)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import cached_property

from ompm_desktop.clock import iso, parse_iso
from ompm_desktop.cswb.calls import Call, add_calls
from ompm_desktop.cswb.placing import CallPlacer, PlacedBy
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.fields import Field, ref, text
from ompm_desktop.services.record_service import RecordService
from ompm_desktop.transfer.dates import DateColumn
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

TYPE_LENGTH = 100
REFERENCE_LENGTH = 60


class CallService(RecordService):
    """Where calls are written (the import's audit entry names its table); the calls are no
    records of the division's, so they are added in bulk (cswb.calls), never one by one."""

    table = "call_for_service"
    noun = N_("call for service")
    fields = {
        "occurred_at": Field(N_("When"), "datetime", required=True),
        "call_type": text(N_("Call type"), required=True, max_length=TYPE_LENGTH),
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood"),
        "reference": text(N_("Call number"), max_length=REFERENCE_LENGTH),
    }


class CallImport(ImportKind):
    name = "calls"
    title = N_("Calls for service")
    noun = N_("call for service")
    key_label = N_("call number")
    targets = (
        Target("occurred_at", N_("When"), True, (
            "date", "date and time", "datetime", "occurred", "occurred at", "reported",
            "reported at", "call date", "call time", "received", "date/time", "quand",
            "event time", "event date", "incident date", "occurrence date", "call received",
            "received at", "time received", "date received", "date reported", "start time",
            "date et heure"),
            "datetime"),
        Target("call_type", N_("Call type"), True, (
            "type", "call type", "event type", "incident type", "nature", "final type",
            "occurrence type", "type d'appel")),
        Target("neighbourhood", N_("Neighbourhood"), aliases=(
            "neighborhood", "neighbourhood name", "quartier", "community", "zone")),
        Target("reference", N_("Call number"), aliases=(
            "call number", "event number", "incident number", "occurrence number",
            "cad number", "number", "no", "numéro")),
        Target("x", N_("X or longitude"), aliases=(
            "longitude", "lon", "long", "x coordinate", "x coord", "easting", "point x",
            "geo x", "map x")),
        Target("y", N_("Y or latitude"), aliases=(
            "latitude", "lat", "y coordinate", "y coord", "northing", "point y", "geo y",
            "map y")),
        Target("address", N_("Address"), aliases=(
            "address", "location", "civic address", "street address", "incident address",
            "call address", "adresse", "lieu")),
    )
    field_targets = {"neighbourhood_id": "neighbourhood"}

    @cached_property
    def service(self) -> CallService:
        return CallService(self.desk.context)

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        # The column's day/month order is learnt only if a date is not written ISO (a CAD
        # writes 2026-03-01 21:15): reading the whole column first costs a pass of the file.
        self.columns = columns
        self.neighbourhoods = NameLookup(self.desk.neighbourhoods.iter())
        self.places: dict[str, str | None] = {"": None}
        self.any_kept = self.desk.db.execute(
            "SELECT EXISTS (SELECT 1 FROM call_for_service WHERE reference IS NOT NULL)"
        ).fetchone()[0]
        self.seen: set[str] = set()  # a CAD writes a call once per unit sent: kept once
        self.placer = CallPlacer(self.desk.db)

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        when = self._when(values.get("occurred_at", ""))
        call_type = " ".join(values.get("call_type", "").split())
        if not call_type:
            raise RowProblem("call_type", _("The call type is empty."))
        if len(call_type) > TYPE_LENGTH:
            raise RowProblem("call_type", _("The call type is longer than {most} "
                                            "characters.").format(most=TYPE_LENGTH))
        reference = values.get("reference", "").strip()
        if len(reference) > REFERENCE_LENGTH:
            raise RowProblem("reference", _("The call number is longer than {most} "
                                            "characters.").format(most=REFERENCE_LENGTH))
        hood, placed_by = self._where(values)
        call = Call(when, call_type, hood, reference or None)
        action = CREATE
        if reference:
            if reference in self.seen:
                action = UNCHANGED
            elif self.any_kept:
                action = self._again(reference, hood)
            self.seen.add(reference)
        if action != UNCHANGED:
            self.placer.count(placed_by)
        return PreparedRow(row, action, f"{call_type} {values.get('occurred_at', '').strip()}",
                           {"call": call}, notes=self._not_placed(values, placed_by))

    def _not_placed(self, values: dict[str, str], placed_by: PlacedBy) -> list[str]:
        """Why a call given by x/y or by address has no neighbourhood (when there is
        something to place it with: otherwise the summary says what to import)."""
        if placed_by is not PlacedBy.NONE:
            return []
        if values.get("x", "").strip() and self.placer.boundaries.extent is not None:
            return [_("not placed: its x/y is inside no neighbourhood's boundary")]
        if values.get("address", "").strip() and self.placer.addresses:
            return [_("not placed: its address is not among the address points")]
        return []

    def _when(self, cell: str) -> str:
        if not cell.strip():
            raise RowProblem("occurred_at", _("When the call came is empty."))
        try:
            moment = datetime.fromisoformat(cell.strip())
        except ValueError:
            pass
        else:
            if len(cell.strip()) > 10:  # a date alone is read as the column's others are
                return iso(moment)
        if "occurred_at" not in self._dates:
            self._dates["occurred_at"] = DateColumn(self.columns["occurred_at"])
        try:
            return iso(parse_iso(self.date_value("occurred_at", cell)))
        except ValueError:
            raise RowProblem("occurred_at", _("'{text}' is not a date and time.").format(
                text=cell.strip())) from None

    def _where(self, values: dict[str, str]) -> tuple[str | None, PlacedBy]:
        """The call's neighbourhood, and how it was found."""
        name = " ".join(values.get("neighbourhood", "").split())
        if name:
            return self._place(name), PlacedBy.NAME
        x, y = values.get("x", "").strip(), values.get("y", "").strip()
        if x or y:
            hood = self.placer.at_point(self._coordinate("x", x), self._coordinate("y", y))
            return hood, PlacedBy.POINT if hood else PlacedBy.NONE
        address = values.get("address", "").strip()
        if address:
            hood = self.placer.at_address(address)
            return hood, PlacedBy.ADDRESS if hood else PlacedBy.NONE
        return None, PlacedBy.NONE

    @staticmethod
    def _coordinate(target: str, cell: str) -> float:
        if not cell:
            raise RowProblem(target, _("Only one of x and y is given: give both, or neither."))
        try:
            return coordinate(cell)
        except ValueError:
            raise RowProblem(target, _("'{text}' is not a coordinate (a number such as "
                                       "-75.6972 or 367512.4).").format(text=cell)) from None

    def _place(self, name: str) -> str | None:
        if name in self.places:
            return self.places[name]
        found = self.neighbourhoods.find(name)
        if not found:
            raise RowProblem("neighbourhood", _(
                "No neighbourhood is named '{name}'. Add it first, correct the name, or leave "
                "the cell empty (the call is then counted for the division only).").format(
                    name=name))
        self.places[name] = found[0]
        return found[0]

    def _again(self, reference: str, hood: str | None) -> str:
        """A call already kept is left as it is, unless it was not placed and now is (the
        boundaries or address points came after it): then it is given its neighbourhood."""
        kept = self.desk.db.execute(
            "SELECT neighbourhood_id FROM call_for_service WHERE reference = ?",
            [reference]).fetchone()
        if kept is None:
            return CREATE
        return UPDATE if kept[0] is None and hood is not None else UNCHANGED

    def finish(self, rows: list[PreparedRow]) -> list[tuple[int | None, str, str]]:
        problem = self.placer.problem()
        self.placer.close()
        return [(None, "", problem)] if problem else []

    def summary_notes(self) -> list[str]:
        return [self.placer.summary(), *self.placer.missing()]

    def write(self, rows: list[PreparedRow], current: Callable[[PreparedRow], None]) -> None:
        add_calls(self.desk.db, (r.data["call"] for r in rows if r.action == CREATE),
                  self.desk.context.now())
        self.desk.db.conn.executemany(
            "UPDATE call_for_service SET neighbourhood_id = ? WHERE reference = ? AND "
            "neighbourhood_id IS NULL",
            ((r.data["call"].neighbourhood_id, r.data["call"].reference)
             for r in rows if r.action == UPDATE))


def coordinate(cell: str) -> float:
    """A coordinate as a spreadsheet writes it: -75.6972, 367,512.4 or 45,4215 (a decimal
    comma, as French Windows writes it)."""
    text = cell.replace("\u00a0", "").replace(" ", "")
    whole, comma, rest = text.rpartition(",")
    if comma and "." not in text and whole.count(",") == 0 and len(rest) != 3:
        text = f"{whole}.{rest}"
    value = float(text.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(cell)
    return value
