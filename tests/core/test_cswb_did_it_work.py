"""Did it work? An initiative's calls before and after its response began, against the rest
of its beat over the same weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from ompm_desktop.clock import LOCAL_ZONE, iso
from ompm_desktop.cswb.calls import Call, add_calls
from ompm_desktop.cswb.did_it_work import MIN_CALLS, Verdict, before_after, cautions, judge
from ompm_desktop.demo import build_demo
from ompm_desktop.services.desk import Desk

DAY = date(2026, 11, 24)
BEGAN = DAY - timedelta(weeks=10)


@pytest.fixture
def place(memory_desk):
    beat = memory_desk.beats.create({"name": "Beat 1"})
    hoods = [memory_desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
             for name in ("Eastview", "Westview", "Northview")]
    initiative = memory_desk.initiatives.create({
        "title": "Drugs in the lot", "quadrant": "enforcement", "call_types": "Drugs",
        "neighbourhood_ids": [hoods[0]["id"]]})
    memory_desk.db.execute(
        "INSERT INTO initiative_event (id, initiative_id, at, kind, from_value, to_value) "
        "VALUES ('e1', ?, ?, 'stage', 'analysis', 'response')",
        [initiative["id"], iso(datetime.combine(BEGAN, time(10), tzinfo=LOCAL_ZONE))])
    return memory_desk, initiative, [hood["id"] for hood in hoods]


def calls(hood: str, first_day: date, weekly: int, weeks: int, kind: str = "Drugs"
          ) -> list[Call]:
    return [Call(iso(datetime.combine(first_day + timedelta(weeks=w, days=n % 7), time(20),
                                      tzinfo=LOCAL_ZONE)), kind, hood)
            for w in range(weeks) for n in range(weekly)]


def fill(desk, hood, before: int, after: int, kind: str = "Drugs") -> None:
    add_calls(desk.db, calls(hood, BEGAN - timedelta(weeks=10), before, 10, kind)
              + calls(hood, BEGAN, after, 10, kind), "2026-11-24T00:00:00+00:00")


def test_fewer_calls_in_the_place_while_the_rest_of_the_beat_holds_steady(place):
    desk, initiative, hoods = place
    fill(desk, hoods[0], 6, 2)
    fill(desk, hoods[1], 3, 3)
    fill(desk, hoods[2], 3, 3, kind="Noise")  # another type is not counted
    result = before_after(desk.db, desk.initiatives.get(initiative["id"]), DAY)
    assert result.verdict is Verdict.FEWER
    assert (result.place_before, result.place_after) == (60, 20)
    assert (result.rest_before, result.rest_after, result.compared_with) == (30, 30, "beat")
    assert result.weeks == 10
    assert "60 calls in the 10 weeks before" in result.sentence()
    before, after = result.measures()
    assert before.startswith("60 calls (Drugs) in the 10 weeks before the response began on")
    assert after.endswith("the rest of the beat: 30. Fewer calls than elsewhere.")


def test_a_fall_everywhere_is_no_change_of_the_initiative(place):
    desk, initiative, hoods = place
    fill(desk, hoods[0], 6, 3)
    fill(desk, hoods[1], 6, 3)
    result = before_after(desk.db, desk.initiatives.get(initiative["id"]), DAY)
    assert result.verdict is Verdict.NO_CHANGE


def test_below_the_threshold_it_says_too_few_to_tell(place):
    desk, initiative, hoods = place
    fill(desk, hoods[0], 1, 0)
    fill(desk, hoods[1], 3, 3)
    result = before_after(desk.db, desk.initiatives.get(initiative["id"]), DAY)
    assert result.place_before + result.place_after < MIN_CALLS
    assert result.verdict is Verdict.TOO_FEW
    assert "Too few calls to tell" in result.sentence()


def test_the_rest_of_the_division_when_the_beat_has_too_few(place):
    desk, initiative, hoods = place
    other_beat = desk.beats.create({"name": "Beat 2"})
    far = desk.neighbourhoods.create({"name": "Farview", "beat_id": other_beat["id"]})
    fill(desk, hoods[0], 6, 2)
    fill(desk, far["id"], 3, 3)
    result = before_after(desk.db, desk.initiatives.get(initiative["id"]), DAY)
    assert result.compared_with == "division"
    assert "the rest of the division" in result.sentence()


def test_not_measured_before_the_response_or_without_call_types(place):
    desk, initiative, hoods = place
    assert before_after(desk.db, desk.initiatives.get(initiative["id"]),
                        BEGAN + timedelta(days=10)).verdict is Verdict.NOT_YET
    desk.initiatives.update(initiative["id"], {"call_types": ""})
    result = before_after(desk.db, desk.initiatives.get(initiative["id"]), DAY)
    assert result.verdict is Verdict.NOT_YET
    assert "no call types" in result.sentence()


def test_the_judgement_is_a_ratio_of_ratios_outside_chance():
    assert judge((100, 50), (100, 100))[0] is Verdict.FEWER
    assert judge((50, 100), (100, 100))[0] is Verdict.MORE
    assert judge((30, 25), (100, 100))[0] is Verdict.NO_CHANGE
    assert judge((100, 50), (100, 50))[1] == pytest.approx(1.0)
    assert any("trust" in caution for caution in cautions())


def test_the_demo_shows_fewer_no_change_and_too_few():
    desk = Desk.in_memory(clock=lambda: datetime(2026, 11, 24, 23, tzinfo=UTC))
    build_demo(desk, today=DAY)
    verdicts = {before_after(desk.db, desk.initiatives.get(row["id"]), DAY).verdict
                for row in desk.initiatives.list()}
    assert {Verdict.FEWER, Verdict.NO_CHANGE, Verdict.TOO_FEW} <= verdicts
    desk.close()
