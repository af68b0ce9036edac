"""Warnings while planning a shift: each appears, clears when the plan is fixed, and never
blocks a save."""

from datetime import date, time

import pytest
from planning_division import TONIGHT, assign, planning_division

from ompm_desktop.planning import create_shift, minimum_staffing, shift_warnings


@pytest.fixture
def division(desk):
    d = planning_division(desk)
    desk.settings.set("minimum_staffing", {"C": 0})
    return d


def kinds(desk, shift):
    return [w.kind for w in shift_warnings(desk, shift["id"])]


def staff_both_beats(desk, d):
    """Morin on Eastview and Singh on Westboro: no beat left empty."""
    return (assign(desk, d.shift, d.morin, d.beat, call_sign="2A31"),
            assign(desk, d.shift, d.singh, d.beat_west, call_sign="5A12"))


def test_a_fully_staffed_plan_has_no_warning(desk, division):
    staff_both_beats(desk, division)
    assert shift_warnings(desk, division.shift["id"]) == []


def test_a_beat_with_no_one_is_named_until_someone_is_assigned(desk, division):
    found = shift_warnings(desk, division.shift["id"])
    assert [(w.kind, w.beat_id, w.message) for w in found] == [
        ("unassigned_beat", division.beat["id"], "No one is assigned to Beat 2 - Eastview."),
        ("unassigned_beat", division.beat_west["id"], "No one is assigned to Beat 5 - Westboro."),
    ]
    assign(desk, division.shift, division.morin, division.beat)
    assert [w.beat_id for w in shift_warnings(desk, division.shift["id"])] == [
        division.beat_west["id"]]
    # An officer on no beat (the front desk) staffs no beat.
    assign(desk, division.shift, division.cote, unit="Front desk")
    assert kinds(desk, division.shift) == ["unassigned_beat"]
    assign(desk, division.shift, division.singh, division.beat_west)
    assert kinds(desk, division.shift) == []


def test_a_deleted_beat_needs_no_one(desk, division):
    assign(desk, division.shift, division.morin, division.beat)
    desk.beats.delete(division.beat_west["id"])
    assert kinds(desk, division.shift) == []


def test_an_officer_on_two_overlapping_shifts(desk, division):
    morin, _ = staff_both_beats(desk, division)
    # A day shift ending at 19:00 only touches tonight's: no overlap.
    day, _ = create_shift(desk, TONIGHT, time(7), time(19), platoon="A")
    assign(desk, day, division.morin, division.beat)
    assert kinds(desk, division.shift) == []
    # A court duty from 17:00 to 23:00 overlaps tonight's 19:00-07:00.
    court, _ = create_shift(desk, TONIGHT, time(17), time(23), platoon="A")
    on_court = assign(desk, court, division.cote, division.beat,
                      partner_officer_id=division.morin["id"])
    [warning] = shift_warnings(desk, division.shift["id"])
    assert (warning.kind, warning.officer_id, warning.assignment_id, warning.other_shift_id) == (
        "overlap", division.morin["id"], morin["id"], court["id"])
    assert warning.message == ("Cst. J. Morin is also on platoon A's shift of Tue 24 Nov "
                               "17:00–23:00, which overlaps this one.")
    # Seen from the court duty too, which also overlaps the day shift's last two hours.
    assert [(w.officer_id, w.other_shift_id) for w in shift_warnings(desk, court["id"])
            if w.kind == "overlap"] == [(division.morin["id"], day["id"]),
                                        (division.morin["id"], division.shift["id"])]
    desk.assignments.update(on_court["id"], {"partner_officer_id": None})
    assert kinds(desk, division.shift) == []
    desk.assignments.update(on_court["id"], {"partner_officer_id": division.morin["id"]})
    desk.shifts.delete(court["id"])
    assert kinds(desk, division.shift) == []


def test_an_officer_assigned_twice_on_one_shift(desk, division):
    staff_both_beats(desk, division)
    twice = assign(desk, division.shift, division.cote, division.beat, call_sign="2A40",
                   partner_officer_id=division.morin["id"])
    [warning] = shift_warnings(desk, division.shift["id"])
    assert (warning.kind, warning.officer_id, warning.assignment_id) == (
        "twice", division.morin["id"], twice["id"])
    assert warning.message == "Cst. J. Morin is assigned twice on this shift."
    desk.assignments.delete(twice["id"])
    assert kinds(desk, division.shift) == []


