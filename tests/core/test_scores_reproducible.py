"""The same answers give the same scores: each count is scored against fixed reference
values, never against the other neighbourhoods, and an assessment keeps what its scores were
worked out with, so scoring its answers again later gives its recorded scores."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ompm_desktop.errors import ValidationError
from ompm_desktop.scoring.recording import (
    explain_recorded,
    propose_from_point,
    record_assessment,
    rescore_recorded,
    score_for,
)
from ompm_desktop.scoring.references import REFERENCES_SETTING
from ompm_desktop.services.desk import Desk
from tests.records_division import ANSWERS, small_division


@pytest.fixture(scope="module")
def demo_assessments(demo_template):
    desk = Desk.open(demo_template)
    try:
        return desk.assessments.list("1 = 1", [], limit=10_000)
    finally:
        desk.close()


def test_every_demo_assessment_keeps_its_references(demo_assessments):
    assert len(demo_assessments) > 20
    for record in demo_assessments:
        kept = json.loads(record["score_references"])
        assert kept["method"] == "reference-rates-1"
        assert kept["rates"]["violent_incidents"] > 0


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_scoring_any_stored_demo_assessment_again_gives_its_stored_scores(
        demo_assessments, data):
    record = data.draw(st.sampled_from(demo_assessments))
    again = rescore_recorded(record)
    assert again is not None
    assert (again.threat, again.capacity, again.quadrant.value) == (
        record["threat"], record["capacity"], record["computed_quadrant"])


def test_another_neighbourhood_changing_moves_no_score(memory_desk):
    desk = memory_desk
    division = small_division(desk)
    rideau = division.rideau["id"]
    before = score_for(desk, rideau, ANSWERS)
    # Vanier's newest assessment has ten times the calls: once enough to push Rideau
    # Heights down the division's ranking.
    record_assessment(desk, division.vanier["id"], {**ANSWERS, "calls_for_service": 4000},
                      assessed_on="2026-11-01", assessor="Sgt. J. Tremblay")
    after = score_for(desk, rideau, ANSWERS)
    assert (after.threat, after.capacity) == (before.threat, before.capacity)
    calls = next(c for c in after.contributions if c.key == "calls_for_service")
    assert "reference" in calls.note and "Against 1 other" in calls.context


def test_a_recorded_assessment_scores_the_same_after_the_settings_change(memory_desk):
    desk = memory_desk
    division = small_division(desk)
    recorded = record_assessment(desk, division.rideau["id"], ANSWERS,
                                 assessed_on="2026-11-01", assessor="Sgt. J. Tremblay")
    desk.settings.set(REFERENCES_SETTING, {"rates": {"calls_for_service": 50.0}})
    desk.partners.create({"name": "New club", "kind": "Community group",
                          "neighbourhood_ids": [division.rideau["id"]]})
    assert score_for(desk, division.rideau["id"], ANSWERS).threat != recorded["threat"]
    again = rescore_recorded(recorded)
    assert again is not None
    assert (again.threat, again.capacity) == (recorded["threat"], recorded["capacity"])
    kept = json.loads(recorded["score_references"])
    assert kept["rates"]["calls_for_service"] == 300.0
    assert kept["population"] == division.rideau["population"]


def test_a_demo_assessment_explains_itself_from_what_it_kept(demo_db):
    desk = Desk.open(demo_db)
    try:
        record = desk.assessments.list("1 = 1", [], limit=1)[0]
        result = explain_recorded(desk, record)
        assert (result.threat, result.capacity) == (record["threat"], record["capacity"])
        assert "the same scores as recorded" in result.notes[-1]
    finally:
        desk.close()


def test_the_reference_values_are_a_setting_checked_when_set(memory_desk):
    settings = memory_desk.settings
    assert settings.get(REFERENCES_SETTING)["rates"]["violent_incidents"] == 11.0
    with pytest.raises(ValidationError, match="must be a number above zero"):
        settings.set(REFERENCES_SETTING, {"rates": {"violent_incidents": 0}})
    settings.set(REFERENCES_SETTING, {"rates": {"violent_incidents": 8},
                                      "typical_population": 9000})
    kept = settings.get(REFERENCES_SETTING)
    assert kept["rates"]["violent_incidents"] == 8.0 and kept["typical_population"] == 9000
    assert kept["rates"]["calls_for_service"] == 300.0  # the others keep their defaults


def test_dragging_a_demo_point_starts_from_answers_that_give_its_recorded_scores(demo_db):
    desk = Desk.open(demo_db)
    try:
        for hood in desk.neighbourhoods.list():
            latest = desk.assessments.latest(hood["id"])
            proposal = propose_from_point(desk, hood["id"], latest["capacity"],
                                          latest["threat"])
            assert proposal.based_on == latest["assessed_on"]
            assert (proposal.computed.threat, proposal.computed.capacity) == (
                latest["threat"], latest["capacity"]), hood["name"]
            assert not proposal.needs_reason
    finally:
        desk.close()
