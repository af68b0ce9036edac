"""The plan of a shift as plain data for the briefing: each assignment, each beat's
neighbourhoods with their quadrants, the tasks taken and the items in force during it."""

from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from planning_division import planning_division, two_on_tonight

from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.planning import (
    add_task,
    briefing_data,
    create_shift,
    suggest_tasks,
    take_suggestion,
)

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def division(desk):
    d = two_on_tonight(desk, planning_division(desk), special_duty="Lot checks")
    d.desk_on = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.retired["id"], "unit": "Front desk"})
    return d


def beat_named(plan, name):
    [beat] = [b for b in plan.beats if b.name == name]
    return beat


def test_the_shift_and_each_assignment(desk, division):
    plan = briefing_data(desk, division.shift["id"])
    shift = plan.shift
    assert (shift.name, shift.day, shift.hours, shift.clock_change, shift.platoon,
            shift.supervisor, shift.notes) == (
        "Night", date(2026, 11, 24), 12, "", "C", "Sgt. J. Tremblay", "Radio channel 3 is down.")
    assert (shift.starts, shift.ends) == (datetime(2026, 11, 24, 19, tzinfo=TORONTO),
                                          datetime(2026, 11, 25, 7, tzinfo=TORONTO))
    assert [(a.call_sign, a.officer, a.badge, a.beat, a.unit, a.vehicle, a.partner,
             a.special_duty, a.officer_active) for a in plan.assignments] == [
        ("", "Cst. P. Roy", "1999", "", "Front desk", "", "", "", False),
        ("2A31", "Cst. J. Morin", "4471", "Beat 2 - Eastview", "", "Unit 201", "Cst. L. Côté",
         "Lot checks", True),
        ("5A12", "Cst. P. Singh", "6002", "Beat 5 - Westboro", "", "", "", "", True),
    ]
    assert [a.id for a in beat_named(plan, "Beat 2 - Eastview").officers] == [
        division.morin_on["id"]]
    assert [w.kind for w in plan.warnings] == ["inactive"]


def test_each_beats_neighbourhoods_with_their_quadrants(desk, division):
    plan = briefing_data(desk, division.shift["id"])
    assert [b.name for b in plan.beats] == ["Beat 2 - Eastview", "Beat 5 - Westboro"]
    eastview = beat_named(plan, "Beat 2 - Eastview")
    assert [(h.name, h.quadrant, h.quadrant_name) for h in eastview.neighbourhoods] == [
        ("Rideau Heights", Quadrant.ENFORCEMENT, Quadrant.ENFORCEMENT.label),
        ("Vanier", Quadrant.ENGAGEMENT, Quadrant.ENGAGEMENT.label)]
    westboro = beat_named(plan, "Beat 5 - Westboro")
    assert [(h.name, h.quadrant) for h in westboro.neighbourhoods] == [
        ("Westboro", Quadrant.SAFETY)]
    # The newest assessment is the one that counts.
    desk.assessments.create({
        "neighbourhood_id": division.westboro["id"], "assessed_on": "2026-11-20",
        "assessor": "Sgt. T", "threat": 80, "capacity": 80, "computed_quadrant": "mobilization",
        "quadrant": "mobilization"})
    plan = briefing_data(desk, division.shift["id"])
    assert beat_named(plan, "Beat 5 - Westboro").neighbourhoods[0].quadrant == (
        Quadrant.MOBILIZATION)


def test_a_beat_with_nothing_on_it_is_left_out(desk, division):
    desk.assignments.delete(division.singh_on["id"])
    plan = briefing_data(desk, division.shift["id"])
    assert [b.name for b in plan.beats] == ["Beat 2 - Eastview"]
    assert "unassigned_beat" in [w.kind for w in plan.warnings]


