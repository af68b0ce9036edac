"""Scoring against the records: the computed indicators, the division's latest assessments
as the comparison, settings, recording with an override, and a proposal from a point
placed on the diagram."""

from __future__ import annotations

import json

import pytest

from ompm_desktop.errors import ValidationError
from ompm_desktop.scoring.recording import (
    explain_recorded,
    propose_from_point,
    record_assessment,
    recorded_answers,
    score_for,
)
from tests.records_division import ANSWERS, small_division


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def contribution(result, key):
    return next(c for c in result.contributions if c.key == key)


def record(desk, hood, answers=None, on="2026-11-20", **options):
    return record_assessment(desk, hood["id"], answers or ANSWERS, assessed_on=on,
                             assessor="Sgt. J. Tremblay", **options)


def test_active_partners_and_community_led_initiatives_are_counted_from_the_records(
        memory_desk, division):
    desk = memory_desk
    vanier = division.vanier["id"]
    # Vanier has the school and a resident leader; a third partner is inactive, a fourth
    # deleted: neither serves the neighbourhood now.
    desk.partners.create({"name": "Old club", "kind": "Community group", "active": 0,
                          "neighbourhood_ids": [vanier]})
    gone = desk.partners.create({"name": "Gone", "kind": "Agency", "neighbourhood_ids": [vanier]})
    desk.partners.delete(gone["id"])
    for title, lead, status in (("Walk", "community", "active"), ("Garden", "shared", "active"),
                                ("Patrol", "police", "active"), ("Past", "community", "closed")):
        desk.initiatives.create({"title": title, "quadrant": "safety", "lead": lead,
                                 "status": status, "neighbourhood_ids": [vanier]})
    result = score_for(desk, vanier, ANSWERS)
    assert contribution(result, "active_partners").raw == 2
    assert contribution(result, "community_initiatives").raw == 2
    # Rideau Heights has one partner and only a police-led initiative.
    rideau = score_for(desk, division.rideau["id"], ANSWERS)
    assert contribution(rideau, "active_partners").raw == 1
    assert contribution(rideau, "community_initiatives").raw == 0


def test_counts_are_ranked_against_the_latest_assessments_of_the_other_neighbourhoods(
        memory_desk, division):
    desk = memory_desk
    # Vanier's older assessment had few calls; its newest has 2,000 (125 per 1,000).
    record(desk, division.vanier, {**ANSWERS, "calls_for_service": 10}, on="2026-01-10")
    record(desk, division.vanier, {**ANSWERS, "calls_for_service": 2000}, on="2026-10-01")
    # Rideau Heights: 400 calls for 4,200 residents is 95.2 per 1,000: lower, though
    # Vanier's older 10 calls would have put it on top.
    result = score_for(desk, division.rideau["id"], ANSWERS)
    calls = contribution(result, "calls_for_service")
    assert "Against 1 other neighbourhood (per 1,000 residents): above 0" in calls.context
    assert calls.shown == "400 (95.2 per 1,000)"
    # The division is context only: the score is 50 x 95.2 / 300 (the reference rate).
    assert round(calls.normalized, 1) == 15.9
    # Westboro has no population: its counts are read as if it had the typical population,
    # and compared with the others as counts.
    westboro = contribution(score_for(desk, division.westboro["id"], ANSWERS),
                            "calls_for_service")
    assert round(westboro.normalized, 1) == 13.3  # 400 for 5,000 residents: 80 per 1,000
    assert "Population not known" in westboro.note
    assert "population is not known" in westboro.context


def test_a_deleted_assessment_is_not_compared(memory_desk, division):
    desk = memory_desk
    newest = record(desk, division.vanier, {**ANSWERS, "calls_for_service": 2000})
    desk.assessments.delete(newest["id"])
    calls = contribution(score_for(desk, division.rideau["id"], ANSWERS), "calls_for_service")
    assert calls.context == ""  # nothing beside it: no other neighbourhood assessed


def test_weights_and_thresholds_come_from_the_settings(memory_desk, division):
    desk = memory_desk
    hood = division.rideau["id"]
    before = score_for(desk, hood, ANSWERS)
    assert (before.threat, before.capacity) == (28.6, 45.7)
    desk.settings.set("score_weights", {"calls_for_service": 0, "violent_incidents": 0,
                                        "property_incidents": 0, "disorder_complaints": 0,
                                        "repeat_locations": 0})
    assert score_for(desk, hood, ANSWERS).threat == 0.0  # the judgement alone: 1 of 5
    assert before.quadrant.value == "mobilization"
    desk.settings.set("threshold_capacity", 40.0)
    assert score_for(desk, hood, ANSWERS).quadrant.value == "safety"


