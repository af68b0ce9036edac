"""Residents' personal details past the retention period are listed, then erased: the contacts
stay for the statistics, and no copy of what was erased is left in the audit log or index."""

import json
from datetime import UTC, date, datetime

import pytest

from ompm_desktop.services.audit import entries
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.retention import (
    ERASED,
    erase_expired,
    months_before,
    review_retention,
)

LONG_AGO = datetime(2024, 3, 1, 15, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)


@pytest.fixture
def division(db_path):
    now = [LONG_AGO]
    desk = Desk.open(db_path, create=True, clock=lambda: now[0])
    desk.actor = "Sgt. Test"
    hood = desk.neighbourhoods.create({"name": "Vanier"})
    officer = desk.officers.create({"badge": "4471", "last_name": "Morin"})
    agency = desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    ahmed = desk.partners.create({"name": "Ms. Ahmed", "kind": "Resident leader",
                                  "is_organization": 0})
    roy = desk.partners.create({"name": "Mr. Roy", "kind": "Resident leader",
                                "is_organization": 0})
    desk.partner_personal.create({"partner_id": ahmed["id"], "home_phone": "613-555-1111",
                                  "home_address": "12 Elm St"})
    desk.partner_personal.create({"partner_id": roy["id"], "home_phone": "613-555-2222"})
    old = desk.contacts.create({
        "occurred_at": "2024-06-01 10:00", "kind": "Meeting", "officer_id": officer["id"],
        "neighbourhood_id": hood["id"], "partner_ids": [agency["id"], ahmed["id"]],
        "summary": "Ahmed worried about her grandson", "follow_up": "Call Ahmed at home",
        "follow_up_due": "2024-06-08",
    })
    quiet = desk.contacts.create({"occurred_at": "2024-05-01 10:00", "kind": "Phone",
                                  "partner_ids": [agency["id"]]})
    gone = desk.contacts.create({"occurred_at": "2024-04-01 10:00", "kind": "Phone",
                                 "summary": "Neighbour dispute, unit 4"})
    desk.contacts.delete(gone["id"])
    now[0] = NOW
    recent = desk.contacts.create({"occurred_at": "2026-10-01 10:00", "kind": "Meeting",
                                   "partner_ids": [roy["id"]], "summary": "Roy's block party"})
    yield desk, {"old": old, "quiet": quiet, "gone": gone, "recent": recent, "agency": agency,
                 "ahmed": ahmed, "roy": roy}
    desk.close()


def test_the_default_period_is_24_months(division):
    desk, _ = division
    review = review_retention(desk)
    assert (review.months, review.cutoff) == (24, date(2024, 11, 24))


def test_the_review_lists_what_has_passed_the_period(division):
    desk, records = division
    review = review_retention(desk)
    assert [item.record_id for item in review.contacts] == [
        records["gone"]["id"], records["old"]["id"]]
    assert review.contacts[1].label == "Meeting, Vanier"
    assert review.contacts[1].when == "2024-06-01"
    # Roy had a contact within the period: his details stay.
    assert [item.label for item in review.personal] == ["Personal details of Ms. Ahmed"]


def test_erasing_keeps_the_contacts_for_the_statistics(division):
    desk, records = division
    count = desk.contacts.count()
    erase_expired(desk)
    old = desk.contacts.get(records["old"]["id"])
    assert (old["summary"], old["follow_up"]) == (ERASED, ERASED)
    assert old["partner_ids"] == [records["agency"]["id"]]  # the resident is unlinked
    assert (old["occurred_at"], old["kind"], old["follow_up_due"]) == (
        records["old"]["occurred_at"], "Meeting", "2024-06-08")
    assert old["officer_id"] and old["neighbourhood_id"]
    assert desk.contacts.count() == count
    gone = desk.contacts.get(records["gone"]["id"], include_deleted=True)
    assert gone["summary"] == ERASED and gone["deleted_at"]
    assert desk.contacts.get(records["quiet"]["id"]) == {**records["quiet"]}
    assert desk.contacts.get(records["recent"]["id"])["summary"] == "Roy's block party"
    ahmed = desk.partner_personal.list("partner_id = ?", [records["ahmed"]["id"]])[0]
    assert (ahmed["home_phone"], ahmed["home_address"]) == ("", "")
    roy = desk.partner_personal.list("partner_id = ?", [records["roy"]["id"]])[0]
    assert roy["home_phone"] == "613-555-2222"
    assert review_retention(desk).empty


def test_no_copy_of_the_erased_details_is_left(division):
    desk, _ = division
    erase_expired(desk)
    log = desk.db.execute("SELECT coalesce(before, '') || coalesce(after, '') FROM audit_log")
    text = " ".join(row[0] for row in log)
    for secret in ("grandson", "Call Ahmed", "613-555-1111", "12 Elm St", "unit 4"):
        assert secret not in text, secret
    assert "613-555-2222" in text  # still within the period
    hits = desk.db.execute(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'grandson'").fetchone()[0]
    assert hits == 0
    assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_version_that_lost_a_sync_keeps_no_erased_text_either(division):
    desk, records = division
    old = desk.contacts.get(records["old"]["id"])
    desk.db.table("conflict_log").insert({
        "id": "c1", "created_at": old["updated_at"], "updated_at": old["updated_at"],
        "table_name": "contact", "row_id": old["id"], "loser": json.dumps(old),
        "loser_updated_at": old["updated_at"], "loser_machine": "laptop-2",
        "winner_updated_at": old["updated_at"], "winner_machine": "laptop-1"})
    erase_expired(desk)
    loser = json.loads(desk.db.execute("SELECT loser FROM conflict_log").fetchone()[0])
    assert loser["summary"] == ERASED and loser["follow_up"] == ERASED
    assert loser["partner_ids"] == [records["agency"]["id"]]  # the resident is gone from it


def test_the_erasure_is_in_the_audit_log(division):
    desk, _ = division
    erase_expired(desk)
    entry = entries(desk.db, table="contact", limit=1)[0]
    assert (entry["action"], entry["actor"]) == ("retention", "Sgt. Test")
    assert entry["after"] == {"months": 24, "before": "2024-11-24", "contacts": 2,
                              "personal_details": 1}


def test_a_shorter_period_reaches_further(division):
    desk, records = division
    desk.settings.set("retention_months", 1)
    review = review_retention(desk)
    assert records["recent"]["id"] in [item.record_id for item in review.contacts]


def test_only_what_is_still_due_is_erased(division):
    desk, records = division
    review = review_retention(desk)
    desk.contacts.update(records["old"]["id"], {"summary": "", "follow_up": "Call back",
                                                "partner_ids": [records["agency"]["id"]]})
    erased = erase_expired(desk, review)
    assert records["old"]["id"] in [item.record_id for item in erased.contacts]
    assert desk.contacts.get(records["old"]["id"])["follow_up"] == ERASED


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 11, 24), 24, date(2024, 11, 24)),
    (date(2026, 3, 31), 1, date(2026, 2, 28)),
    (date(2024, 2, 29), 12, date(2023, 2, 28)),
    (date(2026, 1, 15), 13, date(2024, 12, 15)),
])
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected
