"""Did it work? An initiative's calls for service before and after its response began,
against the rest of its beat (or of the division) over the same weeks.

The comparison is the simplest one that answers fairly: the change in the initiative's place
divided by the change elsewhere over the same weeks (a ratio of rate ratios), read as a
change only when it is larger than chance alone would give (a 95% interval on the Poisson
counts). Below MIN_CALLS in the initiative's place, the counts are noise and it says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ompm_desktop.clock import LOCAL_ZONE, iso, local, today
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.sara import Stage

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

MIN_CALLS = 20  # calls in the initiative's place, before and after together
MIN_WEEKS = 4  # the response must have run this long before it is judged
MAX_WEEKS = 26  # the longest window on each side
Z_95 = 1.96
LIST_SEPARATOR = ";"


class Verdict(StrEnum):
    FEWER = "fewer"
    NO_CHANGE = "no_change"
    MORE = "more"
    TOO_FEW = "too_few"
    NOT_YET = "not_yet"  # no response yet, too recent, or no call types named


VERDICT_LABELS = {
    Verdict.FEWER: N_("Fewer calls than elsewhere"),
    Verdict.NO_CHANGE: N_("No clear change"),
    Verdict.MORE: N_("More calls than elsewhere"),
    Verdict.TOO_FEW: N_("Too few calls to tell"),
    Verdict.NOT_YET: N_("Not yet measured"),
}

CAUTIONS = (
    N_("Calls may rise as trust grows: more calls can mean residents report more, not that "
       "more happens."),
    N_("Calls move with the seasons, with patrols and with how the CAD codes them; the rest "
       "of the area over the same weeks takes out only part of that."),
    N_("A comparison of counts, not proof: read it with the officers and partners who know "
       "the place."),
)


@dataclass
class BeforeAfter:
    """The counts behind the verdict for one initiative."""

    verdict: Verdict
    began_on: date | None = None
    weeks: int = 0
    call_types: list[str] = field(default_factory=list)
    place_before: int = 0
    place_after: int = 0
    rest_before: int = 0
    rest_after: int = 0
    compared_with: str = "beat"  # or "division"
    effect: float | None = None  # place's change over the rest's (0.7: 30% fewer than expected)
    why_not: str = ""  # for NOT_YET, in English (N_): why it is not measured

    @property
    def label(self) -> str:
        return _(VERDICT_LABELS[self.verdict])

    def sentence(self) -> str:
        """One line a board member reads: the counts, the comparison and the verdict."""
        if self.verdict is Verdict.NOT_YET:
            return f"{self.label}: {_(self.why_not)}"
        rest = (_("the rest of the beat") if self.compared_with == "beat"
                else _("the rest of the division"))
        counts = _("{before} calls in the {weeks} weeks before the response began, {after} in "
                   "the {weeks} weeks after; {rest}: {rest_before} then {rest_after}.").format(
            before=self.place_before, after=self.place_after, weeks=self.weeks, rest=rest,
            rest_before=self.rest_before, rest_after=self.rest_after)
        if self.verdict is Verdict.TOO_FEW:
            return _("{verdict} ({counts} Fewer than {least} calls is noise.)").format(
                verdict=self.label, counts=counts, least=MIN_CALLS)
        return f"{self.label}. {counts}"

    def measures(self) -> tuple[str, str]:
        """The counts as the initiative's Before and After measures are written."""
        types = "; ".join(self.call_types)
        day = self.began_on.isoformat() if self.began_on else ""
        rest = (_("the rest of the beat") if self.compared_with == "beat"
                else _("the rest of the division"))
        before = _("{count} calls ({types}) in the {weeks} weeks before the response began "
                   "on {day}; {rest}: {rest_count}.").format(
            count=self.place_before, types=types, weeks=self.weeks, day=day, rest=rest,
            rest_count=self.rest_before)
        after = _("{count} calls ({types}) in the {weeks} weeks after; {rest}: "
                  "{rest_count}. {verdict}.").format(
            count=self.place_after, types=types, weeks=self.weeks, rest=rest,
            rest_count=self.rest_after, verdict=self.label)
        return before, after


def initiative_result(desk: Desk, initiative_id: str) -> BeforeAfter:
    """An initiative's before/after as of today (for its form)."""
    return before_after(desk.db, desk.initiatives.get(initiative_id), today(desk.context.clock))


def response_began(db: Database, initiative_id: str) -> date | None:
    """The day the initiative's response began: its first move to the response stage."""
    row = db.execute(
        "SELECT min(at) FROM initiative_event WHERE initiative_id = ? AND kind = 'stage' "
        "AND to_value = ?", [initiative_id, Stage.RESPONSE.value]).fetchone()
    return local(row[0]).date() if row and row[0] else None


def call_types_of(initiative: dict[str, Any]) -> list[str]:
    text = str(initiative.get("call_types") or "")
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


