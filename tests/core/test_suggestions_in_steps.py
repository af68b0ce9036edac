"""The Shifts page works out a beat's suggestions when it is about to show it: a beat at a
time, in whatever order, the answer is suggest_tasks' own, division-wide work included."""

from planning_division import planning_division

from ompm_desktop.planning import SuggestionsInSteps, suggest_tasks, take_suggestion
from ompm_desktop.planning.suggestions import SHOWN_FOLLOW_UPS
from ompm_desktop.services.desk import Desk


def test_the_demo_a_beat_at_a_time_backwards_is_suggest_tasks(demo_db):
    desk = Desk.open(demo_db)
    try:
        shift = desk.shifts.current_or_next(desk.context.now())
        steps = SuggestionsInSteps(desk, shift["id"])
        beats = [beat for beat in steps.beats if beat.beat_id is not None]
        assert len(beats) > 1 and not any(steps.filled(beat) for beat in beats)
        for beat in reversed(steps.beats):
            steps.fill(beat)
        whole = suggest_tasks(desk, shift["id"])
        assert steps.beats == whole
        assert sum(len(beat.suggestions) for beat in whole) > 0
    finally:
        desk.close()


def test_follow_ups_beyond_a_beats_share_and_outside_any_beat(desk):
    d = planning_division(desk)
    for number in range(SHOWN_FOLLOW_UPS + 3):  # more than a beat shows
        desk.contacts.create({
            "occurred_at": f"2026-11-{number % 20 + 1:02d} 10:00", "officer_id": d.morin["id"],
            "neighbourhood_id": d.rideau["id"], "kind": "Meeting",
            "summary": f"Meeting {number}", "follow_up": f"Call back ({number})",
            "follow_up_due": "2026-11-23"})
    nowhere = desk.contacts.create({
        "occurred_at": "2026-11-20 10:00", "officer_id": d.morin["id"],
        "kind": "Meeting", "summary": "At the station",
        "follow_up": "Send the minutes", "follow_up_due": "2026-11-24"})
    whole = suggest_tasks(desk, d.shift["id"])
    take_suggestion(desk, d.shift["id"], whole[-1].suggestions[0])  # marked taken, stepped too
    steps = SuggestionsInSteps(desk, d.shift["id"])
    assert steps.filled(steps.beats[-1])  # division-wide: known at once (shown or not)
    eastview, division = steps.fill(steps.beats[0]), steps.beats[-1]
    assert eastview.more_follow_ups > 0
    assert [s.source_id for s in division.suggestions if s.source_kind == "follow_up"] == [
        nowhere["id"]]
    assert division.suggestions[0].taken
    assert steps.every_beat() == suggest_tasks(desk, d.shift["id"])
