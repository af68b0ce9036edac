"""Contact logging with guardrails: a referral to a Situation Table keeps the date, the agency
and the outcome of the four-filter approach, no summary and no resident; a patrol
conversation in which the person was asked to identify themselves keeps nothing that
identifies them (O. Reg. 400/23); referrals recorded before the rule are listed for review."""

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.contacts import PATROL_CONVERSATION, SITUATION_TABLE


@pytest.fixture
def division(desk):
    return small_division(desk)


def referral(division, **more):
    return {"occurred_at": "2026-11-20 10:00", "kind": SITUATION_TABLE,
            "neighbourhood_id": division.vanier["id"], "situation_table_agency": "CMHA",
            "situation_table_outcome": "Accepted: acutely elevated risk", **more}


def test_a_referral_is_the_date_the_agency_and_the_outcome(desk, division):
    saved = desk.contacts.create(referral(division, partner_ids=[division.school["id"]]))
    assert saved["situation_table_outcome"] == "Accepted: acutely elevated risk"
    with pytest.raises(ValidationError, match="clear the summary") as refused:
        desk.contacts.create(referral(division, summary="Youth, 15, runs away from home"))
    assert refused.value.field == "summary"
    with pytest.raises(ValidationError, match="names no resident"):
        desk.contacts.create(referral(division, partner_ids=[division.leader["id"]]))


def test_an_outcome_goes_with_a_referral_only(desk, division):
    with pytest.raises(ValidationError, match="only with a referral"):
        desk.contacts.create({"occurred_at": "2026-11-20 10:00", "kind": "Meeting",
                              "situation_table_outcome": "Closed: risk lowered"})


def test_referrals_from_before_the_rule_are_listed_until_cleared(desk, division):
    old = desk.contacts.create(referral(division))
    desk.db.table("contact").update(old["id"], {"summary": "Mother called about her son"})
    assert [r["id"] for r in desk.contacts.referrals_to_review()] == [old["id"]]
    desk.contacts.update(old["id"], {"situation_table_outcome": "Closed: risk lowered"})
    with pytest.raises(ValidationError, match="clear the summary"):
        desk.contacts.update(old["id"], {"summary": "Mother called again"})
    desk.contacts.update(old["id"], {"summary": ""})
    assert desk.contacts.referrals_to_review() == []


def conversation(division, **more):
    return {"occurred_at": "2026-11-20 22:00", "kind": PATROL_CONVERSATION,
            "neighbourhood_id": division.vanier["id"], "identification_requested": 1, **more}


def test_when_identification_was_asked_nothing_identifying_is_kept(desk, division):
    saved = desk.contacts.create(conversation(
        division, summary="Asked about the break-ins on Montreal Rd."))
    assert saved["identification_requested"] == 1
    with pytest.raises(ValidationError, match="a phone number") as refused:
        desk.contacts.create(conversation(division, summary="Gave his cell 613-555-0199"))
    assert "records system" in refused.value.message
    with pytest.raises(ValidationError, match="take the residents off"):
        desk.contacts.create(conversation(division, partner_ids=[division.leader["id"]]))
    with pytest.raises(ValidationError, match="patrol conversation only"):
        desk.contacts.create(conversation(division, kind="Meeting"))


def test_without_identification_a_personal_summary_is_the_sergeants_call(desk, division):
    saved = desk.contacts.create(conversation(division, identification_requested=0,
                                              summary="Mrs. Roy worried about speeding"))
    assert saved["summary"] == "Mrs. Roy worried about speeding"


def test_the_referrals_to_review_are_read_through_their_own_index(desk):
    """The Today page asks on every refresh: the referrals alone are read, not every
    contact (a plan, not a timing: speed is measured in bench/)."""
    asked: list[str] = []
    desk.db.conn.set_trace_callback(asked.append)
    try:
        desk.contacts.referrals_to_review()
    finally:
        desk.db.conn.set_trace_callback(None)
    [query] = [sql for sql in asked if "FROM contact c" in sql]
    plan = " ".join(str(row[3]) for row in desk.db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "USING INDEX contact_referral" in plan