def before_after(db: Database, initiative: dict[str, Any], until: date) -> BeforeAfter:
    """The initiative's calls before and after its response began, judged against the rest of
    its beat over the same weeks (the rest of the division when the beat has too few calls).
    `until`: the last day counted (today, or the end of a report's period)."""
    types = call_types_of(initiative)
    began = response_began(db, initiative["id"])
    if not types:
        return BeforeAfter(Verdict.NOT_YET, began, why_not=N_("no call types are named."))
    if began is None or began > until:
        return BeforeAfter(Verdict.NOT_YET, began, call_types=types,
                           why_not=N_("the response has not begun."))
    weeks = min(MAX_WEEKS, ((until - began).days + 1) // 7)
    if weeks < MIN_WEEKS:
        return BeforeAfter(Verdict.NOT_YET, began, weeks, types,
                           why_not=N_("the response began less than four weeks ago."))
    hoods = _neighbourhoods(db, initiative)
    if not hoods:
        return BeforeAfter(Verdict.NOT_YET, began, weeks, types,
                           why_not=N_("no neighbourhood is named."))
    start, middle = began - timedelta(weeks=weeks), began
    end = began + timedelta(weeks=weeks)
    counts = _Counts(db, types, (start, middle, end))
    place = counts.of(hoods)
    beat = _rest_of_beat(db, hoods)
    rest, compared_with = counts.of(beat), "beat"
    if sum(rest) < MIN_CALLS:
        rest, compared_with = counts.of_all_but(hoods), "division"
    result = BeforeAfter(Verdict.TOO_FEW, began, weeks, types, place[0], place[1], rest[0],
                         rest[1], compared_with)
    if sum(place) < MIN_CALLS:
        return result
    result.verdict, result.effect = judge(place, rest)
    return result


def judge(place: tuple[int, int], rest: tuple[int, int]) -> tuple[Verdict, float]:
    """The ratio of rate ratios (after/before in the place over after/before elsewhere), half
    a call added to each count so that a zero reads; a change only outside chance's 95%."""
    counts = [place[0] + 0.5, place[1] + 0.5, rest[0] + 0.5, rest[1] + 0.5]
    log_effect = math.log(counts[1] / counts[0]) - math.log(counts[3] / counts[2])
    spread = math.sqrt(sum(1 / count for count in counts))
    effect = math.exp(log_effect)
    if abs(log_effect) < Z_95 * spread:
        return Verdict.NO_CHANGE, effect
    return (Verdict.FEWER if log_effect < 0 else Verdict.MORE), effect


def cautions() -> list[str]:
    return [_(text) for text in CAUTIONS]


def _neighbourhoods(db: Database, initiative: dict[str, Any]) -> list[str]:
    ids = initiative.get("neighbourhood_ids")
    if ids is not None:
        return list(ids)
    rows = db.execute("SELECT neighbourhood_id FROM initiative_neighbourhood "
                      "WHERE initiative_id = ?", [initiative["id"]]).fetchall()
    return [row[0] for row in rows]


def _rest_of_beat(db: Database, hoods: list[str]) -> list[str]:
    marks = ", ".join("?" for _ in hoods)
    rows = db.execute(
        f"SELECT id FROM neighbourhood WHERE deleted_at IS NULL AND beat_id IN "
        f"(SELECT beat_id FROM neighbourhood WHERE id IN ({marks})) AND id NOT IN ({marks})",
        [*hoods, *hoods]).fetchall()
    return [row[0] for row in rows]


class _Counts:
    """Matching calls per neighbourhood in the two windows, read once."""

    def __init__(self, db: Database, types: list[str], days: tuple[date, date, date]) -> None:
        bounds = [_stamp(day) for day in days]
        type_marks = ", ".join("?" for _ in types)
        self.by_place: dict[str | None, list[int]] = {}
        rows = db.execute(
            "SELECT neighbourhood_id, occurred_at >= ? AS after, count(*) FROM call_for_service "
            f"WHERE occurred_at >= ? AND occurred_at < ? AND call_type COLLATE NOCASE IN "
            f"({type_marks}) GROUP BY neighbourhood_id, after",
            [bounds[1], bounds[0], bounds[2], *types]).fetchall()
        for hood, after, count in rows:
            self.by_place.setdefault(hood, [0, 0])[int(after)] += count

    def of(self, hoods: list[str]) -> tuple[int, int]:
        found = [self.by_place.get(hood, [0, 0]) for hood in hoods]
        return sum(f[0] for f in found), sum(f[1] for f in found)

    def of_all_but(self, hoods: list[str]) -> tuple[int, int]:
        others = [hood for hood in self.by_place if hood is not None and hood not in hoods]
        return self.of(others)


def _stamp(day: date) -> str:
    return iso(datetime.combine(day, time(0, 0), tzinfo=LOCAL_ZONE))
