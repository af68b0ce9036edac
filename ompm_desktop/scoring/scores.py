"""Scores 0-100 on both axes from an assessment's answers, with the explanation: what each
indicator added, so that the contributions add up exactly to each score."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import number
from ompm_desktop.model.quadrants import Quadrant, Thresholds, place
from ompm_desktop.scoring.answers import clean_answers
from ompm_desktop.scoring.indicators import (
    EFFICACY_ITEMS,
    EFFICACY_KEY,
    Axis,
    Indicator,
    Kind,
    efficacy_item_score,
    on_axis,
)
from ompm_desktop.scoring.peers import Peer
from ompm_desktop.scoring.references import DEFAULT_REFERENCES, References, fixed_score
from ompm_desktop.scoring.relative import relative_score


@dataclass(frozen=True)
class Contribution:
    key: str
    label: str
    axis: Axis
    raw: float | None  # the answer, the count, or the mean of the scale's items
    shown: str  # the raw value as a person reads it ("" when not answered)
    normalized: float | None  # 0-100; None when left out
    weight: float  # the weight in the settings
    share: float  # its part of the score after re-weighting, 0-1
    points: float  # what it adds to the score
    note: str  # how it was scored, or why it was left out
    context: str = ""  # the division's other neighbourhoods beside it: shown, never scored

    @property
    def counted(self) -> bool:
        return self.normalized is not None and self.share > 0


@dataclass(frozen=True)
class ScoreResult:
    threat: float
    capacity: float
    quadrant: Quadrant
    thresholds: Thresholds
    contributions: tuple[Contribution, ...]
    notes: tuple[str, ...]

    def on(self, axis: Axis) -> tuple[Contribution, ...]:
        return tuple(c for c in self.contributions if c.axis is axis)

    def score(self, axis: Axis) -> float:
        return self.threat if axis is Axis.THREAT else self.capacity


@dataclass(frozen=True)
class _Measured:
    indicator: Indicator
    raw: float | None
    shown: str
    normalized: float | None
    note: str
    context: str = ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def _counted(indicator: Indicator, value: float | None, population: int | None,
             references: References, others: list[tuple[float, int | None]]) -> _Measured:
    """Scored against the fixed reference; the division beside it as context only."""
    if value is None:
        return _Measured(indicator, None, "", None, _("Not answered: left out."))
    scored = fixed_score(indicator.key, value, population, references)
    context = relative_score(value, population, others).note if others else ""
    return _Measured(indicator, value, scored.shown, scored.normalized, scored.note, context)


def _efficacy(indicator: Indicator, items: Sequence[int | None]) -> _Measured:
    subscale = "control" if indicator.key == "efficacy_control" else "cohesion"
    chosen = [(item, answer) for item, answer in zip(EFFICACY_ITEMS, items, strict=True)
              if item.subscale == subscale]
    scored = [efficacy_item_score(item, answer) for item, answer in chosen if answer is not None]
    if not scored:
        return _Measured(indicator, None, "", None, _("No item answered: left out."))
    mean = sum(scored) / len(scored)
    parts = []
    if len(scored) < len(chosen):
        parts.append(_("{n} of {total} items answered, averaged.").format(
            n=len(scored), total=len(chosen)))
    reversed_items = [item for item, answer in chosen if item.reverse and answer is not None]
    if reversed_items:
        if len(reversed_items) > 1:
            parts.append(_("Items {first} and {second} scored in reverse (5 counts as 1).")
                         .format(first=reversed_items[0].number,
                                 second=reversed_items[-1].number))
        else:
            parts.append(_("Item {number} scored in reverse (5 counts as 1).").format(
                number=reversed_items[0].number))
    parts.append(_("Mean {mean} on 1-5, so {score} on 0-100.").format(
        mean=number(mean, 2), score=number((mean - 1) / 4 * 100, 1)))
    return _Measured(indicator, mean, _("{value} of 5").format(value=number(mean, 1)),
                     (mean - 1) / 4 * 100, " ".join(parts))


def _measure(indicator: Indicator, answers: Mapping[str, Any], computed: Mapping[str, int],
             population: int | None, peers: Sequence[Peer],
             references: References) -> _Measured:
    key = indicator.key
    if indicator.kind is Kind.COUNT:
        others = [(v, p.population) for p in peers
                  if (v := _number(p.answers.get(key))) is not None]
        return _counted(indicator, answers.get(key), population, references, others)
    if indicator.kind is Kind.COMPUTED:
        others = [(float(p.computed.get(key, 0)), p.population) for p in peers]
        value = computed.get(key)
        return _counted(indicator, None if value is None else float(value), population,
                        references, others)
    if key == "assessor_judgement":
        value = answers.get(key)
        if value is None:
            return _Measured(indicator, None, "", None, _("Not answered: left out."))
        return _Measured(indicator, value, _("{value} of 5").format(value=value),
                         (value - 1) / 4 * 100,
                         _("{value} on 1-5, so {score} on 0-100.").format(
                             value=value, score=number((value - 1) / 4 * 100, 1)))
    return _efficacy(indicator, answers[EFFICACY_KEY])


def _tenths(exact: list[float]) -> list[int]:
    """Round each part to tenths so that they add up to the rounded total (largest
    remainder): the explanation then sums exactly to the score."""
    scaled = [value * 10 for value in exact]
    floors = [math.floor(value) for value in scaled]
    missing = round(sum(scaled)) - sum(floors)
    order = sorted(range(len(scaled)), key=lambda i: scaled[i] - floors[i], reverse=True)
    for i in order[:max(0, missing)]:
        floors[i] += 1
    return floors


def _unanswered(axis: Axis) -> ValidationError:
    message = (_("No threat indicator is answered: answer at least one to work out the "
                 "threat score.") if axis is Axis.THREAT else
               _("No capacity indicator is answered: answer at least one to work out the "
                 "capacity score."))
    return ValidationError(message, axis.value)


def _combine(axis: Axis, measured: list[_Measured], weights: Mapping[str, float]
             ) -> tuple[float | None, list[Contribution], str | None]:
    """The axis's score (None when no indicator of it counts), its parts and a note."""
    counted = [m for m in measured if m.normalized is not None and weights[m.indicator.key] > 0]
    total_weight = sum(weights[m.indicator.key] for m in counted)
    if total_weight <= 0:
        return None, [], None
    shares = {m.indicator.key: weights[m.indicator.key] / total_weight for m in counted}
    tenths = _tenths([shares[m.indicator.key] * (m.normalized or 0.0) for m in counted])
    points = {m.indicator.key: t / 10 for m, t in zip(counted, tenths, strict=True)}
    contributions = []
    for m in measured:
        key = m.indicator.key
        note = m.note
        if m.normalized is not None and weights[key] <= 0:
            note = _("Weight 0 in the settings: not counted.")
        contributions.append(Contribution(
            key, m.indicator.label, axis, m.raw, m.shown, m.normalized, weights[key],
            shares.get(key, 0.0), points.get(key, 0.0), note, m.context))
    left_out = [m.indicator.title for m in measured if m.normalized is None]
    explanation = None
    if left_out:
        explanation = _("{axis}: not answered and left out: {names}. Their weight is shared "
                        "among the {n} indicators that count.").format(
            axis=axis.label, names=", ".join(left_out), n=len(counted))
    return sum(tenths) / 10, contributions, explanation


