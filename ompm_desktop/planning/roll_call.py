"""The roll-call sheet as plain data: what a sergeant reads out in five minutes.

First officer safety (hazards, then lookouts, then notices), then what changed since the
platoon's last shift, then each beat: who is on it, its directed tasks, and at most a few
suggested ones. Nothing is said twice: a lookout taken as a task stays under officer safety
(saying who has it), a follow-up or initiative shown under a beat is not listed again among
the changes, and a sentence an item's text repeats is said once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import iso
from ompm_desktop.i18n import LANGUAGES, N_, _, translations
from ompm_desktop.i18n.dates import day_and_time
from ompm_desktop.planning.briefing_data import ShiftInfo, ShiftPlan, briefing_data
from ompm_desktop.planning.debrief import carried_over_tasks, carried_reason
from ompm_desktop.planning.shift_changes import Change, Key, shift_changes
from ompm_desktop.planning.suggestions import SuggestionsInSteps

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
SPARE = 3  # suggestions made beyond those printed, for the ones the sheet leaves out
SAFETY_KINDS = ("hazard", "bolo", "notice")  # in this order; directed patrols are tasks
# What each kind says once, above its items: a lookout's instruction belongs to lookouts.
KIND_INSTRUCTIONS = {"bolo": N_("Report sightings to the shift supervisor.")}
SAFETY_HEADINGS = {"hazard": N_("Hazards"), "bolo": N_("Be on the lookout"),
                   "notice": N_("Notices")}


@dataclass(frozen=True)
class SafetyLine:
    kind: str  # hazard, bolo or notice
    title: str
    text: str  # the item's own words, less any sentence already said
    where: str  # the beat or neighbourhood; '' for the whole division
    until: str  # 'until Sat 12 Dec 08:00', or ''
    new: bool  # in force since the platoon's last shift began
    taken_by: str  # the officer (or beat) given it as a task, or ''


@dataclass(frozen=True)
class CallLine:
    """A directed task, or a suggested one, as read out."""

    text: str
    who: str = ""  # '2A31 Cst. J. Morin'
    note: str = ""  # 'carried over: the gate was locked', 'moved to Response', 'done'


@dataclass
class BeatCall:
    beat_id: str | None
    name: str
    officers: list[str] = field(default_factory=list)
    tasks: list[CallLine] = field(default_factory=list)
    suggestions: list[CallLine] = field(default_factory=list)
    more_suggestions: int = 0  # open suggestions beyond those shown


@dataclass
class RollCall:
    shift: ShiftInfo
    safety: list[SafetyLine]
    since_label: str
    changes: list[Change]
    more_changes: int
    carried_over: int  # tasks carried over to this shift (taken or suggested), under the beats
    beats: list[BeatCall]
    other_duties: list[str]  # officers on no beat: '5B12 Cst. L. Côté (Court at 09:00)'

    def trimmed(self, suggestions: int, changes: int) -> RollCall:
        """The same roll call with at most so many suggestions per beat and changes printed
        (the rest counted)."""
        beats = [replace(beat, suggestions=beat.suggestions[:suggestions],
                         more_suggestions=beat.more_suggestions
                         + max(0, len(beat.suggestions) - suggestions))
                 for beat in self.beats]
        return replace(self, changes=self.changes[:changes], beats=beats,
                       more_changes=self.more_changes + max(0, len(self.changes) - changes))

    def safety_of(self, kind: str) -> list[SafetyLine]:
        return [line for line in self.safety if line.kind == kind]


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if part]


def _said_key(sentence: str) -> str:
    return " ".join(sentence.casefold().rstrip(".!? ").split())


class Said:
    """The sentences already on the sheet: a sentence is printed once."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    def add(self, text: str) -> None:
        self.keys.update(_said_key(sentence) for sentence in sentences(text))

    def new_part(self, text: str) -> str:
        kept = [s for s in sentences(text) if _said_key(s) not in self.keys]
        self.add(text)
        return " ".join(kept)


def _officer_line(assignment: Any) -> str:
    who = " ".join(part for part in (assignment.call_sign, assignment.officer) if part)
    extras = [_("with {partner}").format(partner=assignment.partner) if assignment.partner
              else "", assignment.vehicle, assignment.special_duty]
    extras = [extra for extra in extras if extra]
    return f"{who} ({'; '.join(extras)})" if extras else who


def _safety(plan: ShiftPlan, since: str, said: Said,
            taken: dict[str, str]) -> list[SafetyLine]:
    items = [(item, "") for item in plan.division_items]
    items += [(item, beat.name) for beat in plan.beats for item in beat.items]
    for instruction in KIND_INSTRUCTIONS.values():  # said once, by its own kind's heading
        for language in LANGUAGES:  # an item written in the other language says it too
            said.add(translations(language).gettext(instruction))
    lines = []
    for kind in SAFETY_KINDS:
        for item, beat in sorted(((i, b) for i, b in items if i.kind == kind),
                                 key=lambda pair: (pair[0].expires is None,
                                                   pair[0].expires or pair[0].starts)):
            where = item.neighbourhood or beat
            until = _("until {time}").format(time=day_and_time(item.expires)) \
                if item.expires else ""
            lines.append(SafetyLine(kind, item.title, said.new_part(item.text), where, until,
                                    iso(item.starts) > since, taken.get(item.id, "")))
    return lines


