"""The plan of a shift as plain data, for the briefing sheet and anything else that reads it.

`briefing_data(desk, shift_id)` returns a ShiftPlan: the shift (local times, true length,
supervisor, notes), every assignment, and for each beat with someone or something on it
its officers, neighbourhoods with their current quadrant, the directed tasks taken for this
shift and the briefing items in force during it; then division-wide items and tasks, and
the planning warnings. Everything is a dataclass of str, int, bool, date and datetime (local
America/Toronto, aware), and Quadrant: no database rows, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import local
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS
from ompm_desktop.planning.plan_warnings import PlanWarning, shift_warnings
from ompm_desktop.planning.shift_times import clock_change_note, shift_hours
from ompm_desktop.planning.standing import Standing, standings
from ompm_desktop.reports.briefing_source import active_items, shift_name
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]


@dataclass(frozen=True)
class ShiftInfo:
    id: str
    name: str  # Day, Evening or Night
    day: date  # the local date it starts
    starts: datetime
    ends: datetime
    hours: float  # the true length (13 on the night the clocks go back)
    clock_change: str  # '' or what the clocks do during the shift
    platoon: str
    supervisor: str  # 'Sgt. J. Tremblay', or ''
    notes: str


@dataclass(frozen=True)
class AssignmentInfo:
    id: str
    officer_id: str
    officer: str  # 'Cst. J. Morin'
    badge: str
    call_sign: str
    beat_id: str | None
    beat: str
    unit: str
    vehicle: str
    partner: str
    special_duty: str
    officer_active: bool


@dataclass(frozen=True)
class TaskInfo:
    id: str
    text: str
    source_kind: str  # manual, quadrant, initiative, follow_up or briefing_item
    assigned_to: str  # '2A31 Cst. J. Morin', or '' for the beat as a whole
    neighbourhood: str
    done: bool


@dataclass(frozen=True)
class ItemInfo:
    id: str
    kind: str  # bolo, hazard, directed_patrol, notice
    kind_label: str  # 'Be on the lookout'
    title: str
    text: str
    scope: str  # division, beat or neighbourhood
    neighbourhood: str
    starts: datetime
    expires: datetime | None


@dataclass
class BeatBriefing:
    beat_id: str
    name: str
    officers: list[AssignmentInfo] = field(default_factory=list)
    neighbourhoods: list[Standing] = field(default_factory=list)
    tasks: list[TaskInfo] = field(default_factory=list)
    items: list[ItemInfo] = field(default_factory=list)  # in force during the shift


@dataclass
class ShiftPlan:
    shift: ShiftInfo
    assignments: list[AssignmentInfo]
    beats: list[BeatBriefing]  # beats with officers, tasks or items, by name
    division_items: list[ItemInfo]
    division_tasks: list[TaskInfo]  # tasks placed on no beat
    warnings: list[PlanWarning]


def briefing_data(desk: Desk, shift_id: str) -> ShiftPlan:
    """Everything the briefing of one shift reads, as plain dataclasses."""
    shift = desk.shifts.get(shift_id)
    officers = {o["id"]: o for o in desk.officers.list(include_deleted=True)}
    hoods = standings(desk)
    beat_rows = {b["id"]: b for b in desk.beats.list()}

    def name(officer_id: str | None) -> str:
        officer = officers.get(officer_id or "")
        return officer_label(officer) if officer else ""

    assignments = []
    for row in desk.assignments.for_shift(shift_id):
        officer = officers.get(row["officer_id"], {})
        beat = beat_rows.get(row["beat_id"] or "")
        assignments.append(AssignmentInfo(
            row["id"], row["officer_id"], name(row["officer_id"]), officer.get("badge", ""),
            row["call_sign"], beat["id"] if beat else None, beat["name"] if beat else "",
            row["unit"], row["vehicle"], name(row["partner_officer_id"]), row["special_duty"],
            bool(officer.get("active", 1))))
    beats = {beat_id: BeatBriefing(beat_id, row["name"]) for beat_id, row in beat_rows.items()}
    for assignment in assignments:
        if assignment.beat_id in beats:
            beats[assignment.beat_id].officers.append(assignment)
    for hood in hoods.values():
        if hood.beat_id in beats:
            beats[hood.beat_id].neighbourhoods.append(hood)
    who = {a.id: " ".join(p for p in (a.call_sign, a.officer) if p) for a in assignments}
    beat_of = {a.id: a.beat_id for a in assignments}
    division_tasks: list[TaskInfo] = []
    for task in desk.directed_tasks.list("shift_id = ?", [shift_id],
                                         order_by="created_at, rowid"):
        task_hood = hoods.get(task["neighbourhood_id"] or "")
        task_info = TaskInfo(task["id"], task["text"], task["source_kind"],
                             who.get(task["assignment_id"] or "", ""),
                             task_hood.name if task_hood else "", bool(task["done"]))
        # Its beat, its neighbourhood's, or else the beat of the officer it was given to.
        task_beat = task["beat_id"] or (task_hood.beat_id if task_hood else None) \
            or beat_of.get(task["assignment_id"] or "")
        if task_beat in beats:
            beats[task_beat].tasks.append(task_info)
        else:
            division_tasks.append(task_info)
    division_items: list[ItemInfo] = []
    for item in active_items(desk, shift):
        item_hood = hoods.get(item["neighbourhood_id"] or "") \
            if item["scope"] == "neighbourhood" else None
        item_info = ItemInfo(item["id"], item["kind"], BRIEFING_KIND_LABELS[item["kind"]],
                             item["title"], item["text"], item["scope"],
                             item_hood.name if item_hood else "", local(item["starts_at"]),
                             local(item["expires_at"]) if item["expires_at"] else None)
        item_beat = item["beat_id"] if item["scope"] == "beat" else (
            item_hood.beat_id if item_hood else None)
        if item_beat in beats:
            beats[item_beat].items.append(item_info)
        else:
            division_items.append(item_info)
    on_duty = [b for b in beats.values() if b.officers or b.tasks or b.items]
    starts, ends = local(shift["starts_at"]), local(shift["ends_at"])
    shift_info = ShiftInfo(shift["id"], shift_name(shift), starts.date(), starts, ends,
                           shift_hours(shift["starts_at"], shift["ends_at"]),
                           clock_change_note(shift["starts_at"], shift["ends_at"]),
                           shift["platoon"], name(shift["supervisor_id"]), shift["notes"])
    return ShiftPlan(shift_info, assignments, sorted(on_duty, key=lambda b: b.name.casefold()),
                     division_items, division_tasks, shift_warnings(desk, shift_id))
