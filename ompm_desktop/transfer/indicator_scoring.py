"""Scoring an imported batch of neighbourhood counts on the threat axis, with the same fixed
reference values (per 1,000 residents) as an assessment: the same counts always give the
same threat, whatever else the batch holds.

A file's columns are read as the model's threat indicators: crime against people counts as
violent incidents, crime against property as property incidents, drug and disorder counts as
disorder. Fire and medical calls, alarms and hazards are not crime or disorder and are kept
but not scored; a total is never scored on top of its parts. A mapping may say which column
is which ("threat_indicators" in its options). Such counts say nothing of a community's
capacity: unless the file gives a capacity score, capacity is unknown and the neighbourhood
is not yet placed in a quadrant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.i18n.dates import number
from ompm_desktop.scoring.indicators import BY_KEY, Axis
from ompm_desktop.scoring.references import References
from ompm_desktop.scoring.scores import Contribution, score_axis

THREAT_GROUPS = ("calls_for_service", "violent_incidents", "property_incidents",
                 "disorder_complaints", "repeat_locations")
# Words in a column's key (as 'break_enters'), looked for in this order.
NOT_SCORED_WORDS = ("fire", "medical", "alarm", "hazard", "ambulance", "total", "rate",
                    "population")
GROUP_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("repeat_locations", ("repeat",)),
    ("violent_incidents", ("assault", "murder", "homicide", "robber", "sexual", "shooting",
                           "stabbing", "violen", "weapon", "firearm")),
    ("property_incidents", ("break", "burglar", "theft", "vehicle", "auto", "arson",
                            "mischief", "property", "shoplift", "fraud")),
    ("disorder_complaints", ("drug", "disorder", "noise", "graffiti", "nuisance", "loiter",
                             "liquor", "intoxicat", "disturb")),
    ("calls_for_service", ("calls",)),
)


def classify(key: str) -> str | None:
    """The threat indicator a column's counts belong to, or None: not crime or disorder, or
    a total of other columns."""
    words = key.casefold().split("_")
    if "id" in words or any(word.startswith(stop) for word in words
                            for stop in NOT_SCORED_WORDS):
        return None
    for group, stems in GROUP_WORDS:
        if any(word.startswith(stem) for word in words for stem in stems):
            return group
    return None


def threat_columns(keys: Sequence[str], options: Mapping[str, Any],
                   scored: Sequence[str] | None) -> dict[str, list[str]]:
    """Threat indicator -> the file's indicator keys summed into it. From the mapping's
    options["threat_indicators"] when given, else read from the keys' words (only the
    mapping's "scored" keys, when it lists them)."""
    given = options.get("threat_indicators")
    if given is not None:
        if not isinstance(given, Mapping) or any(
                group not in THREAT_GROUPS or not isinstance(columns, list)
                for group, columns in given.items()):
            raise ValidationError(_("In the mapping, \"threat_indicators\" must name threat "
                                    "indicators ({names}), each with a list of the file's "
                                    "indicators.").format(names=", ".join(THREAT_GROUPS)),
                                  "threat_indicators")
        return {group: [str(c) for c in columns] for group, columns in given.items()}
    groups: dict[str, list[str]] = {}
    for key in keys:
        if scored is not None and key not in scored:
            continue
        group = classify(key)
        if group is not None:
            groups.setdefault(group, []).append(key)
    return groups


@dataclass(frozen=True)
class ImportedThreat:
    threat: float | None  # None: no crime or disorder count to score
    answers: dict[str, int]  # the threat indicators, summed from the file's columns
    contributions: tuple[Contribution, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def score_counts(counts: Mapping[str, Any], groups: Mapping[str, list[str]], *,
                 population: int | None, references: References,
                 weights: Mapping[str, float]) -> ImportedThreat:
    """One neighbourhood's threat from its counts. `counts` are the file's indicators."""
    answers: dict[str, int] = {}
    used: list[str] = []
    for group, columns in groups.items():
        values = [counts[c] for c in columns if isinstance(counts.get(c), int | float)
                  and not isinstance(counts.get(c), bool)]
        if values:
            answers[group] = int(round(sum(values)))
            used += [c for c in columns if c in counts]
    threat, contributions, _note = score_axis(
        Axis.THREAT, answers, computed={}, population=population, weights=weights,
        references=references)
    if threat is None:
        return ImportedThreat(None, answers)
    parts = [_("{indicator} {count} ({columns})").format(
        indicator=BY_KEY[group].title, count=number(answers[group]),
        columns=", ".join(c for c in groups[group] if c in counts))
        for group in THREAT_GROUPS if group in answers]
    notes = [_("Threat {threat}: {parts}; each scored against its reference rate per 1,000 "
               "residents.").format(threat=number(threat), parts="; ".join(parts))]
    if not population:
        notes.append(_("Population not known: the counts are read as if the neighbourhood had "
                       "{people} residents.").format(
            people=number(references.typical_population)))
    left = sorted(set(k for k, v in counts.items() if isinstance(v, int | float)) - set(used))
    if left:
        notes.append(_("Kept, not scored (not crime or disorder, or a total of other "
                       "columns): {names}.").format(names=", ".join(left)))
    return ImportedThreat(threat, answers, tuple(contributions), tuple(notes))


UNKNOWN_CAPACITY_NOTE = N_("Capacity not assessed: unknown, so the neighbourhood is not yet "
                         "placed in a quadrant. Assess it to place it.")
