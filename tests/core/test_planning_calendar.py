"""Shifts as iCalendar files, read back with the icalendar library: one event per assignment,
Toronto times (the DST night as long as it is), stable UIDs with SEQUENCE raised on change,
cancelled events for deleted assignments, one file per officer."""

import stat
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from planning_division import TONIGHT, planning_division, two_on_tonight

from ompm_desktop.errors import DeskError
from ompm_desktop.planning import (
    add_task,
    create_shift,
    event_uid,
    officer_calendar,
    write_day_calendar,
    write_officer_calendars,
    write_shift_calendar,
)

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def division(desk):
    return two_on_tonight(desk, planning_division(desk))


def read_events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def sequences(path):
    return {uid: int(event["SEQUENCE"]) for uid, event in read_events(path).items()}


def test_the_shift_read_back_gives_the_same_assignments(desk, division, tmp_path):
    add_task(desk, division.shift["id"], "Check the Compton St. lot", beat_id=division.beat["id"])
    add_task(desk, division.shift["id"], "Count the bike racks",
             neighbourhood_id=division.vanier["id"])  # Vanier is on Morin's beat
    add_task(desk, division.shift["id"], "Collect the radios")  # no beat: in no one's event
    out = tmp_path / "tonight.ics"
    exported = write_shift_calendar(desk, [division.shift["id"]], out)
    assert (exported.events, exported.cancelled) == (2, 0)
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Toronto"]
    events = read_events(out)
    assert set(events) == {event_uid(division.morin_on["id"]), event_uid(division.singh_on["id"])}
    morin = events[event_uid(division.morin_on["id"])]
    assert str(morin["SUMMARY"]) == "2A31 Cst. J. Morin: Beat 2 - Eastview"
    assert str(morin["LOCATION"]) == "Beat 2 - Eastview"
    assert str(morin["DESCRIPTION"]).splitlines() == [
        "Night shift, platoon C. Supervisor: Sgt. J. Tremblay.",
        "Officer: Cst. J. Morin (badge 4471)", "Partner: Cst. L. Côté", "Call sign: 2A31",
        "Vehicle: Unit 201", "Directed tasks:", "- Check the Compton St. lot",
        "- Count the bike racks"]
    singh = events[event_uid(division.singh_on["id"])]
    assert str(singh["SUMMARY"]) == "5A12 Cst. P. Singh: Beat 5 - Westboro"
    assert "Directed tasks" not in str(singh["DESCRIPTION"])  # the tasks are another beat's
    for event in (morin, singh):
        assert event["DTSTART"].params["TZID"] == "America/Toronto"
        assert event["DTEND"].params["TZID"] == "America/Toronto"
        assert event.decoded("DTSTART") == datetime(2026, 11, 24, 19, tzinfo=TORONTO)
        assert event.decoded("DTEND") == datetime(2026, 11, 25, 7, tzinfo=TORONTO)
        assert (str(event["STATUS"]), int(event["SEQUENCE"])) == ("CONFIRMED", 0)
    assert b"DTSTART;TZID=America/Toronto:20261124T190000" in out.read_bytes()


