"""The fixed reference values each counted indicator is scored against: a rate per 1,000
residents a year that scores 50, the point where the desk's reading of the model calls a
neighbourhood 'high' (the default thresholds are 50). They are settings of the service, so
that the same answers always give the same scores; the division's other neighbourhoods are
shown beside them as context, and never move a score.

The defaults are starting points, to be replaced by the service's own figures: the crime
rates are near Ontario's police-reported rates (Statistics Canada, about 11 violent and 25
property incidents per 1,000 residents a year); the others are the app's own starting values, and
say so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.i18n.dates import number
from ompm_desktop.scoring.indicators import BY_KEY, RELATIVE

REFERENCES_SETTING = "score_references"
METHOD = "reference-rates-1"  # stored with each assessment: how its counts were scored

# Per 1,000 residents a year; the rate that scores 50.
DEFAULT_RATES: dict[str, float] = {
    "calls_for_service": 300.0,
    "violent_incidents": 11.0,
    "property_incidents": 25.0,
    "disorder_complaints": 20.0,
    "repeat_locations": 1.0,
    "natural_leaders": 1.0,
    "meeting_turnout": 5.0,
    "active_partners": 0.5,
    "community_initiatives": 0.25,
}
# Where each default comes from, as a person reads it.
RATE_SOURCES: dict[str, str] = {
    "calls_for_service": N_("the app's default (calls for service per resident vary widely "
                            "between services)"),
    "violent_incidents": N_("near Ontario's police-reported violent crime rate (Statistics "
                            "Canada)"),
    "property_incidents": N_("near Ontario's police-reported property crime rate (Statistics "
                             "Canada)"),
    "disorder_complaints": N_("the app's default (no provincial figure)"),
    "repeat_locations": N_("the app's default (no provincial figure)"),
    "natural_leaders": N_("the app's default (no provincial figure)"),
    "meeting_turnout": N_("the app's default (no provincial figure)"),
    "active_partners": N_("the app's default (no provincial figure)"),
    "community_initiatives": N_("the app's default (no provincial figure)"),
}
# Counts of a neighbourhood whose population is not known are read as if it had this many
# residents, and the explanation says so.
DEFAULT_TYPICAL_POPULATION = 5000
CEILING = 100.0  # twice the reference rate and above


class Settings(Protocol):
    def get(self, key: str) -> Any: ...


@dataclass(frozen=True)
class References:
    rates: dict[str, float]
    typical_population: int

    def as_dict(self) -> dict[str, Any]:
        return {"rates": dict(self.rates), "typical_population": self.typical_population}


DEFAULT_REFERENCES = References(dict(DEFAULT_RATES), DEFAULT_TYPICAL_POPULATION)


def validate_references(value: Any) -> References:
    """Complete references from a stored or typed table ({"rates": {...},
    "typical_population": n}); a rate not given keeps its default."""
    if value is None:
        return DEFAULT_REFERENCES
    if not isinstance(value, Mapping):
        raise ValidationError(_("The reference values must be a table of rates and a typical "
                                "population."), REFERENCES_SETTING)
    rates = dict(DEFAULT_RATES)
    given = value.get("rates") or {}
    if not isinstance(given, Mapping):
        raise ValidationError(_("The reference rates must be a table of indicator: rate per "
                                "1,000 residents."), REFERENCES_SETTING)
    for key, rate in given.items():
        if key not in RELATIVE:
            raise ValidationError(_("There is no counted indicator named {key}.").format(
                key=key), REFERENCES_SETTING)
        if isinstance(rate, bool) or not isinstance(rate, int | float) or \
                not math.isfinite(rate) or rate <= 0:
            raise ValidationError(_("The reference rate of {label} must be a number above "
                                    "zero, not '{rate}'.").format(
                label=BY_KEY[key].title, rate=rate), REFERENCES_SETTING)
        rates[key] = float(rate)
    typical = value.get("typical_population", DEFAULT_TYPICAL_POPULATION)
    if isinstance(typical, bool) or not isinstance(typical, int | float) or typical < 1 \
            or not float(typical).is_integer():
        raise ValidationError(_("The typical population must be a whole number above zero, "
                                "not '{value}'.").format(value=typical), REFERENCES_SETTING)
    return References(rates, int(typical))


def references_from(settings: Settings) -> References:
    return validate_references(settings.get(REFERENCES_SETTING))


@dataclass(frozen=True)
class FixedScore:
    normalized: float  # 0-100
    shown: str  # the count as a person reads it
    note: str  # how it was scored


def fixed_score(key: str, value: float, population: int | None,
                references: References) -> FixedScore:
    """50 x the rate per 1,000 residents / the reference rate, at most 100. Without a
    population the count is read as if the neighbourhood had the typical population."""
    reference = references.rates[key]
    known = bool(population and population > 0)
    people = population if known and population else references.typical_population
    rate = value / people * 1000
    normalized = min(CEILING, 50.0 * rate / reference)
    shown = _("{count} ({rate} per 1,000)").format(count=number(value), rate=number(rate, 1))
    if not known:
        shown = _("{count} (population not known)").format(count=number(value))
    basis = "" if known else _("Population not known: read as if it had {people} residents "
                               "(the typical population in the settings). ").format(
        people=number(people))
    note = basis + _("{rate} per 1,000 against the reference {reference} per 1,000 ({source}): "
                     "50 x {rate} / {reference} = {score}{capped}.").format(
        rate=number(rate, 1), reference=number(reference, 1),
        source=_(RATE_SOURCES[key]) if reference == DEFAULT_RATES[key]
        else _("the service's setting"),
        score=number(normalized, 1),
        capped=_(", at most 100") if 50.0 * rate / reference > CEILING else "")
    return FixedScore(round(normalized, 6), shown, note)
