"""Partners at a glance (last contact, open initiatives), their list, and residents' personal
details kept apart from business details."""

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries import PARTNERS, ListRequest
from ompm_desktop.services import audit


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def by_name(rows):
    return {row["name"]: row for row in rows}


def test_each_partner_shows_its_last_contact_and_open_initiatives(memory_desk, division):
    rows = by_name(PARTNERS.page(memory_desk.context))
    tenants = rows["Rideau Heights Tenants' Association"]
    assert PARTNERS.display(tenants, "last_contact") == "2026-11-20"
    assert tenants["open_initiatives"] == 1
    assert tenants["neighbourhoods"] == "Rideau Heights"
    assert PARTNERS.display(rows["Marcel Lavoie"], "natural_leader") == "Yes"
    assert rows["Marcel Lavoie"]["open_initiatives"] == 0


def test_closed_initiatives_and_deleted_contacts_do_not_count(memory_desk, division):
    lot = division.lot["id"]
    for _ in range(4):
        memory_desk.initiatives.advance(lot)
    memory_desk.contacts.delete(division.lot_contact["id"])
    tenants = PARTNERS.row(memory_desk.context, division.tenants["id"])
    assert tenants["open_initiatives"] == 0
    assert tenants["last_contact"] is None


def test_summary_lists_recent_contacts_and_open_initiatives(memory_desk, division):
    summary = memory_desk.partners.summary(division.school["id"])
    assert summary.contact_count == 1
    assert summary.last_contact_at == "2026-11-24T14:30:00+00:00"
    assert [c["id"] for c in summary.recent_contacts] == [division.school_contact["id"]]
    assert [i["title"] for i in summary.open_initiatives] == ["Bike thefts near the school"]


@pytest.mark.parametrize("filters, expected", [
    ({"kind": "School"}, ["École Saint-Amour"]),
    ({"natural_leader": "1"}, ["Marcel Lavoie"]),
    ({"is_organization": "0"}, ["Marcel Lavoie"]),
    ({"last_contact": "30"}, ["École Saint-Amour", "Marcel Lavoie",
                              "Rideau Heights Tenants' Association"]),
])
def test_filters(memory_desk, division, filters, expected):
    rows = PARTNERS.page(memory_desk.context, ListRequest(filters=filters))
    assert [row["name"] for row in rows] == expected


def test_quiet_partners_are_found(memory_desk, division):
    quiet = memory_desk.partners.create({"name": "Vanier BIA", "kind": "Business"})
    rows = PARTNERS.page(memory_desk.context, ListRequest(filters={"last_contact": "quiet90"}))
    assert [row["id"] for row in rows] == [quiet["id"]]


@pytest.mark.parametrize("typed, expected", [
    ("tuesday", ["Rideau Heights Tenants' Association"]),  # inside the notes (FTS)
    ("ahmed", ["Rideau Heights Tenants' Association"]),  # the contact's name
    ("555-0142", ["Rideau Heights Tenants' Association"]),  # the phone
    ("vanier", ["École Saint-Amour", "Marcel Lavoie"]),  # a neighbourhood served
    ("ecole", ["École Saint-Amour"]),  # without the accent
])
def test_search(memory_desk, division, typed, expected):
    rows = PARTNERS.page(memory_desk.context, ListRequest(search=typed))
    assert [row["name"] for row in rows] == expected


def test_personal_details_are_kept_apart_and_cleared_as_a_whole(memory_desk, division):
    leader = division.leader["id"]
    personal = memory_desk.partner_personal
    assert personal.save_for_partner(leader, {"home_phone": ""}) is None
    saved = personal.save_for_partner(leader, {"home_phone": "613-555-0199",
                                               "home_address": "12 Rue Sainte-Anne"})
    assert saved["home_phone"] == "613-555-0199"
    assert "home_phone" not in memory_desk.partners.get(leader)
    assert personal.save_for_partner(leader, {}) is None
    assert personal.for_partner(leader) is None
    again = personal.save_for_partner(leader, {"personal_email": "m.lavoie@example.ca"})
    assert again["id"] == saved["id"] and again["home_phone"] == ""
    actions = [e["action"] for e in audit.entries(memory_desk.db, row_id=saved["id"])]
    assert actions == ["update", "restore", "delete", "create"]


def test_a_partner_name_is_unique_within_its_kind(memory_desk, division):
    with pytest.raises(ValidationError) as caught:
        memory_desk.partners.create({"name": "École Saint-Amour", "kind": "School"})
    assert caught.value.field == "name"
    assert str(caught.value) == "There is already a school named École Saint-Amour."


def test_partners_contacted_here_this_year_come_before_the_others(memory_desk, division):
    from ompm_desktop.reports.records import partners_serving

    desk, vanier, elsewhere = memory_desk, division.vanier["id"], division.rideau["id"]
    names = ["Alpha Food Bank", "Beta Youth Centre", "Gamma Library", "Delta Mosque",
             "Epsilon Church"]
    made = {name: desk.partners.create({"name": name, "kind": "Agency",
                                        "neighbourhood_ids": [vanier]}) for name in names}
    for name, where, when in (("Delta Mosque", vanier, "2026-11-01 10:00"),   # here, lately
                              ("Beta Youth Centre", vanier, "2025-01-05 10:00"),  # too long ago
                              ("Gamma Library", elsewhere, "2026-11-02 10:00"),  # elsewhere
                              ("Epsilon Church", vanier, "2026-11-03 10:00")):   # deleted
        contact = desk.contacts.create({"occurred_at": when, "neighbourhood_id": where,
                                        "kind": "Meeting", "partner_ids": [made[name]["id"]]})
        if name == "Epsilon Church":
            desk.contacts.delete(contact["id"])
    listed = partners_serving(desk, [vanier], since="2025-11-24 00:00:00")
    order = [row["name"] for row in listed.rows if row["name"] in names]
    assert order == ["Delta Mosque", "Alpha Food Bank", "Beta Youth Centre", "Epsilon Church",
                     "Gamma Library"]
