"""The records division with what planning reads: each neighbourhood assessed (Rideau Heights
red, Vanier blue, Westboro green), more officers, briefing items, and tonight's shift."""

from __future__ import annotations

from datetime import date, time
from types import SimpleNamespace

from records_division import small_division

from ompm_desktop.planning import create_shift
from ompm_desktop.services.desk import Desk

TONIGHT = date(2026, 11, 24)


def assess(desk: Desk, hood: dict, quadrant: str, threat: float, capacity: float) -> None:
    desk.assessments.create({
        "neighbourhood_id": hood["id"], "assessed_on": "2026-10-01", "assessor": "Sgt. T",
        "threat": threat, "capacity": capacity, "computed_quadrant": quadrant,
        "quadrant": quadrant})


def planning_division(desk: Desk) -> SimpleNamespace:
    d = small_division(desk)
    assess(desk, d.rideau, "enforcement", 80, 30)
    assess(desk, d.vanier, "engagement", 70, 75)
    assess(desk, d.westboro, "safety", 20, 80)
    d.cote = desk.officers.create({"badge": "5120", "first_name": "Luc", "last_name": "Côté",
                                   "platoon": "C"})
    d.singh = desk.officers.create({"badge": "6002", "first_name": "Priya",
                                    "last_name": "Singh", "platoon": "C"})
    d.retired = desk.officers.create({"badge": "1999", "first_name": "Paul",
                                      "last_name": "Roy", "platoon": "C", "active": 0})
    d.patrol = desk.briefing_items.create({
        "kind": "directed_patrol", "scope": "beat", "beat_id": d.beat["id"],
        "title": "Compton St. lot 22:00-02:00", "starts_at": "2026-11-20 07:00",
        "expires_at": "2026-12-04 07:00"})
    d.bolo = desk.briefing_items.create({
        "kind": "bolo", "scope": "neighbourhood", "neighbourhood_id": d.vanier["id"],
        "title": "Grey Honda Civic, plate CBKR 123", "starts_at": "2026-11-22 07:00"})
    d.hazard = desk.briefing_items.create({
        "kind": "hazard", "scope": "division", "title": "Dog at 12 Elm St.",
        "starts_at": "2026-11-01 07:00", "expires_at": "2026-12-31 07:00"})
    d.shift, _ = create_shift(desk, TONIGHT, time(19), time(7), platoon="C",
                              supervisor_id=d.tremblay["id"], notes="Radio channel 3 is down.")
    return d


def assign(desk: Desk, shift: dict, officer: dict, beat: dict | None = None, **more) -> dict:
    """An officer on a shift, on a beat when given (call sign, car... in `more`)."""
    return desk.assignments.create({"shift_id": shift["id"], "officer_id": officer["id"],
                                    "beat_id": beat["id"] if beat else None, **more})


def two_on_tonight(desk: Desk, d: SimpleNamespace, **morin_more) -> SimpleNamespace:
    """Tonight, Morin (with Côté riding along) on Eastview's beat and Singh on Westboro's."""
    d.morin_on = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.morin["id"], "beat_id": d.beat["id"],
        "call_sign": "2A31", "vehicle": "Unit 201", "partner_officer_id": d.cote["id"],
        **morin_more})
    d.singh_on = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.singh["id"], "beat_id": d.beat_west["id"],
        "call_sign": "5A12"})
    return d