def roll_call(desk: Desk, shift_id: str, *, suggestions: int = 3,
              changes: int | None = None) -> RollCall:
    """The roll call of a shift: at most `suggestions` suggested tasks per beat and
    `changes` changes (the rest counted; None: every change)."""
    plan = briefing_data(desk, shift_id)
    shift = desk.shifts.get(shift_id)
    found = shift_changes(desk, shift)
    task_rows = {row["id"]: row for row in desk.directed_tasks.list("shift_id = ?", [shift_id])}
    safety_ids = {item.id for item in plan.division_items if item.kind in SAFETY_KINDS}
    safety_ids |= {item.id for beat in plan.beats for item in beat.items
                   if item.kind in SAFETY_KINDS}
    claimed: set[Key] = set()
    taken: dict[str, str] = {}  # safety item id -> who has it as a task
    carried = 0
    beats: list[BeatCall] = []
    # The suggestions of the beats on duty alone (a division may have forty beats).
    steps = SuggestionsInSteps(desk, shift_id)
    carried_tasks = carried_over_tasks(desk, shift)
    # What a task carried over first came from: said under its beat, not among the changes.
    origin = {task["id"]: (task["source_kind"], task["source_id"] or "")
              for task in carried_tasks}

    def claim(key: Key) -> str:
        """Claim a record for its beat; what the changes would have said of it, if any."""
        claimed.add(key)
        first = origin.get(key[1], key) if key[0] == "carried_over" else key
        claimed.add(first)
        return found.stage_moves.get(first[1], "") if first[0] == "initiative" else ""

    for beat in plan.beats:
        call = BeatCall(beat.beat_id, beat.name, [_officer_line(a) for a in beat.officers])
        for task in beat.tasks:
            row = task_rows[task.id]
            key = (row["source_kind"], row["source_id"] or "")
            if row["source_kind"] == "briefing_item" and key[1] in safety_ids:
                taken[key[1]] = task.assigned_to or beat.name
                continue
            move = claim(key)
            notes = [_("done") if task.done else "", move]
            if row["source_kind"] == "carried_over":
                carried += 1
                notes[0] = _("carried over")
            call.tasks.append(CallLine(task.text, task.assigned_to,
                                       "; ".join(note for note in notes if note)))
        # Enough to print: the partners the model's actions name are read only if needed.
        group = steps.fill(steps.groups[beat.beat_id], enough=suggestions + SPARE) \
            if beat.beat_id in steps.groups else None
        said_here = {line.text for line in call.tasks}
        offered = []
        for s in group.open_suggestions if group else []:
            if s.source_kind == "briefing_item" and s.source_id in safety_ids:
                continue  # a lookout is read under officer safety
            if s.source_kind != "carried_over" and any(s.matches(t) for t in carried_tasks):
                continue  # suggested once, as carried over
            if s.text not in said_here:
                said_here.add(s.text)
                offered.append(s)
        carried += sum(1 for s in offered if s.source_kind == "carried_over")
        for suggestion in offered[:suggestions]:
            move = claim((suggestion.source_kind, suggestion.source_id))
            reason = suggestion.reason if suggestion.source_kind == "carried_over" else ""
            call.suggestions.append(CallLine(suggestion.text, note="; ".join(
                note for note in (reason, move) if note)))
        call.more_suggestions = max(0, len(offered) - suggestions)
        beats.append(call)
    on_duty = {beat.beat_id for beat in plan.beats}
    left: dict[str, list[CallLine]] = {}  # tasks carried over to beats no one is on tonight
    for row in carried_tasks:
        hood = steps.hoods.get(row["neighbourhood_id"] or "")
        beat_id = row["beat_id"] or (hood.beat_id if hood else None)
        if beat_id is not None and beat_id in steps.groups and beat_id not in on_duty:
            left.setdefault(beat_id, []).append(CallLine(row["text"],
                                                         note=carried_reason(row)))
    for beat_id, lines in left.items():
        carried += len(lines)
        beats.append(BeatCall(beat_id, steps.groups[beat_id].name,
                              suggestions=lines[:suggestions],
                              more_suggestions=max(0, len(lines) - suggestions)))
    said = Said()
    safety = _safety(plan, found.since, said, taken)
    open_changes = [change for change in found.changes if change.key not in claimed]
    other = [_officer_line(a) for a in plan.assignments if a.beat_id is None]
    if plan.division_tasks:
        beats.append(BeatCall(None, _("Not tied to a beat"), [], [
            CallLine(task.text, task.assigned_to, _("done") if task.done else "")
            for task in plan.division_tasks]))
    shown = open_changes if changes is None else open_changes[:changes]
    return RollCall(plan.shift, safety, found.since_label, shown,
                    len(open_changes) - len(shown), carried, beats, other)