def test_an_inactive_officer_or_supervisor_is_named(desk, division):
    staff_both_beats(desk, division)
    roy = assign(desk, division.shift, division.retired, unit="Front desk")  # saved all the same
    [warning] = shift_warnings(desk, division.shift["id"])
    assert (warning.kind, warning.officer_id, warning.assignment_id, warning.message) == (
        "inactive", division.retired["id"], roy["id"], "Cst. P. Roy is inactive but assigned.")
    desk.assignments.delete(roy["id"])
    assert kinds(desk, division.shift) == []
    desk.officers.update(division.tremblay["id"], {"active": 0})
    [warning] = shift_warnings(desk, division.shift["id"])
    assert (warning.kind, warning.officer_id, warning.message) == (
        "inactive", division.tremblay["id"], "The supervisor, Sgt. J. Tremblay, is inactive.")
    desk.officers.update(division.tremblay["id"], {"active": 1})
    assert kinds(desk, division.shift) == []


def test_below_the_platoons_minimum_staffing(desk, division):
    desk.settings.set("minimum_staffing", {"A": 2, "C": 3})
    assert (minimum_staffing(desk, "C"), minimum_staffing(desk, "A"),
            minimum_staffing(desk, "B")) == (3, 2, 0)
    staff_both_beats(desk, division)
    [warning] = shift_warnings(desk, division.shift["id"])
    assert (warning.kind, warning.message) == (
        "understaffed", "2 officers on this shift; platoon C's minimum is 3.")
    # A partner officer counts: three people now.
    desk.assignments.update(desk.assignments.for_shift(division.shift["id"])[0]["id"],
                            {"partner_officer_id": division.cote["id"]})
    assert kinds(desk, division.shift) == []
    # Platoon A needs two: one officer alone is too few.
    day, _ = create_shift(desk, date(2026, 11, 25), time(7), time(19), platoon="A")
    assign(desk, day, division.morin, division.beat)
    assign(desk, day, division.singh, division.beat_west)
    assert kinds(desk, day) == []
    desk.settings.set("minimum_staffing", {"A": 3, "C": 3})
    assert kinds(desk, day) == ["understaffed"]


def test_the_default_minimum_is_four_and_an_empty_shift_says_so(desk):
    d = planning_division(desk)
    assert minimum_staffing(desk, "C") == 4
    found = shift_warnings(desk, d.shift["id"])
    assert found[-1].kind == "understaffed"
    assert found[-1].message == "0 officers on this shift; platoon C's minimum is 4."
    assign(desk, d.shift, d.morin, d.beat)
    assert shift_warnings(desk, d.shift["id"])[-1].message == (
        "1 officer on this shift; platoon C's minimum is 4.")


@pytest.mark.parametrize("setting, expected", [
    (5, 5), ({"default": 2}, 2), ({"C": "3"}, 3), ({"C": -1}, 0), ({"C": "many"}, 0),
    (None, 0),
])
def test_the_minimum_staffing_setting_is_read_forgivingly(desk, setting, expected):
    desk.settings.set("minimum_staffing", setting)
    assert minimum_staffing(desk, "C") == expected


def test_a_shift_with_no_platoon_does_not_name_one(desk):
    d = planning_division(desk)
    desk.settings.set("minimum_staffing", 2)
    shift, _ = create_shift(desk, date(2026, 11, 26), time(7), time(19))
    assign(desk, shift, d.morin, d.beat)
    [warning] = [w for w in shift_warnings(desk, shift["id"]) if w.kind == "understaffed"]
    assert warning.message == "1 officer on this shift; the minimum is 2."


def test_warnings_never_block_a_save(desk, division):
    desk.settings.set("minimum_staffing", {"C": 9})
    staff_both_beats(desk, division)
    court, _ = create_shift(desk, TONIGHT, time(17), time(23), platoon="A")
    assign(desk, court, division.morin)
    roy = assign(desk, division.shift, division.retired)
    again = assign(desk, division.shift, division.cote, division.beat,
                   partner_officer_id=division.singh["id"])
    desk.beats.create({"name": "Beat 7 - Overbrook"})
    assert set(kinds(desk, division.shift)) == {
        "overlap", "twice", "inactive", "unassigned_beat", "understaffed"}
    # Every change still saves, with the warnings standing.
    desk.assignments.update(again["id"], {"call_sign": "2A40"})
    desk.shifts.update(division.shift["id"], {"notes": "Short-handed tonight."})
    assert desk.assignments.get(roy["id"])["officer_id"] == division.retired["id"]
    assert desk.assignments.count("shift_id = ?", [division.shift["id"]]) == 4
