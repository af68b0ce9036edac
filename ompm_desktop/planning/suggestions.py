"""Directed tasks suggested for each beat of a shift, taken with one click each.

Five sources, in this order within a beat: tasks an earlier shift's debrief carried over,
briefing items (directed patrols and lookouts in force during the shift), initiatives whose
next step is due, contacts whose follow-up is due, and the model's front-line actions for
each neighbourhood's current quadrant (highest response demand first). A suggestion taken
becomes a directed task of the shift that remembers its source; a sergeant can also write a
task by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import local
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import LANGUAGES, N_, _, translations
from ompm_desktop.planning.debrief import carried_over_tasks, carried_reason
from ompm_desktop.planning.quadrant_tasks import QUADRANT_TASKS, QuadrantTask
from ompm_desktop.planning.standing import Standing, standings, threat_rank
from ompm_desktop.queries.display import day
from ompm_desktop.reports.briefing_source import active_items
from ompm_desktop.text_fold import fold

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
SHOWN_FOLLOW_UPS = 15  # per beat; the rest are counted
SOURCE_ORDER = ("carried_over", "briefing_item", "initiative", "follow_up")  # then quadrant's
ITEM_TASKS = {"directed_patrol": N_("Directed patrol: {title}"),
              "bolo": N_("Look out for: {title}")}


@dataclass(frozen=True)
class Suggestion:
    source_kind: str  # quadrant, initiative, follow_up, briefing_item or carried_over
    source_id: str  # the neighbourhood, initiative, contact, briefing item or task
    beat_id: str | None
    neighbourhood_id: str | None
    text: str  # in the current language
    reason: str  # why it is suggested, in a sergeant's words
    stem: str = ""  # quadrant tasks: a task starting with this is the same suggestion
    # The same task (or stem) in every language it may have been taken in: a task taken in
    # French is still taken after a change to English, and the other way round.
    also: tuple[str, ...] = ()
    due: str | None = None  # initiatives and follow-ups: the date due
    task_id: str | None = None  # the directed task it became, once taken

    @property
    def taken(self) -> bool:
        return self.task_id is not None

    def matches(self, task: Record) -> bool:
        if (task["source_kind"], task["source_id"]) != (self.source_kind, self.source_id):
            return False
        if task["text"] in (self.text, *self.also):
            return True
        stems = (self.stem, *self.also) if self.stem else ()
        return any(stem and task["text"].startswith(stem) for stem in stems)

    def task_values(self, shift_id: str, assignment_id: str | None = None) -> Record:
        """The directed task this suggestion becomes (for desk.directed_tasks.create)."""
        return {"shift_id": shift_id, "beat_id": self.beat_id,
                "neighbourhood_id": self.neighbourhood_id, "assignment_id": assignment_id,
                "text": self.text, "source_kind": self.source_kind,
                "source_id": self.source_id}


@dataclass
class BeatTasks:
    """One beat's part of the plan (beat_id None: division-wide)."""

    beat_id: str | None
    name: str
    neighbourhoods: list[Standing] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    tasks: list[Record] = field(default_factory=list)  # the shift's tasks here, in order
    more_follow_ups: int = 0  # follow-ups due here beyond those suggested

    @property
    def open_suggestions(self) -> list[Suggestion]:
        return [s for s in self.suggestions if not s.taken]


def _partners_by_neighbourhood(desk: Desk, hood_ids: list[str]) -> dict[str, list[Record]]:
    """The active partners of these neighbourhoods, each with its last contact (a beat's
    few dozen partners: a pass over all 200,000 contacts' links took a second)."""
    rows = desk.db.query(
        "SELECT pn.neighbourhood_id, p.name, p.is_organization, p.natural_leader, "
        "(SELECT max(c.occurred_at) FROM contact_partner cp JOIN contact c "
        " ON c.id = cp.contact_id WHERE cp.partner_id = p.id AND c.deleted_at IS NULL) "
        "AS last_contact FROM partner_neighbourhood pn JOIN partner p ON p.id = pn.partner_id "
        "WHERE p.deleted_at IS NULL AND p.active "
        "AND pn.neighbourhood_id IN (SELECT value FROM json_each(?))", [json.dumps(hood_ids)])
    found: dict[str, list[Record]] = {}
    for row in rows:
        found.setdefault(row["neighbourhood_id"], []).append(row)
    for partners in found.values():  # never contacted first, then the longest ago
        partners.sort(key=lambda p: (p["last_contact"] is not None, p["last_contact"] or "",
                                     fold(p["name"])))
    return found


