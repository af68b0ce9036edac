"""Creating a shift from local times, and starting it from the platoon's previous shift."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING, Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _, ngettext
from ompm_desktop.planning.shift_times import shift_bounds
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
# What an assignment carries over from one shift to the next.
COPIED_FIELDS = ("officer_id", "beat_id", "unit", "call_sign", "vehicle", "partner_officer_id",
                 "special_duty")


@dataclass
class CopyResult:
    """What copying the previous shift did."""

    source: Record | None  # the shift copied from (None: the platoon has no earlier shift)
    created: list[str] = field(default_factory=list)  # new assignment ids
    skipped: list[str] = field(default_factory=list)  # why each officer left out was left out

    def describe(self) -> str:
        if self.source is None:
            return _("This platoon has no earlier shift to copy.")
        text = ngettext("Copied {n} assignment.", "Copied {n} assignments.",
                        len(self.created)).format(n=len(self.created))
        return text + (" " + " ".join(self.skipped) if self.skipped else "")


def create_shift(desk: Desk, day: date, start: time, end: time, *, platoon: str = "",
                 supervisor_id: str | None = None, notes: str = "",
                 copy_previous: bool = False) -> tuple[Record, CopyResult | None]:
    """A new shift from a local date and local times (a night shift ends the next day);
    with copy_previous, the platoon's previous shift's assignments too, all in one
    transaction."""
    times = shift_bounds(day, start, end)
    with desk.db.atomic():
        shift = desk.shifts.create({"starts_at": times.starts_at, "ends_at": times.ends_at,
                                    "platoon": platoon, "supervisor_id": supervisor_id,
                                    "notes": notes})
        copied = copy_previous_shift(desk, shift["id"]) if copy_previous else None
        if copied and copied.source and not supervisor_id and copied.source["supervisor_id"]:
            supervisor = desk.officers.list("id = ? AND active", [copied.source["supervisor_id"]])
            if supervisor:
                shift = desk.shifts.update(shift["id"], {"supervisor_id": supervisor[0]["id"]})
    return shift, copied


def set_shift_times(desk: Desk, shift_id: str, day: date, start: time, end: time) -> Record:
    """Move a shift to another local date and times."""
    times = shift_bounds(day, start, end)
    return desk.shifts.update(shift_id, {"starts_at": times.starts_at, "ends_at": times.ends_at})


def previous_shift(desk: Desk, shift: Record) -> Record | None:
    """The same platoon's latest shift starting before this one."""
    if not shift.get("platoon"):
        return None
    rows = desk.shifts.list("platoon = ? AND starts_at < ? AND id != ?",
                            [shift["platoon"], shift["starts_at"], shift["id"]],
                            order_by="starts_at DESC", limit=1)
    return rows[0] if rows else None


def copy_previous_shift(desk: Desk, shift_id: str) -> CopyResult:
    """Copy the assignments of the platoon's previous shift into this one, as a starting
    point: officers already on this shift, and officers since made inactive, are left out
    (and said so). Directed tasks are not copied: they come from this shift's suggestions."""
    shift = desk.shifts.get(shift_id)
    if not shift["platoon"]:
        raise ValidationError(_("Choose the shift's platoon first: its previous shift is "
                                "copied."), "platoon")
    source = previous_shift(desk, shift)
    result = CopyResult(source)
    if source is None:
        return result
    present = {a["officer_id"] for a in desk.assignments.for_shift(shift_id)}
    officers = {o["id"]: o for o in desk.officers.list()}
    with desk.db.atomic():
        for assignment in desk.assignments.for_shift(source["id"]):
            officer = officers.get(assignment["officer_id"])
            if officer is None or assignment["officer_id"] in present:
                continue
            if not officer["active"]:
                result.skipped.append(_("{name} is inactive and was left out.").format(
                    name=officer_label(officer)))
                continue
            values = {name: assignment[name] for name in COPIED_FIELDS}
            partner = officers.get(values["partner_officer_id"] or "")
            if values["partner_officer_id"] and (partner is None or not partner["active"]):
                values["partner_officer_id"] = None
            values["shift_id"] = shift_id
            if values["beat_id"] and not desk.beats.count("id = ?", [values["beat_id"]]):
                values["beat_id"] = None
            result.created.append(desk.assignments.create(values)["id"])
            present.add(assignment["officer_id"])
    return result


def withdraw_planned_shift(desk: Desk, shift_id: str, assignment_ids: list[str]) -> None:
    """Take back a shift just planned and the assignments copied into it, together (to the
    recently deleted records, from where plan_shift_again brings them back)."""
    with desk.db.atomic():
        for assignment_id in assignment_ids:
            desk.assignments.delete(assignment_id)
        desk.shifts.delete(shift_id)


def plan_shift_again(desk: Desk, shift_id: str, assignment_ids: list[str]) -> None:
    """Bring back a shift taken back by withdraw_planned_shift, with its assignments."""
    with desk.db.atomic():
        desk.shifts.restore(shift_id)
        for assignment_id in assignment_ids:
            desk.assignments.restore(assignment_id)


def free_officers(desk: Desk, shift_id: str) -> list[Record]:
    """The officers not on this shift (neither assigned nor riding as someone's partner),
    to assign from: every officer not deleted, in the officers' own order."""
    on_shift: set[str] = set()
    for assignment in desk.assignments.for_shift(shift_id):
        on_shift.update(filter(None, (assignment["officer_id"],
                                      assignment["partner_officer_id"])))
    return [officer for officer in desk.officers.list() if officer["id"] not in on_shift]
