"""The retention review on a schedule: due every `retention_review_days` (a setting IT can
preset), it shows what it will erase and erases it unless postponed with a reason, which is
audited; a due review with nothing to erase is noted as done."""

from datetime import UTC, datetime

import pytest
from test_retention import division  # noqa: F401 (the fixture)

from ompm_desktop.errors import ValidationError
from ompm_desktop.privacy.retention_schedule import (
    erase_scheduled,
    postpone,
    review_due,
    scheduled_review,
)
from ompm_desktop.services.audit import entries
from ompm_desktop.services.desk import Desk


def moved_to(desk, year, month, day):
    desk.context.clock = lambda: datetime(year, month, day, 17, 0, tzinfo=UTC)


def test_a_review_never_made_is_due_and_shows_what_it_would_erase(division):  # noqa: F811
    desk, records = division
    review = scheduled_review(desk)
    assert review is not None
    assert {item.record_id for item in review.contacts} == {
        records["old"]["id"], records["gone"]["id"]}
    erase_scheduled(desk, review)
    assert desk.settings.get("retention_reviewed_on") == "2026-11-24"
    assert not review_due(desk)
    moved_to(desk, 2026, 12, 23)
    assert not review_due(desk)  # 29 days later
    moved_to(desk, 2026, 12, 24)
    assert review_due(desk)  # the service's 30 days


def test_nothing_to_erase_is_noted_as_reviewed_without_a_word(division):  # noqa: F811
    desk, _records = division
    erase_scheduled(desk, scheduled_review(desk))
    moved_to(desk, 2027, 1, 2)
    assert review_due(desk)
    assert scheduled_review(desk) is None  # nothing new has passed the period
    assert desk.settings.get("retention_reviewed_on") == "2027-01-02"


def test_postponing_needs_a_reason_and_is_audited(division):  # noqa: F811
    desk, _records = division
    with pytest.raises(ValidationError, match="Say why"):
        postpone(desk, "  ")
    until = postpone(desk, "Court disclosure pending for the Elm St. file")
    assert until.isoformat() == "2026-12-01"
    assert scheduled_review(desk) is None
    [entry] = entries(desk.db, table="contact", limit=1)
    assert entry["action"] == "retention_postponed"
    assert entry["after"] == {"until": "2026-12-01",
                              "reason": "Court disclosure pending for the Elm St. file"}
    moved_to(desk, 2026, 12, 1)
    assert scheduled_review(desk) is not None


def test_the_schedule_can_be_turned_off_and_never_runs_read_only(division,  # noqa: F811
                                                                   db_path):
    desk, _records = division
    reader = Desk.open(db_path, read_only=True, clock=desk.context.clock)
    try:
        assert review_due(desk) and not review_due(reader)
    finally:
        reader.close()
    desk.settings.set("retention_review_days", 0)
    assert not review_due(desk)
