"""Logging contacts: follow-ups, the Situation Table rule, and what the audit log keeps."""

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.services import audit
from ompm_desktop.services.contacts import SITUATION_TABLE


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def test_a_referral_records_the_agency_and_nothing_about_the_person(memory_desk, division):
    data = {"occurred_at": "2026-11-24 10:00", "kind": SITUATION_TABLE,
            "neighbourhood_id": division.vanier["id"]}
    with pytest.raises(ValidationError) as caught:
        memory_desk.contacts.create(data)
    assert caught.value.field == "situation_table_agency"
    assert "Name the agency" in str(caught.value)
    saved = memory_desk.contacts.create({**data, "situation_table_agency": "CMHA Ottawa"})
    assert saved["situation_table_agency"] == "CMHA Ottawa"


def test_an_agency_goes_only_with_a_referral(memory_desk, division):
    with pytest.raises(ValidationError) as caught:
        memory_desk.contacts.update(division.old_contact["id"],
                                    {"situation_table_agency": "CMHA Ottawa"})
    assert caught.value.field == "situation_table_agency"


def test_marking_a_follow_up_done_is_stamped_and_audited(memory_desk, division):
    done = memory_desk.contacts.mark_follow_up_done(division.lot_contact["id"])
    assert done["follow_up_done_at"] == "2026-11-25T02:00:00+00:00"
    [entry] = audit.entries(memory_desk.db, row_id=done["id"], limit=1)
    assert entry["action"] == "update" and entry["actor"] == "Sgt. Test"
    assert entry["before"]["follow_up_done_at"] is None
    assert entry["after"]["follow_up_done_at"] == "2026-11-25T02:00:00+00:00"
    again = memory_desk.contacts.mark_follow_up_done(division.lot_contact["id"])
    assert again["updated_at"] == done["updated_at"]
    reopened = memory_desk.contacts.reopen_follow_up(division.lot_contact["id"])
    assert reopened["follow_up_done_at"] is None


def test_no_follow_up_to_mark_done(memory_desk, division):
    with pytest.raises(ValidationError, match="no follow-up to mark done"):
        memory_desk.contacts.mark_follow_up_done(division.old_contact["id"])


def test_a_follow_up_due_date_needs_the_follow_up(memory_desk, division):
    with pytest.raises(ValidationError) as caught:
        memory_desk.contacts.create({"occurred_at": "2026-11-24 10:00", "kind": "Phone",
                                     "follow_up_due": "2026-11-30"})
    assert caught.value.field == "follow_up"
    assert str(caught.value) == "Say what the follow-up is, or clear its due date."


def test_a_bad_date_says_how_to_write_it(memory_desk):
    with pytest.raises(ValidationError) as caught:
        memory_desk.contacts.create({"occurred_at": "yesterday", "kind": "Phone"})
    assert caught.value.field == "occurred_at"
    assert str(caught.value) == (
        "When must be a date and time written YYYY-MM-DD HH:MM, not 'yesterday'.")