def _partner_for(template: QuadrantTask, partners: list[Record]) -> str:
    wanted = {"organization": lambda p: p["is_organization"],
              "leader": lambda p: p["natural_leader"]}.get(template.partner, lambda p: True)
    chosen = [p for p in partners if wanted(p)]
    return chosen[0]["name"] if chosen else ""


def quadrant_suggestions(hood: Standing, partners: list[Record]) -> list[Suggestion]:
    """The model's front-line actions for a neighbourhood's quadrant, as tasks."""
    if hood.quadrant is None:
        return []
    found = []
    for template in QUADRANT_TASKS[hood.quadrant]:
        partner = _partner_for(template, partners) if template.partner else ""
        pattern = template.with_partner if partner else template.text
        found.append(Suggestion(
            "quadrant", hood.neighbourhood_id, hood.beat_id, hood.neighbourhood_id,
            _(pattern).format(hood=hood.name, partner=partner),
            _("{hood} is in {quadrant} ({action})").format(
                hood=hood.name, quadrant=hood.quadrant.label, action=_(template.action)),
            stem=template.stem_label,
            also=tuple(text.split("{")[0].strip() for text in _every_language(template.text))))
    return found


def _initiative_suggestions(desk: Desk, last_day: str, hoods: dict[str, Standing]
                            ) -> list[Suggestion]:
    rows = desk.db.query(
        "SELECT i.id, i.title, i.next_step, i.next_step_due, l.neighbourhood_id "
        "FROM initiative i LEFT JOIN initiative_neighbourhood l ON l.initiative_id = i.id "
        "WHERE i.deleted_at IS NULL AND i.status = 'active' AND i.next_step != '' "
        "AND i.next_step_due IS NOT NULL AND i.next_step_due <= ? "
        "ORDER BY i.next_step_due, i.title", [last_day])
    found, seen = [], set()
    for row in rows:
        hood = hoods.get(row["neighbourhood_id"] or "")
        beat_id = hood.beat_id if hood else None
        if (row["id"], beat_id) in seen:
            continue
        seen.add((row["id"], beat_id))
        found.append(Suggestion(
            "initiative", row["id"], beat_id, hood.neighbourhood_id if hood else None,
            f"{row['title']}: {row['next_step']}", _due_reason(_("Next step"),
                                                               row["next_step_due"], last_day),
            due=row["next_step_due"]))
    return found


def _follow_up_suggestions(desk: Desk, last_day: str, hoods: dict[str, Standing],
                           hood_ids: list[str], *, outside: bool = False) -> list[Suggestion]:
    """The follow-ups due of contacts in these neighbourhoods (outside: in none of them, or
    in none at all)."""
    where = ("(c.neighbourhood_id IS NULL OR c.neighbourhood_id NOT IN "
             "(SELECT value FROM json_each(?)))" if outside else
             "c.neighbourhood_id IN (SELECT value FROM json_each(?))")
    rows = desk.db.query(
        "SELECT c.id, c.follow_up, c.follow_up_due, c.neighbourhood_id, "
        "(SELECT group_concat(p.name, '; ') FROM contact_partner cp JOIN partner p "
        " ON p.id = cp.partner_id WHERE cp.contact_id = c.id AND p.deleted_at IS NULL) "
        "AS partners FROM contact c WHERE c.deleted_at IS NULL AND c.follow_up_due IS NOT NULL "
        f"AND c.follow_up_done_at IS NULL AND c.follow_up_due <= ? AND {where} "
        "ORDER BY c.follow_up_due, c.occurred_at, c.rowid", [last_day, json.dumps(hood_ids)])
    found = []
    for row in rows:
        hood = hoods.get(row["neighbourhood_id"] or "")
        names = sorted((row["partners"] or "").split("; "), key=fold)
        about = f" ({'; '.join(names)})" if row["partners"] else ""
        found.append(Suggestion(
            "follow_up", row["id"], hood.beat_id if hood else None,
            hood.neighbourhood_id if hood else None,
            _("Follow-up: {text}").format(text=f"{row['follow_up']}{about}"),
            _due_reason(_("Follow-up"), row["follow_up_due"], last_day),
            due=row["follow_up_due"],
            also=tuple(text.format(text=f"{row['follow_up']}{about}")
                       for text in _every_language("Follow-up: {text}"))))
    return found


