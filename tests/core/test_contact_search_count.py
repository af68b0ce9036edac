"""Searching contacts finds the page and counts every match in one pass: the same rows in
the same order, and the same count, as the list finding and counting them apart; the count
kept from the page is used only while nothing has been written since."""

import sqlite3

import pytest
from records_division import small_division

from ompm_desktop.queries import CONTACTS, ListRequest
from ompm_desktop.queries.base import RecordList


def _many_contacts(desk, division, count: int) -> None:
    desk.contacts.create_many(
        {"occurred_at": f"2026-{1 + n % 11:02d}-{1 + n % 28:02d} {8 + n % 10:02d}:00",
         "kind": "Meeting", "neighbourhood_id": division.vanier["id"],
         "summary": f"Talk {n} about {'parking' if n % 3 else 'noise'} near the park",
         "follow_up": "Call back" if n % 4 == 0 else "", "follow_up_due":
             f"2026-11-{1 + n % 28:02d}" if n % 4 == 0 else None}
        for n in range(count))


@pytest.mark.parametrize("request_", [
    ListRequest(search="park"),
    ListRequest(search="vanier noise"),
    ListRequest(search="park", sort="officer", descending=True),
    ListRequest(search="talk", filters={"follow_up": "overdue"}),
    ListRequest(search="tenants"),
    ListRequest(search="nothing-matches-this"),
])
def test_a_search_gives_the_rows_and_the_count_the_list_gives_apart(desk, request_):
    division = small_division(desk)
    _many_contacts(desk, division, 450)
    for offset in (0, 200, 400):
        rows = CONTACTS.page(desk.context, request_, offset=offset, limit=200)
        expected = RecordList.page(CONTACTS, desk.context, request_, offset=offset, limit=200)
        assert rows == expected
        assert CONTACTS.count(desk.context, request_) == RecordList.count(
            CONTACTS, desk.context, request_)


def test_a_contact_written_after_the_page_counts(desk):
    division = small_division(desk)
    _many_contacts(desk, division, 250)
    request = ListRequest(search="park")
    assert len(CONTACTS.page(desk.context, request)) == 200
    before = CONTACTS.count(desk.context, request)
    desk.contacts.create({"occurred_at": "2026-11-21 10:00", "kind": "Meeting",
                          "summary": "Another word about the park"})
    assert CONTACTS.count(desk.context, request) == before + 1


def test_a_contact_written_by_another_connection_counts(desk):
    division = small_division(desk)
    _many_contacts(desk, division, 250)
    request = ListRequest(search="park")
    CONTACTS.page(desk.context, request)
    before = CONTACTS.count(desk.context, request)
    other = sqlite3.connect(desk.path)
    with other:
        other.execute("UPDATE contact SET deleted_at = '2026-11-24T10:00:00+00:00' "
                      "WHERE rowid = (SELECT min(rowid) FROM contact WHERE summary LIKE '%park%')")
    other.close()
    assert CONTACTS.count(desk.context, request) == before - 1


def test_another_division_is_counted_on_its_own(desk, memory_desk):
    _many_contacts(desk, small_division(desk), 250)
    small_division(memory_desk)
    request = ListRequest(search="park")
    CONTACTS.page(desk.context, request)
    assert CONTACTS.count(memory_desk.context, request) == 0
