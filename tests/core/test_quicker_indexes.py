"""The indexes of migration m005 are the ones SQLite uses: the Today page counts overdue
follow-ups from the open follow-ups alone, and a search reaches the contacts of a matching
partner without reading the link table's rows. Both answer as before."""

from ompm_desktop.queries import CONTACTS, ListRequest


def _plan(desk, sql: str, params: dict) -> str:
    return " | ".join(row[3] for row in desk.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def _contact(desk, due: str | None, *, done: bool = False, deleted: bool = False) -> str:
    contact = desk.contacts.create({"occurred_at": "2026-11-01T10:00:00+00:00",
                                    "kind": "Meeting", "summary": "Spoke about noise",
                                    "follow_up": "Call back" if due else "",
                                    "follow_up_due": due})
    if done:
        desk.contacts.mark_follow_up_done(contact["id"])
    if deleted:
        desk.contacts.delete(contact["id"])
    return contact["id"]


def test_overdue_follow_ups_are_counted_from_the_open_ones_only(desk):
    overdue = _contact(desk, "2026-11-01")
    _contact(desk, "2026-11-02", done=True)
    _contact(desk, "2026-11-03", deleted=True)
    _contact(desk, "2026-12-20")  # not due yet
    _contact(desk, None)
    request = ListRequest(sort="follow_up_due", filters={"follow_up": "overdue"})
    where, params = CONTACTS.where(desk.context, request)
    plan = _plan(desk, f"SELECT count(*) FROM contact WHERE {where}", params)
    assert "USING INDEX contact_follow_up_open" in plan
    assert CONTACTS.count(desk.context, request) == 1
    assert [row["id"] for row in CONTACTS.page(desk.context, request)] == [overdue]


def test_a_search_finds_a_partners_contacts_through_the_covering_index(desk):
    partner = desk.partners.create({"name": "Skypark Tenants", "kind": "Community group"})
    linked = desk.contacts.create({"occurred_at": "2026-11-02T10:00:00+00:00",
                                   "kind": "Meeting", "summary": "Lighting",
                                   "partner_ids": [partner["id"]]})
    _contact(desk, None)
    where, params = CONTACTS.where(desk.context, ListRequest(search="park"))
    plan = _plan(desk, f"SELECT count(*) FROM contact WHERE {where}", params)
    assert "COVERING INDEX contact_partner_by_partner" in plan
    found = CONTACTS.page(desk.context, ListRequest(search="park"))
    assert [row["id"] for row in found] == [linked["id"]]
