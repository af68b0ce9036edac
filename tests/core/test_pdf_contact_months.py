"""Contacts per month for the profile's chart: local months, by quadrant activity."""

from __future__ import annotations

from datetime import date

from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.reports.contact_months import contact_months, month_starts


def test_twelve_months_ending_with_this_one():
    assert month_starts(date(2026, 2, 14))[0] == date(2025, 3, 1)
    assert month_starts(date(2026, 2, 14))[-1] == date(2026, 2, 1)
    assert len(month_starts(date(2026, 12, 31))) == 12


def test_contacts_are_counted_in_their_local_month_by_quadrant(desk):
    beat = desk.beats.create({"name": "Beat 1"})
    hood = desk.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    other = desk.neighbourhoods.create({"name": "Overbrook", "beat_id": beat["id"]})
    for occurred_at, activity, where in (
        ("2026-11-30 23:30", "Crime analysis", hood),     # 04:30 UTC on Dec 1: still November
        ("2026-11-01 00:10", "Liaison", hood),            # the first minutes of November
        ("2026-10-31 23:59", "Liaison", hood),            # October
        ("2025-12-01 00:00", "Engage leaders", hood),     # the first month shown
        ("2025-11-30 23:59", "Engage leaders", hood),     # before the 12 months
        ("2026-11-10 10:00", "", hood),                   # no activity recorded
        ("2026-11-10 10:00", "Liaison", other),           # another neighbourhood
    ):
        desk.contacts.create({"occurred_at": occurred_at, "kind": "Meeting",
                              "activity": activity, "neighbourhood_id": where["id"]})
    months = contact_months(desk, hood["id"], date(2026, 11, 24))
    assert months.months[0] == date(2025, 12, 1) and months.months[-1] == date(2026, 11, 1)
    assert months.counts[Quadrant.ENFORCEMENT][-1] == 1
    assert months.counts[Quadrant.ENGAGEMENT][-1] == 1
    assert months.counts[Quadrant.ENGAGEMENT][-2] == 1
    assert months.counts[Quadrant.SAFETY][0] == 1
    assert months.counts[None][-1] == 1
    assert months.total == 5
    assert months.totals[-1] == 3
