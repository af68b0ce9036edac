"""The division overview in two stages, for a window that shows the points at once and the
names once placed: the first stage has every point and arrow and no name, and the names,
placed a slice at a time, end up exactly where the overview laid out at once puts them."""

import time
from dataclasses import replace

from ompm_desktop.diagram.overview import CROWDED, OverviewInSteps, overview_layout
from tests.core.test_diagram_layout import crowded_division


def test_the_first_stage_has_every_point_and_arrow_and_says_the_names_are_coming(memory_desk):
    crowded_division(memory_desk, count=120)
    steps = OverviewInSteps(memory_desk)
    whole = overview_layout(memory_desk)
    assert not steps.finished and steps.layout is None
    first = steps.first
    assert len(first.points) == 120 and all(p.label is None and p.leader is None
                                            for p in first.points)
    assert first.arrows == whole.arrows and first.quadrants == whole.quadrants
    assert first.legend == whole.legend and first.legend_area == whole.legend_area
    assert [replace(p, label=None, leader=None) for p in whole.points] == list(first.points)
    assert first.notes[-1] == "Placing the names…"
    assert len(first.notes) == len(whole.notes)  # the line kept for the note of names left off


def test_names_placed_in_slices_end_where_the_whole_layout_puts_them(memory_desk):
    beats, _hoods = crowded_division(memory_desk, count=200)
    for wanted in ({}, {"width": 1000.0, "height": 780.0}, {"beat_ids": beats[:3]}):
        whole = overview_layout(memory_desk, **wanted)
        steps = OverviewInSteps(memory_desk, **wanted)
        calls = 1
        while not steps.place_names(0.0):  # one name a call
            calls += 1
        assert calls == len(whole.points)
        assert steps.layout == whole
        assert sum(p.label is not None for p in whole.points) > 50
        assert any("names left off" in note for note in whole.notes)


def test_a_slice_of_placing_stops_about_when_asked(memory_desk):
    crowded_division(memory_desk, count=200)
    steps = OverviewInSteps(memory_desk)
    slices = []
    while True:
        start = time.perf_counter()
        finished = steps.place_names(0.004)
        slices.append(time.perf_counter() - start)
        if finished:
            break
    assert len(slices) > 3
    # One name at most past the 4 ms asked (a name rarely takes 5 ms, even on a busy machine).
    assert max(slices[1:-1]) < 0.05


def test_a_division_of_few_points_is_laid_out_whole_at_once(memory_desk):
    crowded_division(memory_desk, count=CROWDED)
    steps = OverviewInSteps(memory_desk)
    assert steps.finished and steps.place_names(0.0)
    assert steps.first is steps.layout
    assert steps.layout == overview_layout(memory_desk)
    assert len(steps.layout.points) == CROWDED
    assert sum(p.label is not None for p in steps.layout.points) > CROWDED * 0.8
