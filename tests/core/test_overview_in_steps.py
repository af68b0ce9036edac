"""The division overview in two stages, for a window that shows the points at once and the
names once placed: the first stage has every point and arrow and no name, and the names,
placed a slice at a time, end up exactly where the overview laid out at once puts them."""

import random
import time
from dataclasses import replace

from ompm_desktop.diagram.overview import CROWDED, OverviewInSteps, _crowds, overview_layout
from ompm_desktop.diagram.shapes import DiagramPoint
from ompm_desktop.model.quadrants import Quadrant
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
        finished = steps.place_names(0.001)  # the compiled search places 200 in about 16 ms
        slices.append(time.perf_counter() - start)
        if finished:
            break
    assert len(slices) > 3
    # One name at most past the 1 ms asked (a name rarely takes 5 ms, even on a busy machine).
    assert max(slices[1:-1]) < 0.05


def test_a_division_of_few_points_is_laid_out_whole_at_once(memory_desk):
    crowded_division(memory_desk, count=CROWDED)
    steps = OverviewInSteps(memory_desk)
    assert steps.finished and steps.place_names(0.0)
    assert steps.first is steps.layout
    assert steps.layout == overview_layout(memory_desk)
    assert len(steps.layout.points) == CROWDED
    assert sum(p.label is not None for p in steps.layout.points) > CROWDED * 0.8


def test_the_crowd_about_each_point_is_the_plain_count_of_its_neighbours():
    rng = random.Random(5)
    spots = [(rng.uniform(40, 800), rng.uniform(40, 600)) for _ in range(300)]
    # Apart from those: points exactly 40 away, which the count leaves out, and just inside.
    spots += [(1000.0, 1000.0), (1040.0, 1000.0), (1039.99, 1039.99), (960.0, 1000.0),
              (1000.0, 960.1)]
    points = [DiagramPoint(x=x, y=y, capacity=0, threat=0, neighbourhood_id=f"h{n}",
                           assessment_id=f"a{n}", assessed_on="2026-10-01", assessor="",
                           quadrant=Quadrant.SAFETY, tooltip="")
              for n, (x, y) in enumerate(spots)]
    plain = {point.assessment_id: sum(1 for other in points if abs(other.x - point.x) < 40
                                      and abs(other.y - point.y) < 40)
             for point in points}
    assert _crowds(points) == plain
    assert plain["a300"] == 3  # itself, the one just inside both ways, the one 39.9 up
