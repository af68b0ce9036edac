"""Recording an assessment from an assessor's answers, reading its explanation back, and
proposing one from a point placed on the diagram."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import number
from ompm_desktop.model.quadrants import Quadrant, Thresholds, place, quadrant_by_name
from ompm_desktop.scoring.answers import ANSWER_KEYS, clean_answers
from ompm_desktop.scoring.indicators import COMPUTED, Axis
from ompm_desktop.scoring.participation import FIELDS as PARTICIPATION
from ompm_desktop.scoring.peers import Peer, answers_of, division_peers, neighbourhood
from ompm_desktop.scoring.references import (
    METHOD,
    References,
    references_from,
    validate_references,
)
from ompm_desktop.scoring.scores import Contribution, ScoreResult, score_answers
from ompm_desktop.scoring.weights import thresholds_from, validate_weights, weights_from
from ompm_desktop.services.record_service import Record

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

EXPLANATION_KEY = "explanation"  # inside an assessment's indicators, next to the answers


@dataclass(frozen=True)
class ScoringGround:
    """What a neighbourhood's answers are scored against, read once: its population and the
    counts from the records, the reference values, the weights and the thresholds; the
    division's other neighbourhoods only as context. An assessment form rescoring at every
    answer keeps one."""

    hood: Peer
    peers: list[Peer]
    weights: dict[str, float]
    thresholds: Thresholds
    references: References

    def score(self, answers: Mapping[str, Any]) -> ScoreResult:
        return score_answers(
            answers, computed=self.hood.computed, population=self.hood.population,
            peers=self.peers, weights=self.weights, thresholds=self.thresholds,
            references=self.references)

    def stored(self) -> dict[str, Any]:
        """What is kept with an assessment so that its answers score the same later."""
        return references_used(self.hood.population, self.references, self.weights,
                               self.thresholds)


def references_used(population: int | None, references: References,
                    weights: Mapping[str, float], thresholds: Thresholds) -> dict[str, Any]:
    return {"method": METHOD, "population": population, **references.as_dict(),
            "weights": dict(weights),
            "thresholds": {"capacity": thresholds.capacity, "threat": thresholds.threat}}


def scoring_ground(desk: Desk, neighbourhood_id: str) -> ScoringGround:
    """The division as the records stand now, for scoring this neighbourhood."""
    return ScoringGround(
        neighbourhood(desk.db, neighbourhood_id),
        division_peers(desk.db, excluding=neighbourhood_id),
        weights_from(desk.settings), thresholds_from(desk.settings),
        references_from(desk.settings))


def score_for(desk: Desk, neighbourhood_id: str, answers: Mapping[str, Any]) -> ScoreResult:
    """Score answers for a neighbourhood against the division as the records stand now."""
    return scoring_ground(desk, neighbourhood_id).score(answers)


def placement_note(assessor: str, capacity: float, threat: float, result: ScoreResult) -> str:
    return _("Placed on the diagram by {assessor}: capacity {capacity}, threat {threat} are the "
             "scores recorded. The answers alone give capacity {computed_capacity}, threat "
             "{computed_threat} ({quadrant}).").format(
        assessor=assessor, capacity=number(capacity), threat=number(threat),
        computed_capacity=number(result.capacity), computed_threat=number(result.threat),
        quadrant=result.quadrant.label)


def _score(value: float, name: str) -> float:
    if not 0 <= value <= 100:
        message = (_("The threat placed on the diagram must be between 0 and 100, not "
                     "{value}.") if name == "threat" else
                   _("The capacity placed on the diagram must be between 0 and 100, not "
                     "{value}."))
        raise ValidationError(message.format(value=number(value)), name)
    return round(float(value), 1)


def assessment_data(desk: Desk, neighbourhood_id: str, answers: Mapping[str, Any], *,
                    assessed_on: str, assessor: str, override: str | Quadrant | None = None,
                    override_reason: str = "", notes: str = "",
                    placed: tuple[float, float] | None = None,
                    took_part: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The record to create, scored and explained. `placed` is (capacity, threat) of a point
    dragged on the diagram: those scores are recorded, and the quadrant follows the point;
    the computed quadrant stays the answers' own, so a different one needs a reason.
    `took_part`: residents_surveyed, partners_consulted, partner_form (see participation)."""
    ground = scoring_ground(desk, neighbourhood_id)
    result = ground.score(answers)
    thresholds = result.thresholds
    capacity, threat = result.capacity, result.threat
    explanation_notes = list(result.notes)
    if placed is not None:
        capacity, threat = _score(placed[0], "capacity"), _score(placed[1], "threat")
        explanation_notes.append(placement_note(assessor.strip() or _("the assessor"), capacity,
                                                threat, result))
    quadrant = quadrant_by_name(override) if override else place(capacity, threat, thresholds)
    reason = override_reason.strip() if quadrant != result.quadrant else ""
    if reason:
        explanation_notes.append(_("Placed by the assessor in {quadrant} instead of "
                                   "{computed}: {reason}").format(
            quadrant=quadrant.label, computed=result.quadrant.label, reason=reason))
    indicators = {
        **clean_answers(answers),
        **{c.key: int(c.raw) for c in result.contributions
           if c.key in COMPUTED and c.raw is not None},
        EXPLANATION_KEY: {
            "threat": result.threat, "capacity": result.capacity,
            "quadrant": result.quadrant.value, "placed": placed is not None,
            "contributions": [asdict(c) for c in result.contributions],
            "notes": explanation_notes,
        },
    }
    return {
        "neighbourhood_id": neighbourhood_id, "assessed_on": assessed_on,
        "assessor": assessor, "indicators": indicators, "threat": threat,
        "capacity": capacity, "computed_quadrant": result.quadrant.value,
        "quadrant": quadrant.value, "override_reason": reason, "notes": notes,
        "score_references": ground.stored(),
        **{key: value for key, value in (took_part or {}).items() if key in PARTICIPATION},
    }


