"""Scoring an assessment: reverse-scored items, counts against reference rates (per 1,000
residents when known), weights and thresholds from the settings, missing answers, and an
explanation that adds up exactly to each score."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.quadrants import Quadrant, Thresholds
from ompm_desktop.scoring.indicators import EFFICACY_ITEMS, INDICATORS, Axis, efficacy_item_score
from ompm_desktop.scoring.peers import Peer
from ompm_desktop.scoring.relative import percentile_rank, relative_score
from ompm_desktop.scoring.scores import ScoreResult, score_answers
from ompm_desktop.scoring.weights import DEFAULT_WEIGHTS, validate_weights

ANSWERS = {
    "calls_for_service": 400, "violent_incidents": 30, "property_incidents": 90,
    "disorder_complaints": 60, "repeat_locations": 4, "assessor_judgement": 4,
    "collective_efficacy": [2, 2, 3, 2, 3, 3, 2, 3, 4, 4],
    "natural_leaders": 1, "meeting_turnout": 12,
}


def score(answers=None, *, peers=(), population=None, computed=None, weights=None,
          thresholds=None) -> ScoreResult:
    return score_answers(
        ANSWERS if answers is None else answers,
        computed=computed or {"active_partners": 2, "community_initiatives": 1},
        population=population, peers=list(peers),
        weights=weights or DEFAULT_WEIGHTS, thresholds=thresholds or Thresholds())


def by_key(result: ScoreResult):
    return {c.key: c for c in result.contributions}


def tenths(result: ScoreResult, axis: Axis) -> tuple[int, int]:
    return sum(round(c.points * 10) for c in result.on(axis)), round(result.score(axis) * 10)


# ---- the collective efficacy scale ---------------------------------------------------

def test_the_scale_has_five_control_and_five_cohesion_items_two_of_them_reversed():
    assert [item.subscale for item in EFFICACY_ITEMS] == ["control"] * 5 + ["cohesion"] * 5
    reversed_items = [item.wording for item in EFFICACY_ITEMS if item.reverse]
    assert reversed_items == [
        "People in this neighbourhood generally don't get along with each other",
        "People in this neighbourhood do not share the same values",
    ]
    assert {i.axis for i in INDICATORS} == {Axis.THREAT, Axis.CAPACITY}


def test_a_reverse_item_counts_strong_agreement_as_low_efficacy():
    reverse = EFFICACY_ITEMS[9]
    assert [efficacy_item_score(reverse, a) for a in (1, 2, 3, 4, 5)] == [5, 4, 3, 2, 1]
    assert efficacy_item_score(EFFICACY_ITEMS[0], 5) == 5


def test_full_cohesion_means_agreeing_with_the_positive_items_and_not_the_negative_ones():
    cohesive = {**ANSWERS, "collective_efficacy": [3] * 5 + [5, 5, 5, 1, 1]}
    assert by_key(score(cohesive))["efficacy_cohesion"].normalized == 100.0
    # Agreeing with everything, including "do not share the same values", is not cohesion.
    agree_all = {**ANSWERS, "collective_efficacy": [3] * 5 + [5] * 5}
    cohesion = by_key(score(agree_all))["efficacy_cohesion"]
    assert cohesion.raw == pytest.approx(3.4)
    assert cohesion.normalized == pytest.approx(60.0)
    assert "9 and 10 scored in reverse" in cohesion.note


# ---- relative scoring ----------------------------------------------------------------

def test_percentile_rank_runs_from_the_lowest_to_the_highest_with_ties_in_the_middle():
    assert percentile_rank(1, [1, 2, 3]) == 0
    assert percentile_rank(3, [1, 2, 3]) == 100
    assert percentile_rank(2, [1, 2, 3]) == 50
    assert percentile_rank(5, [5, 5, 5]) == 50
    assert percentile_rank(7, [7]) == 50


def test_a_count_is_scored_against_its_reference_rate_per_1000_residents():
    # 400 calls for 4,000 residents: 100 per 1,000 against the reference 300: 50 x 100/300.
    calls = by_key(score(population=4000))["calls_for_service"]
    assert round(calls.normalized, 2) == 16.67
    assert calls.shown == "400 (100.0 per 1,000)"
    assert "against the reference 300.0 per 1,000" in calls.note
    # Twice the reference rate and above scores 100, and says it is capped.
    violent = by_key(score({**ANSWERS, "violent_incidents": 200}, population=4000))
    assert violent["violent_incidents"].normalized == 100.0
    assert "at most 100" in violent["violent_incidents"].note


def test_without_a_population_a_count_is_read_for_the_typical_population_and_says_so():
    calls = by_key(score())["calls_for_service"]
    assert round(calls.normalized, 2) == 13.33  # 400 for 5,000 residents: 80 per 1,000
    assert calls.shown == "400 (population not known)"
    assert "Population not known: read as if it had 5,000 residents" in calls.note


def test_other_neighbourhoods_are_context_and_move_no_score():
    peers = [Peer(f"n{i}", f"N{i}", 4000, {"calls_for_service": calls})
             for i, calls in enumerate((100, 200, 300, 500))]
    alone = by_key(score(population=4000))["calls_for_service"]
    among = by_key(score(peers=peers, population=4000))["calls_for_service"]
    assert among.normalized == alone.normalized
    assert alone.context == ""
    assert "Against 4 other neighbourhoods" in among.context and "above 3" in among.context


def test_counts_are_compared_per_1000_residents_when_the_population_is_known():
    # Beside it, 400 calls among 4,000 residents is more than 1,000 calls among 20,000.
    big = Peer("big", "Big", 20_000, {"calls_for_service": 1000})
    calls = by_key(score(peers=[big], population=4000))["calls_for_service"]
    assert "per 1,000 residents): above 1" in calls.context


def test_a_neighbourhood_without_a_population_is_left_out_of_a_per_1000_comparison():
    peers = [Peer("a", "A", 1000, {"calls_for_service": 10}),
             Peer("b", "B", None, {"calls_for_service": 5000})]
    calls = by_key(score(peers=peers, population=1000))["calls_for_service"]
    assert "1 without a known population left out" in calls.context


def test_with_nothing_to_compare_the_context_says_so():
    result = relative_score(12, None, [])
    assert "No other neighbourhood to compare it with" in result.note


def test_peers_without_that_answer_are_not_compared():
    peers = [Peer("a", "A", None, {"calls_for_service": 10}), Peer("b", "B", None, {})]
    assert "Against 1 other neighbourhood " in by_key(
        score(peers=peers))["calls_for_service"].context


# ---- weights and thresholds ----------------------------------------------------------

def test_weights_decide_how_much_each_indicator_counts():
    only_judgement = {key: 0.0 for key in DEFAULT_WEIGHTS if key in {
        "calls_for_service", "violent_incidents", "property_incidents",
        "disorder_complaints", "repeat_locations"}}
    result = score(weights=validate_weights(only_judgement))
    assert result.threat == 75.0  # the judgement alone: 4 of 5
    assert by_key(result)["calls_for_service"].points == 0
    assert by_key(result)["calls_for_service"].note == "Weight 0 in the settings: not counted."


@pytest.mark.parametrize(("weights", "message"), [
    ({"calls_for_service": -1}, "must be zero or more"),
    ({"calls_for_service": "lots"}, "must be a number"),
    ({"crime_severity": 5}, "There is no indicator named crime_severity"),
    ({k: 0 for k in ("efficacy_control", "efficacy_cohesion", "natural_leaders",
                     "meeting_turnout", "active_partners", "community_initiatives")},
     "At least one capacity indicator needs a weight above zero"),
    ([1, 2, 3], "must be a table"),
])
def test_bad_weights_are_refused_with_a_plain_message(weights, message):
    with pytest.raises(ValidationError, match=message):
        validate_weights(weights)


def test_the_quadrant_follows_the_thresholds():
    low = score(thresholds=Thresholds(capacity=90, threat=90))
    high = score(thresholds=Thresholds(capacity=10, threat=10))
    assert low.quadrant is Quadrant.MOBILIZATION
    assert high.quadrant is Quadrant.ENGAGEMENT
    assert "against the threshold 90" in low.notes[-1]


# ---- missing answers -----------------------------------------------------------------

def test_a_missing_answer_is_left_out_and_the_others_share_its_weight():
    partial = {**ANSWERS, "assessor_judgement": None, "repeat_locations": ""}
    result = score(partial)
    contributions = by_key(result)
    assert contributions["assessor_judgement"].normalized is None
    assert contributions["assessor_judgement"].points == 0
    assert sum(c.share for c in result.on(Axis.THREAT)) == pytest.approx(1.0)
    assert contributions["calls_for_service"].share == pytest.approx(25 / 80)
    assert any("left out: Repeat locations, Assessor's judgement of threat" in n
               for n in result.notes)


def test_partly_answered_efficacy_items_are_averaged_over_those_answered():
    items = [4, None, 4, None, None, 1, None, None, None, None]
    control = by_key(score({**ANSWERS, "collective_efficacy": items}))["efficacy_control"]
    assert control.normalized == 75.0
    assert "2 of 5 items answered" in control.note


def test_no_threat_answer_at_all_cannot_be_scored():
    blank = {"collective_efficacy": [3] * 10}
    with pytest.raises(ValidationError, match="No threat indicator is answered"):
        score(blank)


def test_an_answer_out_of_range_is_refused():
    with pytest.raises(ValidationError, match="scored from 1 to 5, not 6"):
        score({**ANSWERS, "assessor_judgement": 6})
    with pytest.raises(ValidationError, match="cannot be below zero"):
        score({**ANSWERS, "violent_incidents": -2})


# ---- the explanation adds up ---------------------------------------------------------

def test_the_contributions_add_up_exactly_to_each_score():
    peers = [Peer("a", "A", 3000, {"calls_for_service": 77, "violent_incidents": 3}),
             Peer("b", "B", 9000, {"calls_for_service": 501, "natural_leaders": 4})]
    result = score(peers=peers, population=4000)
    for axis in Axis:
        assert tenths(result, axis)[0] == tenths(result, axis)[1]
        assert round(sum(c.points for c in result.on(axis)), 1) == result.score(axis)


count = st.one_of(st.none(), st.integers(0, 10_000))
rating = st.one_of(st.none(), st.integers(1, 5))
answers_strategy = st.fixed_dictionaries({
    "calls_for_service": st.integers(0, 10_000), "violent_incidents": count,
    "property_incidents": count, "disorder_complaints": count, "repeat_locations": count,
    "assessor_judgement": rating, "collective_efficacy": st.lists(rating, min_size=10,
                                                                  max_size=10),
    "natural_leaders": count, "meeting_turnout": count,
})
population = st.one_of(st.none(), st.integers(0, 50_000))
peer_strategy = st.builds(lambda n, pop, answers, partners: Peer(
    str(n), str(n), pop, answers, {"active_partners": partners, "community_initiatives": 0}),
    st.integers(), population, answers_strategy, st.integers(0, 30))
weight = st.floats(0, 100, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(answers=answers_strategy, peers=st.lists(peer_strategy, max_size=6),
       population=population, partners=st.integers(0, 40),
       weights=st.fixed_dictionaries({k: weight for k in DEFAULT_WEIGHTS}))
def test_scores_are_always_between_0_and_100_and_explained_exactly(
        answers, peers, population, partners, weights):
    try:
        cleaned = validate_weights(weights)
    except ValidationError:
        return  # an axis with every weight at zero is refused before scoring
    try:
        result = score(answers, peers=peers, population=population, weights=cleaned,
                       computed={"active_partners": partners, "community_initiatives": 2})
    except ValidationError as error:
        assert "No threat indicator is answered" in str(error)
        return
    for axis in Axis:
        assert 0 <= result.score(axis) <= 100
        assert all(c.normalized is None or 0 <= c.normalized <= 100 for c in result.on(axis))
        assert tenths(result, axis)[0] == tenths(result, axis)[1]
