"""Dates and times as typed in a form, quickly."""

from datetime import UTC, datetime

import pytest

from ompm_desktop.errors import ValidationError
from ompm_desktop.typed_dates import now_shown, read_date, read_datetime, shown_datetime


def clock():
    return datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # Tuesday 18:00 in Toronto


@pytest.mark.parametrize("typed, expected", [
    ("", ""), ("2026-11-30", "2026-11-30"), ("today", "2026-11-24"),
    ("tomorrow", "2026-11-25"), ("+7", "2026-12-01"), ("-1", "2026-11-23"),
    ("fri", "2026-11-27"), ("Tuesday", "2026-12-01"), ("30 Nov 2026", "2026-11-30"),
])
def test_dates(typed, expected):
    assert read_date(typed, clock) == expected


@pytest.mark.parametrize("typed, expected", [
    ("now", "2026-11-24T18:00:00"), ("14:30", "2026-11-24T14:30:00"),
    ("2 pm", "2026-11-24T14:00:00"), ("yesterday 14:30", "2026-11-23T14:30:00"),
    ("2026-11-20 09:15", "2026-11-20T09:15:00"), ("20 Nov 2026 7:00 PM", "2026-11-20T19:00:00"),
])
def test_datetimes(typed, expected):
    assert read_datetime(typed, clock) == expected


def test_what_cannot_be_read_says_how_to_write_it():
    with pytest.raises(ValidationError) as caught:
        read_datetime("last week", clock, "When", "occurred_at")
    assert caught.value.field == "occurred_at"
    assert "Write it as YYYY-MM-DD HH:MM" in str(caught.value)
    with pytest.raises(ValidationError, match="is not a date"):
        read_date("2026-02-30", clock)


def test_shown_in_local_time():
    assert shown_datetime("2026-11-24T23:00:00+00:00") == "2026-11-24 18:00"
    assert now_shown(clock) == "2026-11-24 18:00"
