"""What a sergeant should know while planning a shift: shown, never blocking.

- an officer on two overlapping shifts (or twice on this one);
- an inactive officer assigned (or an inactive supervisor);
- a beat with no one assigned;
- fewer officers than the platoon's minimum staffing (the setting minimum_staffing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import _, ngettext
from ompm_desktop.i18n.dates import day_and_time
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]


@dataclass(frozen=True)
class PlanWarning:
    kind: str  # overlap, twice, inactive, unassigned_beat, understaffed
    message: str
    officer_id: str | None = None
    beat_id: str | None = None
    assignment_id: str | None = None
    other_shift_id: str | None = None


def minimum_staffing(desk: Desk, platoon: str) -> int:
    """The platoon's minimum number of officers on a shift (0: no minimum)."""
    setting = desk.settings.get("minimum_staffing")
    if isinstance(setting, dict):
        value = setting.get(platoon, setting.get("default", 0))
    else:
        value = setting
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def _span(shift: Record) -> str:
    begins, ends = local(shift["starts_at"]), local(shift["ends_at"])
    when = f"{day_and_time(begins)}–{ends:%H:%M}"
    if shift["platoon"]:
        return _("platoon {platoon}'s shift of {when}").format(platoon=shift["platoon"],
                                                                when=when)
    return _("the shift of {when}").format(when=when)


def shift_warnings(desk: Desk, shift_id: str) -> list[PlanWarning]:
    """Every warning about a shift's plan, in the order a sergeant would fix them."""
    shift = desk.shifts.get(shift_id)
    assignments = desk.assignments.for_shift(shift_id)
    officers = {o["id"]: o for o in desk.officers.list(include_deleted=True)}
    found: list[PlanWarning] = []

    def name(officer_id: str) -> str:
        officer = officers.get(officer_id)
        return officer_label(officer) if officer else _("A deleted officer")

    # Each person on the shift: the officer of each assignment, and each partner officer.
    on_shift: dict[str, str] = {}  # officer id -> the first assignment naming them
    for assignment in assignments:
        for role in ("officer_id", "partner_officer_id"):
            person = assignment[role]
            if not person:
                continue
            if person in on_shift and on_shift[person] != assignment["id"]:
                found.append(PlanWarning(
                    "twice", _("{name} is assigned twice on this shift.").format(
                        name=name(person)), person,
                    assignment_id=assignment["id"]))
            on_shift.setdefault(person, assignment["id"])
    found += _overlaps(desk, shift, on_shift, name)
    for person, assignment_id in on_shift.items():
        officer = officers.get(person)
        if officer is not None and not officer["active"]:
            found.append(PlanWarning("inactive", _("{name} is inactive but assigned.").format(
                name=name(person)), person, assignment_id=assignment_id))
    supervisor = officers.get(shift["supervisor_id"] or "")
    if supervisor is not None and not supervisor["active"]:
        found.append(PlanWarning("inactive", _("The supervisor, {name}, is inactive.").format(
            name=name(supervisor["id"])), supervisor["id"]))
    staffed = {a["beat_id"] for a in assignments if a["beat_id"]}
    for beat in desk.beats.list():
        if beat["id"] not in staffed:
            found.append(PlanWarning("unassigned_beat", _("No one is assigned to {beat}.").format(
                beat=beat["name"]), beat_id=beat["id"]))
    minimum = minimum_staffing(desk, shift["platoon"])
    if len(on_shift) < minimum:
        count = ngettext("{n} officer on this shift", "{n} officers on this shift",
                         len(on_shift)).format(n=len(on_shift))
        if shift["platoon"]:
            text = _("{count}; platoon {platoon}'s minimum is {minimum}.").format(
                count=count, platoon=shift["platoon"], minimum=minimum)
        else:
            text = _("{count}; the minimum is {minimum}.").format(count=count, minimum=minimum)
        found.append(PlanWarning("understaffed", text))
    return found


def _overlaps(desk: Desk, shift: Record, on_shift: dict[str, str], name: Any
              ) -> list[PlanWarning]:
    if not on_shift:
        return []
    marks = ", ".join("?" for _ in on_shift)
    people = list(on_shift)
    rows = desk.db.query(
        "SELECT a.officer_id, a.partner_officer_id, s.id, s.starts_at, s.ends_at, s.platoon "
        "FROM assignment a JOIN shift s ON s.id = a.shift_id "
        "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND s.id != ? "
        "AND s.starts_at < ? AND s.ends_at > ? "
        f"AND (a.officer_id IN ({marks}) OR a.partner_officer_id IN ({marks})) "
        "ORDER BY s.starts_at",
        [shift["id"], shift["ends_at"], shift["starts_at"], *people, *people])
    found, seen = [], set()
    for row in rows:
        for person in (row["officer_id"], row["partner_officer_id"]):
            if person in on_shift and (person, row["id"]) not in seen:
                seen.add((person, row["id"]))
                found.append(PlanWarning(
                    "overlap", _("{name} is also on {shift}, which overlaps this one.").format(
                        name=name(person), shift=_span(row)), person,
                    assignment_id=on_shift[person], other_shift_id=row["id"]))
    return found