def test_the_november_night_lasts_thirteen_hours_in_the_file(desk, division, tmp_path):
    night, _ = create_shift(desk, date(2026, 10, 31), time(19), time(7), platoon="C")
    desk.assignments.create({"shift_id": night["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A31"})
    out = tmp_path / "night.ics"
    write_shift_calendar(desk, [night["id"]], out)
    [event] = read_events(out).values()
    starts, ends = event.decoded("DTSTART"), event.decoded("DTEND")
    assert (starts.hour, ends.hour, ends.date()) == (19, 7, date(2026, 11, 1))
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == timedelta(hours=13)
    assert (ends.utcoffset(), starts.utcoffset()) == (timedelta(hours=-5), timedelta(hours=-4))
    text = out.read_bytes().decode()
    assert "DTSTART;TZID=America/Toronto:20261031T190000" in text
    assert "DTEND;TZID=America/Toronto:20261101T070000" in text
    # The time zone in the file, read on its own, knows the clocks go back that night;
    # it holds the rules of the years around the shift, not every year since 1970.
    [zone] = Calendar.from_ical(out.read_bytes()).walk("VTIMEZONE")
    own = zone.to_tz()
    assert datetime(2026, 10, 31, 19, tzinfo=own).utcoffset() == timedelta(hours=-4)
    assert datetime(2026, 11, 1, 7, tzinfo=own).utcoffset() == timedelta(hours=-5)
    assert "RDATE:20261101T020000" in text and "1970" not in text


def test_the_march_night_lasts_eleven_hours_in_the_file(desk, division, tmp_path):
    night, _ = create_shift(desk, date(2026, 3, 7), time(19), time(7), platoon="C")
    desk.assignments.create({"shift_id": night["id"], "officer_id": division.morin["id"]})
    out = tmp_path / "night.ics"
    write_shift_calendar(desk, [night["id"]], out)
    [event] = read_events(out).values()
    starts, ends = event.decoded("DTSTART"), event.decoded("DTEND")
    assert (starts, ends) == (datetime(2026, 3, 7, 19, tzinfo=TORONTO),
                              datetime(2026, 3, 8, 7, tzinfo=TORONTO))
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == timedelta(hours=11)
    own = Calendar.from_ical(out.read_bytes()).walk("VTIMEZONE")[0].to_tz()
    assert datetime(2026, 3, 8, 7, tzinfo=own).utcoffset() == timedelta(hours=-4)


def test_an_edited_assignment_keeps_its_uid_and_raises_its_sequence(desk, division, tmp_path):
    out = tmp_path / "tonight.ics"
    write_shift_calendar(desk, [division.shift["id"]], out)
    first = sequences(out)
    write_shift_calendar(desk, [division.shift["id"]], out)
    assert sequences(out) == first  # nothing changed, nothing raised
    desk.assignments.update(division.morin_on["id"], {"vehicle": "Unit 207"})
    write_shift_calendar(desk, [division.shift["id"]], out)
    morin, singh = event_uid(division.morin_on["id"]), event_uid(division.singh_on["id"])
    assert sequences(out) == {morin: 1, singh: 0}
    assert "Vehicle: Unit 207" in str(read_events(out)[morin]["DESCRIPTION"])
    # A task given to the beat changes what Morin's event says; Singh's stays as it was.
    add_task(desk, division.shift["id"], "Check the Compton St. lot", beat_id=division.beat["id"])
    write_shift_calendar(desk, [division.shift["id"]], out)
    assert sequences(out) == {morin: 2, singh: 0}
    # Moving the shift moves both events.
    desk.shifts.update(division.shift["id"], {"starts_at": "2026-11-24 18:00"})
    write_shift_calendar(desk, [division.shift["id"]], out)
    assert sequences(out) == {morin: 3, singh: 1}
    assert read_events(out)[singh].decoded("DTSTART") == datetime(2026, 11, 24, 18,
                                                                    tzinfo=TORONTO)


def test_a_deleted_assignment_goes_out_cancelled(desk, division, tmp_path):
    out = tmp_path / "tonight.ics"
    write_shift_calendar(desk, [division.shift["id"]], out)
    desk.assignments.delete(division.singh_on["id"])
    exported = write_shift_calendar(desk, [division.shift["id"]], out)
    assert (exported.events, exported.cancelled) == (2, 1)
    events = read_events(out)
    singh = events[event_uid(division.singh_on["id"])]
    assert (str(singh["STATUS"]), int(singh["SEQUENCE"])) == ("CANCELLED", 1)
    assert str(events[event_uid(division.morin_on["id"])]["STATUS"]) == "CONFIRMED"
    write_shift_calendar(desk, [division.shift["id"]], out)  # still cancelled, not raised
    assert sequences(out)[event_uid(division.singh_on["id"])] == 1
    # Restored, it comes back confirmed, with a higher sequence.
    desk.assignments.restore(division.singh_on["id"])
    write_shift_calendar(desk, [division.shift["id"]], out)
    singh = read_events(out)[event_uid(division.singh_on["id"])]
    assert (str(singh["STATUS"]), int(singh["SEQUENCE"])) == ("CONFIRMED", 2)


def test_an_assignment_never_exported_is_not_sent_when_deleted(desk, division, tmp_path):
    desk.assignments.delete(division.singh_on["id"])
    out = tmp_path / "tonight.ics"
    assert write_shift_calendar(desk, [division.shift["id"]], out).events == 1
    assert set(read_events(out)) == {event_uid(division.morin_on["id"])}


def test_one_file_per_officer_for_a_range(desk, division, tmp_path):
    tomorrow, _ = create_shift(desk, TONIGHT + timedelta(days=1), time(19), time(7),
                               platoon="C")
    tomorrow_on = desk.assignments.create({
        "shift_id": tomorrow["id"], "officer_id": division.morin["id"],
        "beat_id": division.beat["id"], "call_sign": "2A31"})
    later, _ = create_shift(desk, date(2026, 12, 5), time(7), time(19), platoon="C")
    desk.assignments.create({"shift_id": later["id"], "officer_id": division.retired["id"]})
    paths = write_officer_calendars(desk, TONIGHT, TONIGHT + timedelta(days=1), tmp_path)
    assert sorted(p.name for p in paths) == ["4471-morin.ics", "5120-cote.ics", "6002-singh.ics"]
    assert set(read_events(tmp_path / "4471-morin.ics")) == {
        event_uid(division.morin_on["id"]), event_uid(tomorrow_on["id"])}
    # The partner officer has the shared event in his own file.
    assert set(read_events(tmp_path / "5120-cote.ics")) == {event_uid(division.morin_on["id"])}
    assert set(read_events(tmp_path / "6002-singh.ics")) == {event_uid(division.singh_on["id"])}
    calendar = Calendar.from_ical((tmp_path / "4471-morin.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Cst. J. Morin: shifts"
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # A deleted shift goes out cancelled to each officer who had it.
    desk.shifts.delete(tomorrow["id"])
    write_officer_calendars(desk, TONIGHT, TONIGHT + timedelta(days=1), tmp_path)
    gone = read_events(tmp_path / "4471-morin.ics")[event_uid(tomorrow_on["id"])]
    assert (str(gone["STATUS"]), int(gone["SEQUENCE"])) == ("CANCELLED", 1)


def test_an_assignment_given_to_another_officer_goes_out_cancelled_to_the_first(
        desk, division, tmp_path):
    """Singh's assignment tonight goes to Côté: Singh's own next file cancels it (once),
    Côté's carries it; run in either order."""
    write_officer_calendars(desk, TONIGHT, TONIGHT, tmp_path)
    uid = event_uid(division.singh_on["id"])
    assert int(read_events(tmp_path / "6002-singh.ics")[uid]["SEQUENCE"]) == 0
    desk.assignments.update(division.singh_on["id"], {"officer_id": division.cote["id"]})
    cote = officer_calendar(desk, division.cote["id"], TONIGHT, TONIGHT)  # his first
    assert str(read_calendar(cote.content)[uid]["STATUS"]) == "CONFIRMED"
    paths = write_officer_calendars(desk, TONIGHT, TONIGHT, tmp_path)
    assert "6002-singh.ics" in [p.name for p in paths]  # no shift left, a file all the same
    singh = read_events(tmp_path / "6002-singh.ics")[uid]
    assert str(singh["STATUS"]) == "CANCELLED" and int(singh["SEQUENCE"]) > 0  # above his
    assert str(read_events(tmp_path / "5120-cote.ics")[uid]["STATUS"]) == "CONFIRMED"
    again = officer_calendar(desk, division.singh["id"], TONIGHT, TONIGHT)
    assert uid not in read_calendar(again.content)  # told once; nothing more to say


def read_calendar(content: bytes):
    return {str(event["UID"]): event for event in Calendar.from_ical(content).walk("VEVENT")}


def test_one_officers_calendar_and_a_range_with_no_one(desk, division, tmp_path):
    exported = officer_calendar(desk, division.cote["id"], TONIGHT, TONIGHT)
    [event] = Calendar.from_ical(exported.content).walk("VEVENT")
    assert str(event["UID"]) == event_uid(division.morin_on["id"])
    with pytest.raises(DeskError, match="No officer is assigned to a shift from 2027-01-01"):
        write_officer_calendars(desk, date(2027, 1, 1), date(2027, 1, 7), tmp_path)
    with pytest.raises(DeskError, match="ends .* before it starts"):
        write_officer_calendars(desk, TONIGHT, TONIGHT - timedelta(days=1), tmp_path)
    with pytest.raises(DeskError, match="does not exist"):
        write_officer_calendars(desk, TONIGHT, TONIGHT, tmp_path / "missing")


def test_the_file_is_private_and_a_day_exports_each_shift(desk, division, tmp_path):
    day, _ = create_shift(desk, TONIGHT, time(7), time(19), platoon="A")
    desk.assignments.create({"shift_id": day["id"], "officer_id": division.tremblay["id"]})
    out = tmp_path / "day.ics"
    assert write_day_calendar(desk, TONIGHT, out).events == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")] == [
        "Sgt. J. Tremblay: No beat", "2A31 Cst. J. Morin: Beat 2 - Eastview",
        "5A12 Cst. P. Singh: Beat 5 - Westboro"]
    with pytest.raises(DeskError, match="No shift starts on Wed 02 Dec 2026"):
        write_day_calendar(desk, date(2026, 12, 2), out)


def test_a_place_that_cannot_take_the_file_is_refused_before_anything_is_noted(
        desk, division, tmp_path):
    exports = desk.db.execute("SELECT count(*) FROM calendar_export").fetchone()[0]
    with pytest.raises(DeskError) as folder:
        write_shift_calendar(desk, [division.shift["id"]], tmp_path)
    assert folder.value.message == f"{tmp_path} is a folder; give a file name ending in .ics."
    with pytest.raises(DeskError, match="does not exist"):
        write_shift_calendar(desk, [division.shift["id"]], tmp_path / "missing" / "x.ics")
    with pytest.raises(DeskError, match="There is no shift to export"):
        write_shift_calendar(desk, [], tmp_path / "x.ics")
    assert desk.db.execute("SELECT count(*) FROM calendar_export").fetchone()[0] == exports
