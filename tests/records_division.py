"""A small division for the records tests: two beats, three neighbourhoods, officers,
partners, contacts and initiatives, with names a sergeant would recognise."""

from __future__ import annotations

from types import SimpleNamespace

from ompm_desktop.services.desk import Desk


def small_division(desk: Desk) -> SimpleNamespace:
    d = SimpleNamespace()
    d.beat = desk.beats.create({"name": "Beat 2 - Eastview", "code": "B2"})
    d.beat_west = desk.beats.create({"name": "Beat 5 - Westboro", "code": "B5"})
    d.rideau = desk.neighbourhoods.create({"name": "Rideau Heights", "beat_id": d.beat["id"],
                                           "population": 4200})
    d.vanier = desk.neighbourhoods.create({"name": "Vanier", "beat_id": d.beat["id"],
                                           "population": 16000})
    d.westboro = desk.neighbourhoods.create({"name": "Westboro", "beat_id": d.beat_west["id"]})
    d.morin = desk.officers.create({"badge": "4471", "first_name": "Julie",
                                    "last_name": "Morin", "platoon": "C"})
    d.tremblay = desk.officers.create({"badge": "3310", "first_name": "Jean",
                                       "last_name": "Tremblay", "rank": "Sgt.", "platoon": "C"})
    d.tenants = desk.partners.create({
        "name": "Rideau Heights Tenants' Association", "kind": "Community group",
        "contact_name": "Amina Ahmed", "contact_role": "Chair", "phone": "613-555-0142",
        "neighbourhood_ids": [d.rideau["id"]], "notes": "Meets the first Tuesday monthly.",
    })
    d.school = desk.partners.create({
        "name": "École Saint-Amour", "kind": "School", "contact_name": "M. Gagnon",
        "neighbourhood_ids": [d.vanier["id"]],
    })
    d.leader = desk.partners.create({
        "name": "Marcel Lavoie", "kind": "Resident leader", "is_organization": 0,
        "natural_leader": 1, "neighbourhood_ids": [d.vanier["id"]],
    })
    d.lot_contact = desk.contacts.create({
        "occurred_at": "2026-11-20 14:00", "officer_id": d.morin["id"],
        "neighbourhood_id": d.rideau["id"], "kind": "Meeting", "activity": "Mobilize partners",
        "partner_ids": [d.tenants["id"]],
        "summary": "Residents worried about the Compton St. lot after dark.",
        "follow_up": "Call back Ms. Ahmed about lighting", "follow_up_due": "2026-11-22",
    })
    d.school_contact = desk.contacts.create({
        "occurred_at": "2026-11-24 09:30", "officer_id": d.tremblay["id"],
        "neighbourhood_id": d.vanier["id"], "kind": "Presentation",
        "activity": "Public education", "partner_ids": [d.school["id"], d.leader["id"]],
        "summary": "Bicycle safety talk to the grade 5 classes.",
        "follow_up": "Send the bike rodeo dates", "follow_up_due": "2026-11-24",
    })
    d.old_contact = desk.contacts.create({
        "occurred_at": "2026-06-02 20:15", "officer_id": d.morin["id"],
        "neighbourhood_id": d.westboro["id"], "kind": "Patrol conversation",
        "summary": "Spoke with shop owners about graffiti.",
    })
    d.lot = desk.initiatives.create({
        "title": "Compton St. lot", "quadrant": "enforcement",
        "neighbourhood_ids": [d.rideau["id"]], "partner_ids": [d.tenants["id"]],
        "problem_statement": "Drug dealing in the unlit parking lot at night.",
        "next_step": "Lighting audit with the city", "next_step_due": "2026-11-23",
    })
    d.bikes = desk.initiatives.create({
        "title": "Bike thefts near the school", "quadrant": "engagement",
        "neighbourhood_ids": [d.vanier["id"]], "partner_ids": [d.school["id"]],
        "next_step": "Count racks", "next_step_due": "2026-12-15",
    })
    return d


# A full set of assessment answers (for Rideau Heights, 4,200 residents, against the
# default reference values: threat 28.6, capacity 45.7, Community Mobilization).
ANSWERS = {
    "calls_for_service": 400, "violent_incidents": 30, "property_incidents": 90,
    "disorder_complaints": 60, "repeat_locations": 4, "assessor_judgement": 1,
    "collective_efficacy": [4, 4, 4, 4, 4, 4, 4, 4, 2, 2],
    "natural_leaders": 1, "meeting_turnout": 12,
}