def test_tasks_go_to_their_beat_or_the_division(desk, division):
    shift_id = division.shift["id"]
    eastview = next(b for b in suggest_tasks(desk, shift_id) if b.name == "Beat 2 - Eastview")
    hot_spots = next(s for s in eastview.suggestions if s.text.startswith("Directed patrol of"))
    take_suggestion(desk, shift_id, hot_spots, division.morin_on["id"])
    add_task(desk, shift_id, "Check the bike racks", neighbourhood_id=division.vanier["id"])
    done = add_task(desk, shift_id, "Photograph the graffiti", beat_id=division.beat_west["id"])
    desk.directed_tasks.update(done["id"], {"done": 1})
    add_task(desk, shift_id, "Collect the radios before 06:30")
    gone = add_task(desk, shift_id, "A task taken back", beat_id=division.beat["id"])
    desk.directed_tasks.delete(gone["id"])
    plan = briefing_data(desk, shift_id)
    assert [(t.text, t.source_kind, t.assigned_to, t.neighbourhood, t.done)
            for t in beat_named(plan, "Beat 2 - Eastview").tasks] == [
        ("Directed patrol of the hot spots in Rideau Heights", "quadrant", "2A31 Cst. J. Morin",
         "Rideau Heights", False),
        ("Check the bike racks", "manual", "", "Vanier", False)]
    assert [(t.text, t.done) for t in beat_named(plan, "Beat 5 - Westboro").tasks] == [
        ("Photograph the graffiti", True)]
    assert [t.text for t in plan.division_tasks] == ["Collect the radios before 06:30"]


def test_a_task_given_to_an_officer_goes_to_that_officers_beat(desk, division):
    add_task(desk, division.shift["id"], "Speak with the shop owners",
             assignment_id=division.singh_on["id"])
    plan = briefing_data(desk, division.shift["id"])
    [task] = beat_named(plan, "Beat 5 - Westboro").tasks
    assert (task.text, task.assigned_to) == ("Speak with the shop owners", "5A12 Cst. P. Singh")
    assert plan.division_tasks == []


def test_the_items_in_force_during_the_shift(desk, division):
    desk.briefing_items.create({"kind": "notice", "scope": "division", "title": "Old notice",
                                "starts_at": "2026-11-01 07:00",
                                "expires_at": "2026-11-24 18:00"})
    desk.briefing_items.create({"kind": "notice", "scope": "division", "title": "Starts at 06:00",
                                "starts_at": "2026-11-25 06:00"})
    desk.briefing_items.create({"kind": "notice", "scope": "division", "title": "Next week",
                                "starts_at": "2026-12-01 07:00"})
    plan = briefing_data(desk, division.shift["id"])
    eastview = beat_named(plan, "Beat 2 - Eastview")
    assert [(i.kind, i.kind_label, i.title, i.scope, i.neighbourhood) for i in eastview.items] == [
        ("bolo", "Be on the lookout", "Grey Honda Civic, plate CBKR 123", "neighbourhood",
         "Vanier"),
        ("directed_patrol", "Directed patrol", "Compton St. lot 22:00-02:00", "beat", "")]
    assert beat_named(plan, "Beat 5 - Westboro").items == []
    assert [(i.kind_label, i.title) for i in plan.division_items] == [
        ("Officer-safety hazard", "Dog at 12 Elm St."), ("Notice", "Starts at 06:00")]
    bolo = eastview.items[0]
    assert bolo.starts == datetime(2026, 11, 22, 7, tzinfo=TORONTO)
    assert bolo.expires == datetime(2026, 12, 22, 7, tzinfo=TORONTO)


def test_the_november_night_says_the_clocks_go_back(desk, division):
    night, _ = create_shift(desk, date(2026, 10, 31), time(19), time(7), platoon="C")
    plan = briefing_data(desk, night["id"])
    assert plan.shift.hours == 13 and plan.shift.ends.hour == 7
    assert plan.shift.clock_change == ("The clocks go back an hour during this shift: it lasts "
                                       "13 hours.")
    assert plan.assignments == [] and plan.shift.supervisor == ""


def test_the_plan_is_plain_data(desk, division):
    plan = briefing_data(desk, division.shift["id"])
    plain = (str, int, float, bool, date, datetime, Quadrant, type(None))

    def check(value):
        if is_dataclass(value):
            for f in fields(value):
                check(getattr(value, f.name))
        elif isinstance(value, list):
            for each in value:
                check(each)
        else:
            assert isinstance(value, plain), (type(value), value)

    check(plan)
