"""A count beside the other neighbourhoods of the division: its percentile rank, per 1,000
residents when the population is known. Shown as context next to an indicator's score; no
score is worked out from it (see scoring.references)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ompm_desktop.i18n import _, ngettext
from ompm_desktop.i18n.dates import number

MIDDLE = 50.0  # the score of a count with nothing to compare it with


def percentile_rank(value: float, values: Sequence[float]) -> float:
    """0 for the lowest of `values` (which include `value`), 100 for the highest; ties
    share the middle rank."""
    if len(values) < 2:
        return MIDDLE
    below = sum(1 for other in values if other < value)
    equal = sum(1 for other in values if other == value)
    return (below + (equal - 1) / 2) / (len(values) - 1) * 100


@dataclass(frozen=True)
class RelativeScore:
    normalized: float  # 0-100
    shown: str  # the count as a person reads it
    note: str  # how it was compared


def per_thousand(value: float, population: int | None) -> float | None:
    return value / population * 1000 if population and population > 0 else None


def relative_score(value: float, population: int | None,
                   others: Sequence[tuple[float, int | None]]) -> RelativeScore:
    """`others`: (count, population) of each other neighbourhood that has the count."""
    mine = per_thousand(value, population)
    if mine is not None:
        compared = [rate for count, people in others
                    if (rate := per_thousand(count, people)) is not None]
        shown = _("{count} ({rate} per 1,000)").format(count=number(value),
                                                       rate=number(mine, 1))
        basis = _("per 1,000 residents")
        unknown = len(others) - len(compared)
        if unknown:
            basis += _("; {n} without a known population left out of the comparison").format(
                n=unknown)
    else:
        mine = value
        compared = [count for count, _people in others]
        shown = number(value)
        basis = _("as counts: this neighbourhood's population is not known")
    if not compared:
        return RelativeScore(MIDDLE, shown, _("No other neighbourhood to compare it with "
                                              "yet."))
    above = sum(1 for other in compared if mine > other)
    level = sum(1 for other in compared if mine == other)
    below = len(compared) - above - level
    rank = percentile_rank(mine, [*compared, mine])
    note = ngettext("Against {n} other neighbourhood ({basis}): above {above}, level with "
                    "{level}, below {below}.",
                    "Against {n} other neighbourhoods ({basis}): above {above}, level with "
                    "{level}, below {below}.", len(compared)).format(
        n=len(compared), basis=basis, above=above, level=level, below=below)
    return RelativeScore(rank, shown, note)
