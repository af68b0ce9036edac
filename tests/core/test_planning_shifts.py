"""Building shifts from local times (the DST nights), and copying the previous shift."""

from datetime import date, time

import pytest
from planning_division import TONIGHT, planning_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.planning import (
    copy_previous_shift,
    create_shift,
    read_clock_time,
    set_shift_times,
    shift_bounds,
    shift_label,
    shift_times,
)


def test_a_night_shift_crosses_midnight_and_is_stored_in_utc():
    times = shift_bounds(date(2026, 11, 24), time(19), time(7))
    assert (times.starts_at, times.ends_at) == ("2026-11-25T00:00:00+00:00",
                                                "2026-11-25T12:00:00+00:00")
    assert times.hours == 12 and times.crosses_midnight and times.clock_change == ""


def test_the_november_night_shift_is_an_hour_longer():
    times = shift_bounds(date(2026, 10, 31), time(19), time(7))  # clocks go back 1 Nov 02:00
    assert times.hours == 13
    assert (times.starts_at, times.ends_at) == ("2026-10-31T23:00:00+00:00",
                                                "2026-11-01T12:00:00+00:00")
    assert times.clock_change == ("The clocks go back an hour during this shift: it lasts "
                                  "13 hours.")


def test_the_march_night_shift_is_an_hour_shorter():
    times = shift_bounds(date(2026, 3, 7), time(19), time(7))  # clocks go forward 8 Mar 02:00
    assert times.hours == 11
    assert (times.starts_at, times.ends_at) == ("2026-03-08T00:00:00+00:00",
                                                "2026-03-08T11:00:00+00:00")
    assert "forward" in times.clock_change


def test_the_stored_dst_shifts_keep_their_true_length(desk):
    november, _ = create_shift(desk, date(2026, 10, 31), time(19), time(7), platoon="A")
    march, _ = create_shift(desk, date(2026, 3, 7), time(19), time(7), platoon="A")
    assert shift_times(desk.shifts.get(november["id"])).hours == 13
    assert shift_times(desk.shifts.get(march["id"])).hours == 11
    back = shift_times(november)
    assert (back.day, back.start, back.end) == (date(2026, 10, 31), time(19), time(7))
    assert shift_label(november) == "Night · Sat 31 Oct 2026 19:00–07:00 · Platoon A"


def test_a_time_the_clocks_skip_is_refused_with_what_to_do():
    with pytest.raises(ValidationError) as refused:
        shift_bounds(date(2026, 3, 8), time(2, 30), time(14))
    assert refused.value.field == "starts_at"
    assert refused.value.message == ("Start: 02:30 does not exist on Sun 08 Mar 2026; the "
                                     "clocks go forward an hour that night. Choose 03:00 or "
                                     "later, or before 02:00.")


@pytest.mark.parametrize("typed, expected", [
    ("19:00", time(19)), ("1900", time(19)), ("7:30", time(7, 30)), ("7 pm", time(19)),
    ("12 am", time(0)), ("7", time(7)), (" 07:00 ", time(7)),
])
def test_times_are_read_as_typed(typed, expected):
    assert read_clock_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "19:75", "seven", "", "13 pm"])
def test_a_time_that_is_not_one_is_refused(typed):
    with pytest.raises(ValidationError, match="is not a time"):
        read_clock_time(typed, "Start")


def test_moving_a_shift_keeps_it_whole(desk):
    shift, _ = create_shift(desk, TONIGHT, time(7), time(19), platoon="C")
    moved = set_shift_times(desk, shift["id"], date(2026, 10, 31), time(19), time(7))
    assert shift_times(moved).hours == 13


def test_copying_the_previous_shift_of_the_platoon(desk):
    d = planning_division(desk)
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                             "beat_id": d.beat["id"], "call_sign": "2A31", "vehicle": "Unit 201",
                             "partner_officer_id": d.cote["id"], "special_duty": "Lot checks"})
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.singh["id"],
                             "beat_id": d.beat_west["id"], "call_sign": "5A12"})
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.retired["id"],
                             "unit": "Front desk"})
    other_platoon, _ = create_shift(desk, date(2026, 11, 25), time(7), time(19), platoon="A")
    tomorrow, copied = create_shift(desk, date(2026, 11, 25), time(19), time(7), platoon="C",
                                    copy_previous=True)
    assert copied is not None and copied.source["id"] == d.shift["id"]
    assert tomorrow["supervisor_id"] == d.tremblay["id"]  # carried over with the crew
    rows = desk.assignments.for_shift(tomorrow["id"])
    assert [(r["officer_id"], r["beat_id"], r["call_sign"], r["vehicle"],
             r["partner_officer_id"], r["special_duty"]) for r in rows] == [
        (d.morin["id"], d.beat["id"], "2A31", "Unit 201", d.cote["id"], "Lot checks"),
        (d.singh["id"], d.beat_west["id"], "5A12", "", None, ""),
    ]
    assert copied.describe() == "Copied 2 assignments. Cst. P. Roy is inactive and was left out."
    assert desk.assignments.count("shift_id = ?", [other_platoon["id"]]) == 0
    # Copying again adds no one twice.
    again = copy_previous_shift(desk, tomorrow["id"])
    assert again.created == [] and desk.assignments.count("shift_id = ?", [tomorrow["id"]]) == 2


def test_a_platoon_with_no_earlier_shift_copies_nothing(desk):
    shift, copied = create_shift(desk, TONIGHT, time(19), time(7), platoon="B",
                                 copy_previous=True)
    assert copied.source is None and copied.describe() == (
        "This platoon has no earlier shift to copy.")
    with pytest.raises(ValidationError, match="platoon first"):
        copy_previous_shift(desk, create_shift(desk, TONIGHT, time(7), time(19))[0]["id"])


def test_a_shift_is_created_whole_or_not_at_all(desk):
    with pytest.raises(ValidationError):
        create_shift(desk, TONIGHT, time(19), time(7), platoon="Z")
    assert desk.shifts.count() == 0
