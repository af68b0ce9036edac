"""The contacts list: newest first, paged, sorted by any column, filtered, searched as typed."""

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries import CONTACTS, ListRequest


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def ids(rows):
    return [row["id"] for row in rows]


def test_newest_first_with_the_names_it_shows(memory_desk, division):
    rows = CONTACTS.page(memory_desk.context)
    assert ids(rows) == [division.school_contact["id"], division.lot_contact["id"],
                         division.old_contact["id"]]
    school = rows[0]
    assert school["officer"] == "Sgt. J. Tremblay"
    assert school["neighbourhood"] == "Vanier"
    assert school["partners"] == "École Saint-Amour; Marcel Lavoie"
    assert CONTACTS.display(school, "occurred_at") == "2026-11-24 09:30"
    assert CONTACTS.count(memory_desk.context) == 3


@pytest.mark.parametrize("typed, expected", [
    ("compton", ["lot_contact"]),  # inside the summary (FTS)
    ("comp", ["lot_contact"]),  # a prefix, as typed so far
    ("lighting", ["lot_contact"]),  # inside the follow-up
    ("morin", ["lot_contact", "old_contact"]),  # the officer's name
    ("4471", ["lot_contact", "old_contact"]),  # the officer's badge
    ("tenants", ["lot_contact"]),  # a partner's name
    ("vanier", ["school_contact"]),  # the neighbourhood
    ("morin graffiti", ["old_contact"]),  # every word must match, each anywhere
    ("école", ["school_contact"]),
    ("nothing-like-this", []),
    ("  ", ["school_contact", "lot_contact", "old_contact"]),
    ('"compton* (', ["lot_contact"]),  # search syntax is taken as plain words
])
def test_search_as_you_type(memory_desk, division, typed, expected):
    rows = CONTACTS.page(memory_desk.context, ListRequest(search=typed))
    assert ids(rows) == [getattr(division, name)["id"] for name in expected]
    assert CONTACTS.count(memory_desk.context, ListRequest(search=typed)) == len(expected)


def test_search_finds_text_changed_after_saving(memory_desk, division):
    memory_desk.contacts.update(division.old_contact["id"], {"summary": "Skateboarders"})
    found = CONTACTS.page(memory_desk.context, ListRequest(search="skateboard"))
    assert ids(found) == [division.old_contact["id"]]
    assert CONTACTS.page(memory_desk.context, ListRequest(search="graffiti")) == []


@pytest.mark.parametrize("state, expected", [
    ("due", ["lot_contact", "school_contact"]),
    ("overdue", ["lot_contact"]),
    ("today", ["school_contact"]),
    ("open", ["lot_contact", "school_contact"]),
    ("done", []),
])
def test_follow_up_filters(memory_desk, division, state, expected):
    request = ListRequest(filters={"follow_up": state}, sort="follow_up_due")
    rows = CONTACTS.page(memory_desk.context, request)
    assert ids(rows) == [getattr(division, name)["id"] for name in expected]


def test_a_follow_up_marked_done_leaves_the_due_list(memory_desk, division):
    memory_desk.contacts.mark_follow_up_done(division.lot_contact["id"])
    due = CONTACTS.page(memory_desk.context, ListRequest(filters={"follow_up": "due"}))
    assert ids(due) == [division.school_contact["id"]]
    done = CONTACTS.page(memory_desk.context, ListRequest(filters={"follow_up": "done"}))
    assert ids(done) == [division.lot_contact["id"]]
    assert CONTACTS.row(memory_desk.context, division.lot_contact["id"])[
        "follow_up_state"] == "Done"


def test_follow_up_state_reads_plainly(memory_desk, division):
    states = {row["id"]: row["follow_up_state"] for row in CONTACTS.page(memory_desk.context)}
    assert states == {division.lot_contact["id"]: "Overdue",
                      division.school_contact["id"]: "Due today",
                      division.old_contact["id"]: ""}


def test_filters_combine(memory_desk, division):
    request = ListRequest(filters={"officer_id": division.morin["id"],
                                   "neighbourhood_id": division.westboro["id"]})
    assert ids(CONTACTS.page(memory_desk.context, request)) == [division.old_contact["id"]]
    by_partner = ListRequest(filters={"partner_id": division.leader["id"]})
    assert ids(CONTACTS.page(memory_desk.context, by_partner)) == [
        division.school_contact["id"]]
    recent = ListRequest(filters={"period": "30"})
    assert CONTACTS.count(memory_desk.context, recent) == 2


def test_filter_options_come_from_the_records(memory_desk, division):
    officers = CONTACTS.filters["officer_id"].options(memory_desk.context)
    assert officers == [(division.morin["id"], "Cst. J. Morin"),
                        (division.tremblay["id"], "Sgt. J. Tremblay")]


@pytest.mark.parametrize("column, expected", [
    ("officer", ["lot_contact", "old_contact", "school_contact"]),
    ("neighbourhood", ["lot_contact", "school_contact", "old_contact"]),
    ("kind", ["lot_contact", "old_contact", "school_contact"]),
    ("partners", ["old_contact", "school_contact", "lot_contact"]),  # by first name: Marcel
    ("occurred_at", ["old_contact", "lot_contact", "school_contact"]),
])
def test_sort_by_any_column(memory_desk, division, column, expected):
    rows = CONTACTS.page(memory_desk.context, ListRequest(sort=column))
    assert ids(rows) == [getattr(division, name)["id"] for name in expected]
    reverse = CONTACTS.page(memory_desk.context, ListRequest(sort=column, descending=True))
    assert ids(reverse) == list(reversed(ids(rows)))


def test_pages_follow_on_without_gaps_or_repeats(memory_desk, division):
    for n in range(45):
        memory_desk.contacts.create({"occurred_at": "2026-11-01 10:00", "kind": "Phone",
                                     "summary": f"Call {n}"})
    request = ListRequest(sort="occurred_at")  # many equal values: the order must still hold
    pages = [CONTACTS.page(memory_desk.context, request, offset, 10) for offset in range(0, 50, 10)]
    seen = [row["id"] for page in pages for row in page]
    assert len(seen) == len(set(seen)) == 48
    assert seen == ids(CONTACTS.page(memory_desk.context, request, 0, 100))


def test_deleted_contacts_leave_the_list_for_recently_deleted(memory_desk, division):
    memory_desk.contacts.delete(division.old_contact["id"])
    assert division.old_contact["id"] not in ids(CONTACTS.page(memory_desk.context))
    deleted = CONTACTS.page(memory_desk.context, ListRequest(deleted=True))
    assert ids(deleted) == [division.old_contact["id"]]
    assert deleted[0]["deleted_at"] == "2026-11-25T02:00:00+00:00"
    assert CONTACTS.row(memory_desk.context, division.old_contact["id"])["deleted_at"]


def test_unknown_sort_or_filter_is_refused_plainly(memory_desk):
    with pytest.raises(ValidationError, match="no column 'shoe'"):
        CONTACTS.page(memory_desk.context, ListRequest(sort="shoe"))
    with pytest.raises(ValidationError, match="no filter 'shoe'"):
        CONTACTS.page(memory_desk.context, ListRequest(filters={"shoe": "1"}))
    with pytest.raises(ValidationError, match="not a choice of follow-up"):
        CONTACTS.page(memory_desk.context, ListRequest(filters={"follow_up": "later"}))
