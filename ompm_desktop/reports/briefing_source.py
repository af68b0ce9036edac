"""What a briefing sheet prints about one shift: the shift, its assignments, and the beats
on duty with their directed tasks and active briefing items (division-wide items apart)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import LOCAL_ZONE, iso, local
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Row = dict[str, Any]


@dataclass
class AssignmentLine:
    officer: str
    badge: str
    call_sign: str
    beat_id: str | None
    beat_or_unit: str
    partner: str
    special_duty: str


@dataclass
class BeatOnShift:
    beat: Row
    officers: list[str] = field(default_factory=list)  # "2A31 Cst. J. Morin"
    tasks: list[Row] = field(default_factory=list)  # each with "assigned_to"
    items: list[Row] = field(default_factory=list)  # active during the shift


@dataclass
class ShiftBriefing:
    shift: Row
    supervisor: str
    assignments: list[AssignmentLine]
    beats: list[BeatOnShift]
    division_items: list[Row]  # division-wide briefing items
    unplaced_tasks: list[Row]  # directed tasks with no beat


def _officers(desk: Desk, ids: set[str]) -> dict[str, Row]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {row["id"]: row for row in desk.db.query(
        f"SELECT * FROM officer WHERE id IN ({marks})", list(ids))}


def shift_briefing(desk: Desk, shift_id: str) -> ShiftBriefing:
    shift = desk.shifts.get(shift_id)
    assignments = desk.assignments.for_shift(shift_id)
    officers = _officers(desk, {a["officer_id"] for a in assignments}
                         | {a["partner_officer_id"] for a in assignments if a["partner_officer_id"]}
                         | ({shift["supervisor_id"]} if shift["supervisor_id"] else set()))
    beats = {row["id"]: row for row in desk.beats.list()}
    neighbourhood_beat = {row["id"]: row["beat_id"] for row in desk.db.query(
        "SELECT id, beat_id FROM neighbourhood WHERE deleted_at IS NULL")}

    def label(officer_id: str | None) -> str:
        return officer_label(officers[officer_id]) if officer_id in officers else ""

    lines = []
    on_shift: dict[str, BeatOnShift] = {}
    call_signs: dict[str, str] = {}
    for assignment in assignments:
        officer = officers.get(assignment["officer_id"], {})
        beat = beats.get(assignment["beat_id"] or "")
        place = ", ".join(part for part in (beat["name"] if beat else "", assignment["unit"],
                                            assignment["vehicle"]) if part)
        lines.append(AssignmentLine(
            officer=label(assignment["officer_id"]), badge=officer.get("badge", ""),
            call_sign=assignment["call_sign"], beat_id=assignment["beat_id"],
            beat_or_unit=place, partner=label(assignment["partner_officer_id"]),
            special_duty=assignment["special_duty"]))
        call_signs[assignment["id"]] = " ".join(
            part for part in (assignment["call_sign"], label(assignment["officer_id"])) if part)
        if beat:
            on_shift.setdefault(beat["id"], BeatOnShift(beat)).officers.append(
                call_signs[assignment["id"]])
    unplaced = []
    for task in desk.directed_tasks.for_shift(shift_id):
        task["assigned_to"] = call_signs.get(task["assignment_id"] or "", "")
        beat_id = task["beat_id"] or neighbourhood_beat.get(task["neighbourhood_id"] or "") or ""
        if beat_id in beats:
            on_shift.setdefault(beat_id, BeatOnShift(beats[beat_id])).tasks.append(task)
        else:
            unplaced.append(task)
    division_items = []
    for item in active_items(desk, shift):
        beat_id = item["beat_id"] if item["scope"] == "beat" else (
            neighbourhood_beat.get(item["neighbourhood_id"] or "")
            if item["scope"] == "neighbourhood" else None)
        if item["scope"] == "division" or beat_id not in beats:
            division_items.append(item)
        elif beat_id in on_shift:
            on_shift[beat_id].items.append(item)
    ordered = sorted(on_shift.values(), key=lambda b: b.beat["name"].casefold())
    return ShiftBriefing(shift, label(shift["supervisor_id"]), lines, ordered, division_items,
                         unplaced)


def active_items(desk: Desk, shift: Row) -> list[Row]:
    """Briefing items in force at any time during the shift, soonest to expire first."""
    return desk.briefing_items.list(
        "starts_at < ? AND (expires_at IS NULL OR expires_at > ?)",
        [shift["ends_at"], shift["starts_at"]],
        order_by="kind = 'hazard' DESC, kind = 'bolo' DESC, expires_at IS NULL, expires_at",
    )


def shifts_starting_on(desk: Desk, day: date, platoon: str | None = None) -> list[Row]:
    """Shifts starting on a local date (and of a platoon), in order."""
    start = datetime.combine(day, time(0), tzinfo=LOCAL_ZONE)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=LOCAL_ZONE)
    where, params = "starts_at >= ? AND starts_at < ?", [iso(start), iso(end)]
    if platoon:
        where += " AND platoon = ? COLLATE NOCASE"
        params.append(platoon.strip())
    return desk.shifts.list(where, params, order_by="starts_at")


def shift_kind(shift: Row) -> str:
    """'day', 'evening' or 'night', from the local hour it starts."""
    hour = local(shift["starts_at"]).hour
    if 5 <= hour < 13:
        return "day"
    if 13 <= hour < 19:  # a 17:00 start is an evening (power) shift
        return "evening"
    return "night"


SHIFT_NAMES = {"day": N_("Day"), "evening": N_("Evening"), "night": N_("Night")}


def shift_name(shift: Row) -> str:
    """Day, Evening or Night, from the local hour it starts."""
    return _(SHIFT_NAMES[shift_kind(shift)])
