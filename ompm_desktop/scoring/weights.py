"""How much each indicator counts toward its axis, and where the axes split: settings of
the service. Weights are relative within an axis: only their proportions matter."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Protocol

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.quadrants import Thresholds
from ompm_desktop.scoring.indicators import BY_KEY, INDICATORS, Axis, on_axis

WEIGHTS_SETTING = "score_weights"

DEFAULT_WEIGHTS: dict[str, float] = {
    # threat: crime that hurts people first, then volume and disorder, then judgement
    "calls_for_service": 25.0,
    "violent_incidents": 25.0,
    "property_incidents": 15.0,
    "disorder_complaints": 15.0,
    "repeat_locations": 10.0,
    "assessor_judgement": 10.0,
    # capacity: collective efficacy is the heart of it; partners, leaders and turnout add
    "efficacy_control": 25.0,
    "efficacy_cohesion": 25.0,
    "natural_leaders": 15.0,
    "meeting_turnout": 10.0,
    "active_partners": 15.0,
    "community_initiatives": 10.0,
}


class Settings(Protocol):
    def get(self, key: str) -> Any: ...


def validate_weights(weights: Any) -> dict[str, float]:
    """A complete table of weights, or a ValidationError saying what to fix. Indicators not
    given keep their default weight."""
    if not isinstance(weights, Mapping):
        raise ValidationError("The score weights must be a table of indicator: weight.",
                              WEIGHTS_SETTING)
    unknown = sorted(set(weights) - set(BY_KEY))
    if unknown:
        names = ", ".join(indicator.key for indicator in INDICATORS)
        raise ValidationError(f"There is no indicator named {', '.join(unknown)}. "
                              f"The indicators are: {names}.", WEIGHTS_SETTING)
    cleaned = dict(DEFAULT_WEIGHTS)
    for key, value in weights.items():
        label = BY_KEY[key].label
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"The weight of {label} must be a number, not '{value}'.",
                                  WEIGHTS_SETTING)
        if not math.isfinite(value) or value < 0:
            raise ValidationError(f"The weight of {label} must be zero or more, not {value}.",
                                  WEIGHTS_SETTING)
        cleaned[key] = float(value)
    for axis in Axis:
        if sum(cleaned[i.key] for i in on_axis(axis)) <= 0:
            raise ValidationError(f"At least one {axis.value} indicator needs a weight above "
                                  "zero, or that score cannot be worked out.", WEIGHTS_SETTING)
    return cleaned


def weights_from(settings: Settings) -> dict[str, float]:
    stored = settings.get(WEIGHTS_SETTING)
    return validate_weights(stored if stored is not None else DEFAULT_WEIGHTS)


def thresholds_from(settings: Settings) -> Thresholds:
    try:
        return Thresholds(capacity=float(settings.get("threshold_capacity")),
                          threat=float(settings.get("threshold_threat")))
    except (TypeError, ValueError) as error:
        raise ValidationError(f"The quadrant thresholds in the settings cannot be used: "
                              f"{error}", "threshold_capacity") from None
