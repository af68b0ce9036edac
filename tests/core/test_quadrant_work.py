"""A neighbourhood's work in one quadrant, as the panel beside the diagram lists it."""

from __future__ import annotations

from ompm_desktop.queries.quadrant_work import quadrant_work
from tests.records_division import small_division


def test_open_initiatives_placed_in_the_quadrant_and_contacts_for_its_actions(memory_desk):
    desk = memory_desk
    d = small_division(desk)
    closed = desk.initiatives.create({"title": "Old graffiti wall", "quadrant": "enforcement",
                                      "neighbourhood_ids": [d.rideau["id"]]})
    desk.initiatives.update(closed["id"], {"status": "closed"})
    desk.initiatives.create({"title": "Elsewhere", "quadrant": "enforcement",
                             "neighbourhood_ids": [d.vanier["id"]]})
    for day in ("2026-11-01 10:00", "2026-11-10 10:00", "2026-11-15 10:00"):
        desk.contacts.create({"occurred_at": day, "neighbourhood_id": d.rideau["id"],
                              "kind": "Meeting", "activity": "Crime analysis",
                              "officer_id": d.morin["id"], "partner_ids": [d.tenants["id"]],
                              "summary": f"Hot spots reviewed {day[:10]}"})
    gone = desk.contacts.create({"occurred_at": "2026-11-16 10:00", "kind": "Phone",
                                 "neighbourhood_id": d.rideau["id"], "activity": "Enforcement"})
    desk.contacts.delete(gone["id"])

    work = quadrant_work(desk.context, d.rideau["id"], "enforcement", contact_limit=2)
    assert [row["title"] for row in work.initiatives] == ["Compton St. lot"]
    assert work.initiatives[0]["next_step"] == "Lighting audit with the city"
    assert work.contacts_total == 3
    assert [row["summary"] for row in work.contacts] == ["Hot spots reviewed 2026-11-15",
                                                         "Hot spots reviewed 2026-11-10"]
    assert work.contacts[0]["officer"] == "Cst. J. Morin"
    assert work.contacts[0]["partners"] == "Rideau Heights Tenants' Association"

    mobilization = quadrant_work(desk.context, d.rideau["id"], "mobilization")
    assert mobilization.initiatives == []
    assert [row["activity"] for row in mobilization.contacts] == ["Mobilize partners"]
    assert quadrant_work(desk.context, d.westboro["id"], "safety").contacts_total == 0