def test_bad_weights_are_refused_by_the_settings(memory_desk):
    with pytest.raises(ValidationError, match="must be zero or more"):
        memory_desk.settings.set("score_weights", {"violent_incidents": -5})
    assert memory_desk.settings.get("score_weights")["violent_incidents"] == 25.0


def test_a_recorded_assessment_keeps_its_answers_scores_and_explanation(memory_desk, division):
    desk = memory_desk
    saved = record(desk, division.rideau, notes="After the Compton St. meeting.")
    assert saved["assessor"] == "Sgt. J. Tremblay"
    assert saved["quadrant"] == saved["computed_quadrant"] == "mobilization"
    stored = json.loads(saved["indicators"])
    assert stored["collective_efficacy"] == ANSWERS["collective_efficacy"]
    assert stored["active_partners"] == 1
    assert recorded_answers(saved)["calls_for_service"] == 400
    explained = explain_recorded(desk, saved)
    assert (explained.threat, explained.capacity) == (saved["threat"], saved["capacity"])
    assert sum(round(c.points * 10) for c in explained.contributions) == round(
        (saved["threat"] + saved["capacity"]) * 10)
    assert desk.assessments.latest(division.rideau["id"])["id"] == saved["id"]


def test_an_override_needs_a_reason_which_is_kept_and_shown(memory_desk, division):
    desk = memory_desk
    with pytest.raises(ValidationError, match="say why"):
        record(desk, division.rideau, override="enforcement")
    assert desk.assessments.count() == 0
    saved = record(desk, division.rideau, override="enforcement",
                   override_reason="Shots fired twice this week; the counts lag behind.")
    assert (saved["quadrant"], saved["computed_quadrant"]) == ("enforcement", "mobilization")
    assert saved["override_reason"] == "Shots fired twice this week; the counts lag behind."
    assert any("Shots fired twice" in note for note in explain_recorded(desk, saved).notes)


def test_overriding_with_the_computed_quadrant_is_no_override(memory_desk, division):
    saved = record(memory_desk, division.rideau, override="mobilization", override_reason="same")
    assert saved["quadrant"] == "mobilization" and saved["override_reason"] == ""


def test_an_assessment_recorded_without_an_explanation_is_scored_again_and_says_so(
        memory_desk, division):
    desk = memory_desk
    old = desk.assessments.create({
        "neighbourhood_id": division.rideau["id"], "assessed_on": "2025-05-01",
        "assessor": "Sgt. Roy", "indicators": ANSWERS, "threat": 61.0, "capacity": 30.0,
        "computed_quadrant": "enforcement", "quadrant": "enforcement"})
    explained = explain_recorded(desk, old)
    assert "scored again here with today's records" in explained.notes[-1]
    assert "capacity 30, threat 61" in explained.notes[-1]


def test_a_point_placed_on_the_diagram_proposes_the_latest_answers(memory_desk, division):
    desk = memory_desk
    record(desk, division.rideau, on="2026-09-01")
    proposal = propose_from_point(desk, division.rideau["id"], capacity=30, threat=80)
    assert proposal.answers["calls_for_service"] == 400
    assert proposal.based_on == "2026-09-01"
    assert proposal.quadrant.value == "enforcement"
    assert proposal.computed.quadrant.value == "mobilization"
    assert proposal.needs_reason


def test_saving_a_placed_point_records_its_scores_and_needs_a_reason_across_quadrants(
        memory_desk, division):
    desk = memory_desk
    with pytest.raises(ValidationError, match="say why"):
        record(desk, division.rideau, placed=(30.0, 80.0))
    saved = record(desk, division.rideau, placed=(30.0, 80.0),
                   override_reason="Tenants' association folded in October.")
    assert (saved["capacity"], saved["threat"]) == (30.0, 80.0)
    assert (saved["quadrant"], saved["computed_quadrant"]) == ("enforcement", "mobilization")
    notes = explain_recorded(desk, saved).notes
    assert any(n.startswith("Placed on the diagram by Sgt. J. Tremblay: capacity 30, threat 80")
               for n in notes)
    # Within the answers' own quadrant, no reason is needed.
    moved = record(desk, division.rideau, placed=(30.0, 20.0))
    assert moved["quadrant"] == "mobilization" and moved["override_reason"] == ""


def test_a_point_off_the_field_is_refused(memory_desk, division):
    with pytest.raises(ValidationError, match="between 0 and 100"):
        propose_from_point(memory_desk, division.rideau["id"], capacity=120, threat=10)