def record_assessment(desk: Desk, neighbourhood_id: str, answers: Mapping[str, Any],
                      **options: Any) -> Record:
    """Score the answers and create the assessment (see assessment_data for the options)."""
    return desk.assessments.create(assessment_data(desk, neighbourhood_id, answers, **options))


def recorded_answers(record: Record | None) -> dict[str, Any]:
    """The answers of an assessment (blank ones as None); blanks when there is none."""
    stored = answers_of(record["indicators"]) if record else {}
    try:
        return clean_answers({key: stored.get(key) for key in ANSWER_KEYS})
    except ValidationError:
        return clean_answers({})


def explain_recorded(desk: Desk, record: Record) -> ScoreResult:
    """How a recorded assessment's answers were scored: as kept when it was recorded, or,
    for one recorded without its explanation, scored again now and said so."""
    stored = answers_of(record["indicators"]).get(EXPLANATION_KEY)
    if isinstance(stored, dict):
        contributions = tuple(Contribution(**{**c, "axis": Axis(c["axis"])})
                              for c in stored["contributions"])
        return ScoreResult(stored["threat"], stored["capacity"], Quadrant(stored["quadrant"]),
                           thresholds_from(desk.settings), contributions,
                           tuple(stored["notes"]))
    kept = rescore_recorded(record)
    if kept is not None:
        note = _("Scored again from its answers with the reference values, population, "
                 "weights and thresholds kept with it: the same scores as recorded.")
        return ScoreResult(kept.threat, kept.capacity, kept.quadrant, kept.thresholds,
                           kept.contributions, (*kept.notes, note))
    result = score_for(desk, record["neighbourhood_id"], recorded_answers(record))
    note = _("This assessment was recorded without its explanation: its answers are scored "
             "again here with today's records and settings. Recorded: capacity {capacity}, "
             "threat {threat}.").format(capacity=number(record["capacity"]),
                                        threat=number(record["threat"]))
    return ScoreResult(result.threat, result.capacity, result.quadrant, result.thresholds,
                       result.contributions, (*result.notes, note))


def stored_references(record: Record) -> dict[str, Any] | None:
    """The reference values, population, weights and thresholds kept with an assessment;
    None for one recorded before they were kept."""
    text = record.get("score_references")
    if not text:
        return None
    value = answers_of(text)
    return value or None


def rescore_recorded(record: Record) -> ScoreResult | None:
    """The recorded answers scored again with what was kept with them (references,
    population, counts from the records, weights, thresholds): the same scores as recorded,
    whatever has changed since. None for an assessment recorded without them."""
    stored = stored_references(record)
    if stored is None:
        return None
    kept = answers_of(record["indicators"])
    computed = {key: int(kept[key]) for key in COMPUTED if isinstance(kept.get(key), int)}
    thresholds = Thresholds(**stored["thresholds"])
    return score_answers(recorded_answers(record), computed=computed,
                         population=stored.get("population"),
                         weights=validate_weights(stored["weights"]), thresholds=thresholds,
                         references=validate_references(stored))


@dataclass(frozen=True)
class Proposal:
    """A new assessment proposed from a point dragged on the diagram."""

    neighbourhood_id: str
    capacity: float
    threat: float
    quadrant: Quadrant  # where the point lies
    answers: dict[str, Any]  # the latest assessment's answers, to start from
    based_on: str | None  # the latest assessment's date, if there is one
    computed: ScoreResult | None  # what those answers give; None when they cannot be scored

    @property
    def needs_reason(self) -> bool:
        return self.computed is None or self.computed.quadrant != self.quadrant


def propose_from_point(desk: Desk, neighbourhood_id: str, capacity: float,
                       threat: float) -> Proposal:
    capacity, threat = _score(capacity, "capacity"), _score(threat, "threat")
    latest = desk.assessments.latest(neighbourhood_id)
    answers = recorded_answers(latest)
    try:
        computed: ScoreResult | None = score_for(desk, neighbourhood_id, answers)
    except ValidationError:
        computed = None
    return Proposal(neighbourhood_id, capacity, threat,
                    place(capacity, threat, thresholds_from(desk.settings)), answers,
                    latest["assessed_on"] if latest else None, computed)