def _item_suggestions(desk: Desk, shift: Record, hoods: dict[str, Standing]) -> list[Suggestion]:
    found: list[tuple[bool, Suggestion]] = []  # (a lookout, not a directed patrol; it)
    for item in active_items(desk, shift):
        if item["kind"] not in ITEM_TASKS:
            continue
        hood = hoods.get(item["neighbourhood_id"] or "") if item["scope"] == "neighbourhood" \
            else None
        beat_id = item["beat_id"] if item["scope"] == "beat" else (hood.beat_id if hood else None)
        where = hood.name if hood else (_("this beat") if beat_id else _("the division"))
        template = ITEM_TASKS[item["kind"]]
        found.append((item["kind"] != "directed_patrol", Suggestion(
            "briefing_item", item["id"], beat_id, hood.neighbourhood_id if hood else None,
            _(template).format(title=item["title"]),
            _("Briefing item in force for {where}").format(where=where),
            also=tuple(text.format(title=item["title"])
                       for text in _every_language(template)))))
    return [suggestion for _lookout, suggestion in sorted(found, key=lambda f: f[0])]


def _carried_over_suggestions(desk: Desk, shift: Record, hoods: dict[str, Standing]
                               ) -> list[Suggestion]:
    found = []
    for task in carried_over_tasks(desk, shift):
        hood = hoods.get(task["neighbourhood_id"] or "")
        found.append(Suggestion(
            "carried_over", task["id"], task["beat_id"] or (hood.beat_id if hood else None),
            task["neighbourhood_id"], task["text"], carried_reason(task)))
    return found


@cache  # read from the catalogues once: thousands of follow-ups ask for the same message
def _every_language(message: str) -> tuple[str, ...]:
    """A message in each language the app speaks (English first)."""
    return tuple(translations(code).gettext(message) for code in LANGUAGES)


def _due_reason(what: str, due: str, last_day: str) -> str:
    if due < last_day:
        return _("{what} due {date}, overdue").format(what=what, date=day(due))
    return _("{what} due {date}").format(what=what, date=day(due))


def suggest_tasks(desk: Desk, shift_id: str) -> list[BeatTasks]:
    """Every beat of the division (then, if any, division-wide work) with its neighbourhoods'
    standings, the tasks suggested for this shift (each marked taken or not) and the shift's
    directed tasks there."""
    return SuggestionsInSteps(desk, shift_id).every_beat()


