"""A shift's debrief as it is read: each directed task with its beat, who had it, its
outcome (done, not done, carried over) and what came of it; and the last shift's, for the
Today page. Writing a debrief is the planning's (ompm_desktop/planning/debrief.py); this
part stays outside that package so that the window's first page need not import it (and
the PDF and calendar libraries it brings) as the app starts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import N_, _
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.reports.briefing_source import shift_name
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
OUTCOMES = ("done", "not_done", "carried_over")
OUTCOME_LABELS = {"done": N_("Done"), "not_done": N_("Not done"),
                  "carried_over": N_("Carried over")}


def outcome_label(outcome: str) -> str:
    return _(OUTCOME_LABELS[outcome]) if outcome in OUTCOME_LABELS else _("Not debriefed")


def shift_called(shift: Record) -> str:
    """'Night of Mon 23 Nov 2026'."""
    return _("{shift} of {day}").format(shift=shift_name(shift),
                                        day=short_date(local(shift["starts_at"]).date()))


@dataclass(frozen=True)
class DebriefLine:
    """One directed task of the shift as the debrief shows it."""

    task: Record
    where: str  # the beat, or the neighbourhood's beat; '' when division-wide
    who: str  # '2A31 Cst. J. Morin', or ''

    @property
    def id(self) -> str:
        return str(self.task["id"])

    @property
    def outcome(self) -> str:
        return str(self.task["outcome"] or "")

    @property
    def note(self) -> str:
        return str(self.task["outcome_note"] or "")


def debrief_lines(desk: Desk, shift_id: str) -> list[DebriefLine]:
    """The shift's directed tasks in the order they were given, each with its beat and who
    had it."""
    beats = {row["id"]: row["name"] for row in desk.beats.list()}
    hood_beat = {row["id"]: row["beat_id"] for row in desk.db.query(
        "SELECT id, beat_id FROM neighbourhood WHERE deleted_at IS NULL")}
    assignments = {row["id"]: row for row in desk.assignments.for_shift(shift_id)}
    officers = {row["id"]: row for row in desk.officers.list(include_deleted=True)}
    lines = []
    for task in desk.directed_tasks.list("shift_id = ?", [shift_id],
                                         order_by="created_at, rowid"):
        assignment = assignments.get(task["assignment_id"] or "")
        beat_id = task["beat_id"] or hood_beat.get(task["neighbourhood_id"] or "") or (
            assignment["beat_id"] if assignment else None)
        who = ""
        if assignment:
            officer = officers.get(assignment["officer_id"])
            who = " ".join(part for part in (assignment["call_sign"],
                                             officer_label(officer) if officer else "") if part)
        lines.append(DebriefLine(task, beats.get(beat_id or "", ""), who))
    return lines




@dataclass
class ShiftDebrief:
    """A shift's debrief as the Today page shows it."""

    shift: Record
    label: str  # 'Night of Mon 23 Nov 2026'
    lines: list[DebriefLine]

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def open_count(self) -> int:
        return sum(1 for line in self.lines if not line.outcome)


def last_debrief(desk: Desk) -> ShiftDebrief | None:
    """The debrief of the last shift that has ended and had directed tasks."""
    now = desk.context.now()
    rows = desk.db.query(
        "SELECT s.* FROM shift s WHERE s.deleted_at IS NULL AND s.ends_at <= ? AND EXISTS "
        "(SELECT 1 FROM directed_task t WHERE t.shift_id = s.id AND t.deleted_at IS NULL) "
        "ORDER BY s.ends_at DESC LIMIT 1", [now])
    shift = next(iter(rows), None)
    if shift is None:
        return None
    return ShiftDebrief(dict(shift), shift_called(shift), debrief_lines(desk, shift["id"]))