def score_axis(axis: Axis, answers: Mapping[str, Any], *, computed: Mapping[str, int],
               population: int | None, weights: Mapping[str, float],
               references: References = DEFAULT_REFERENCES, peers: Sequence[Peer] = (),
               ) -> tuple[float | None, list[Contribution], str | None]:
    """One axis from checked answers: its score, or None when none of its indicators is
    answered (an unknown, never a middle value); its parts; a note on what was left out."""
    measured = [_measure(i, answers, computed, population, peers, references)
                for i in on_axis(axis)]
    return _combine(axis, measured, weights)


def score_answers(answers: Mapping[str, Any], *, computed: Mapping[str, int],
                  population: int | None, weights: Mapping[str, float],
                  thresholds: Thresholds, references: References = DEFAULT_REFERENCES,
                  peers: Sequence[Peer] = ()) -> ScoreResult:
    """Both scores and the quadrant they give, explained. Each count is scored against the
    fixed `references` (per 1,000 residents), so the same answers, population, computed
    counts and settings always give the same scores. `computed` holds the counts from the
    records (active partners, community-led initiatives); `peers`, the division's other
    neighbourhoods, are shown beside each count as context and change no score."""
    cleaned = clean_answers(answers)
    scores: dict[Axis, float] = {}
    contributions: list[Contribution] = []
    notes: list[str] = []
    for axis in (Axis.THREAT, Axis.CAPACITY):
        score, parts, note = score_axis(axis, cleaned, computed=computed,
                                        population=population, weights=weights,
                                        references=references, peers=peers)
        if score is None:
            raise _unanswered(axis)
        scores[axis] = score
        contributions += parts
        if note:
            notes.append(note)
    quadrant = place(scores[Axis.CAPACITY], scores[Axis.THREAT], thresholds)
    notes.append(_("Quadrant: capacity {capacity} against the threshold {capacity_threshold}, "
                   "threat {threat} against {threat_threshold}: {quadrant}.").format(
        capacity=number(scores[Axis.CAPACITY]), capacity_threshold=number(thresholds.capacity),
        threat=number(scores[Axis.THREAT]), threat_threshold=number(thresholds.threat),
        quadrant=quadrant.label))
    return ScoreResult(scores[Axis.THREAT], scores[Axis.CAPACITY], quadrant, thresholds,
                       tuple(contributions), tuple(notes))