class SuggestionsInSteps:
    """suggest_tasks' answer a beat at a time, so that a window shows the beats on screen
    first and works out the rest after: the beats (names, neighbourhoods, the shift's tasks)
    at once; a beat's suggestions when fill() asks for them (a beat's follow-ups and
    partners are read for its neighbourhoods alone)."""

    def __init__(self, desk: Desk, shift_id: str) -> None:
        self.desk = desk
        shift = desk.shifts.get(shift_id)
        self.last_day = local(shift["ends_at"]).date().isoformat()  # due by the shift's end
        self.hoods = standings(desk)
        self.groups: dict[str | None, BeatTasks] = {
            beat["id"]: BeatTasks(beat["id"], beat["name"]) for beat in desk.beats.list()}
        self.division = BeatTasks(None, _("Division-wide"))
        for hood in self.hoods.values():
            if hood.beat_id in self.groups:
                self.groups[hood.beat_id].neighbourhoods.append(hood)
        self.tasks = desk.directed_tasks.list("shift_id = ?", [shift_id],
                                              order_by="created_at, rowid")
        for task in self.tasks:
            task_hood = self.hoods.get(task["neighbourhood_id"] or "")
            self._group(task["beat_id"] or (task_hood.beat_id if task_hood else None)
                        ).tasks.append(task)
        self._found: dict[int, list[Suggestion]] = {}  # by id(group): all but follow-ups
        for suggestion in (_carried_over_suggestions(desk, shift, self.hoods)
                           + _item_suggestions(desk, shift, self.hoods)
                           + _initiative_suggestions(desk, self.last_day, self.hoods)):
            self._found.setdefault(id(self._group(suggestion.beat_id)), []).append(suggestion)
        self._filled: set[int] = set()
        self.fill(self.division)  # whether it is shown depends on its suggestions
        division = self.division
        self.beats = [*self.groups.values()] + (
            [division] if division.suggestions or division.tasks else [])

    def _group(self, beat_id: str | None) -> BeatTasks:
        return self.groups.get(beat_id, self.division)

    def filled(self, beat: BeatTasks) -> bool:
        return id(beat) in self._filled

    def fill(self, beat: BeatTasks, *, enough: int | None = None) -> BeatTasks:
        """Work out the beat's suggestions (once). With `enough` (the roll-call sheet prints
        a few): when the other sources already give that many open suggestions, the model's
        quadrant actions are made without reading the beat's partners (a large division's
        beat reads thousands of contacts for them), naming no partner."""
        if id(beat) in self._filled:
            return beat
        self._filled.add(id(beat))
        if beat is self.division:
            placed = [hood.neighbourhood_id for group in self.groups.values()
                      for hood in group.neighbourhoods]
            follow_ups = _follow_up_suggestions(self.desk, self.last_day, self.hoods, placed,
                                                outside=True)
        else:
            follow_ups = _follow_up_suggestions(
                self.desk, self.last_day, self.hoods,
                [hood.neighbourhood_id for hood in beat.neighbourhoods])
        beat.suggestions = follow_ups[:SHOWN_FOLLOW_UPS] + self._found.get(id(beat), [])
        beat.more_follow_ups = len(follow_ups[SHOWN_FOLLOW_UPS:])
        beat.suggestions.sort(key=lambda s: SOURCE_ORDER.index(s.source_kind))
        if beat is not self.division:
            ahead = sum(1 for s in beat.suggestions
                        if not any(s.matches(task) for task in self.tasks))
            partners = {} if enough is not None and ahead >= enough else \
                _partners_by_neighbourhood(
                    self.desk, [hood.neighbourhood_id for hood in beat.neighbourhoods])
            for hood in sorted(beat.neighbourhoods, key=threat_rank):
                beat.suggestions += quadrant_suggestions(
                    hood, partners.get(hood.neighbourhood_id, []))
        beat.suggestions = [_mark_taken(s, self.tasks) for s in beat.suggestions]
        return beat

    def every_beat(self) -> list[BeatTasks]:
        """Every beat, each with its suggestions."""
        return [self.fill(beat) for beat in self.beats]


def _mark_taken(suggestion: Suggestion, tasks: list[Record]) -> Suggestion:
    for task in tasks:
        if suggestion.matches(task):
            return replace(suggestion, task_id=task["id"])
    return suggestion


def take_suggestion(desk: Desk, shift_id: str, suggestion: Suggestion,
                    assignment_id: str | None = None) -> Record:
    """Make a suggestion a directed task of the shift (once: taking it again returns the
    task it already became)."""
    for task in desk.directed_tasks.list("shift_id = ? AND source_kind = ? AND source_id = ?",
                                         [shift_id, suggestion.source_kind,
                                          suggestion.source_id]):
        if suggestion.matches(task):
            return task
    return desk.directed_tasks.create(suggestion.task_values(shift_id, assignment_id))


def add_task(desk: Desk, shift_id: str, text: str, *, beat_id: str | None = None,
             neighbourhood_id: str | None = None, assignment_id: str | None = None) -> Record:
    """A directed task written by hand."""
    if not (text or "").strip():
        raise ValidationError(_("Write the task first (e.g. 'Check the Compton St. lot at "
                                "02:00')."), "text")
    return desk.directed_tasks.create({
        "shift_id": shift_id, "beat_id": beat_id, "neighbourhood_id": neighbourhood_id,
        "assignment_id": assignment_id, "text": text, "source_kind": "manual"})
