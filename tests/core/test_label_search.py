"""The search for a label's free spot skips what it already knows to be in the way (a box in
the way of one spot is in the way of the spots of its row it overlaps; a spot in the way of
the narrowest text is in the way of every wider one): it finds the very spot a plain search
finds, spot by spot over everything taken, in crowded random scenes. So does the compiled
search (_spot_search.c), which every test here runs as well as the search in Python."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ompm_desktop.diagram import labels
from ompm_desktop.diagram.labels import (
    FREE,
    OVER_SOFT,
    TAKEN,
    Placer,
    Seen,
)
from ompm_desktop.diagram.segments import crosses, intersect
from ompm_desktop.diagram.shapes import Rect
from ompm_desktop.diagram.spots import candidates
from ompm_desktop.diagram.text import ASCENT, DESCENT, PAD, text_width

BOUNDS = Rect(10, 10, 300, 220)
TEXTS = ("Rideau Heights and Vanier South", "Rideau Heights…", "Rideau…")


def _plain_state(placer: Placer, box: Rect) -> int:
    if not (BOUNDS.x <= box.x and BOUNDS.y <= box.y and box.right <= BOUNDS.right
            and box.bottom <= BOUNDS.bottom):
        return TAKEN
    state = FREE
    for item in placer._items:
        if not item.box.overlaps(box):
            continue
        if item.segment is None or crosses(item.segment, box):
            if not item.soft:
                return TAKEN
            state = OVER_SOFT
    return state


def _plain_line_is_free(placer: Placer, segment) -> bool:
    for item in placer._items:
        if item.segment is None:
            if not item.point and crosses(segment, item.box):
                return False
        elif item.leader and intersect(segment, item.segment):
            return False
    return True


def _plain_find(placer: Placer, text: str, x: float, y: float, size: float):
    width = text_width(text, size) + 2 * PAD
    height = size * (ASCENT + DESCENT) + 2 * PAD
    over_soft = None
    for left, top, leader in candidates(x, y, 4.5, width, height, 150.0):
        state = _plain_state(placer, Rect(left, top, width, height))
        if state == TAKEN or (state == OVER_SOFT and over_soft is not None):
            continue
        if leader is not None and not _plain_line_is_free(placer, leader):
            continue
        if state == FREE:
            return Rect(left, top, width, height), leader
        over_soft = (Rect(left, top, width, height), leader)
    return over_soft


@pytest.fixture(scope="module", params=[False, True], ids=["python", "compiled"])
def compiled(request: pytest.FixtureRequest) -> bool:
    """Each test once with the search in Python, once with the compiled one: where it could
    not be built (no C compiler) the app searches in Python, but CI builds it."""
    if request.param:
        _needs_compiled()
    return request.param


def _needs_compiled() -> None:
    if labels.Field is None:
        if os.environ.get("CI"):
            pytest.fail("the compiled label search was not built: is a C compiler installed?")
        pytest.skip("the compiled label search is not built here (no C compiler)")


coordinate = st.floats(min_value=0, max_value=320, allow_nan=False)
boxes = st.lists(st.tuples(coordinate, coordinate, st.floats(2, 60), st.floats(2, 10)),
                 min_size=20, max_size=80)
lines = st.lists(st.tuples(coordinate, coordinate, coordinate, coordinate, st.booleans()),
                 max_size=25)


@settings(max_examples=150, deadline=None)
@given(boxes, lines, st.tuples(coordinate, coordinate), st.sampled_from((6.5, 7.0)))
def test_the_search_finds_the_spot_a_plain_search_finds(compiled, taken, drawn, where, size):
    placer = Placer(BOUNDS, compiled=compiled)
    for x, y, width, height in taken:
        placer.take(Rect(x, y, width, height), point=width < 12)
    for x1, y1, x2, y2, soft in drawn:
        placer.take_line((x1, y1, x2, y2), soft=soft, leader=not soft)
    x, y = where
    expected = [_plain_find(placer, text, x, y, size) for text in TEXTS]
    seen = Seen()  # the narrowest text first, as the overview searches
    assert placer.find(TEXTS[-1], x, y, 4.5, size, reach=150.0, seen=seen,
                       narrowest=True) == expected[-1]
    found = [placer.find(text, x, y, 4.5, size, reach=150.0, seen=seen) for text in TEXTS]
    assert found == expected
    alone = Seen()  # and each text after the one before, the narrowest unknown
    assert [placer.find(text, x, y, 4.5, size, reach=150.0, seen=alone)
            for text in TEXTS] == expected
    for wider, narrower in zip(expected, expected[1:], strict=False):
        assert narrower is not None or wider is None  # no room for the narrower: none wider


def test_where_arrows_cross_every_spot_each_text_still_finds_its_nearest_over_them(compiled):
    placer = Placer(BOUNDS, compiled=compiled)
    for step in range(56):  # arrows every 4 points, across the whole field
        y = BOUNDS.y + 2 + 4 * step
        placer.take_line((BOUNDS.x, y, BOUNDS.right, y), soft=True)
    placer.take(Rect(160, 110, 60, 12))  # a name beside the point, in the way of wide texts
    seen = Seen()
    narrowest = placer.find(TEXTS[-1], 150, 115, 4.5, 7.0, reach=150.0, seen=seen,
                            narrowest=True)
    assert narrowest == _plain_find(placer, TEXTS[-1], 150, 115, 7.0) and narrowest is not None
    for text in TEXTS:
        assert placer.find(text, 150, 115, 4.5, 7.0, reach=150.0, seen=seen) == _plain_find(
            placer, text, 150, 115, 7.0)


edge = st.one_of(st.floats(-50, 400, allow_nan=False),
                 st.sampled_from((10.0, 310.0, 230.0, 36.0, 72.0, 0.0)))  # the field's edges
odd_boxes = st.lists(st.tuples(edge, edge, st.one_of(st.floats(0, 80), st.just(0.0)),
                               st.one_of(st.floats(0, 20), st.just(0.0)), st.booleans()),
                     max_size=100)
odd_lines = st.lists(st.tuples(edge, edge, edge, edge, st.sampled_from(("soft", "leader", ""))),
                     max_size=30)


@settings(max_examples=150, deadline=None)
@given(odd_boxes, odd_lines, st.tuples(edge, edge), st.sampled_from((6.5, 7.0, 9.0)))
def test_odd_scenes_find_the_plain_search_s_spot(compiled, taken, drawn, where, size):
    """Boxes and lines of no width or height, things past the field and on its edges, a point
    outside it: the same spot as the plain search, or none."""
    placer = Placer(BOUNDS, compiled=compiled)
    for x, y, width, height, point in taken:
        placer.take(Rect(x, y, width, height), point=point)
    for x1, y1, x2, y2, kind in drawn:
        placer.take_line((x1, y1, x2, y2), soft=kind == "soft", leader=kind == "leader")
    x, y = where
    for text in (TEXTS[0], TEXTS[-1], "X"):
        assert placer.find(text, x, y, 4.5, size, reach=150.0) == _plain_find(
            placer, text, x, y, size)


def test_both_searches_name_a_crowded_overview_alike(memory_desk, monkeypatch):
    """Whole overviews of 200 crowded points, at two sizes and for three beats: every name
    on the same spot with the same leader, the same names left off."""
    _needs_compiled()
    from ompm_desktop.diagram.overview import overview_layout
    from tests.core.test_diagram_layout import crowded_division

    beats, _hoods = crowded_division(memory_desk, count=200)
    wanted = ({}, {"width": 1000.0, "height": 780.0}, {"beat_ids": beats[:3]})
    found = [overview_layout(memory_desk, **each) for each in wanted]
    monkeypatch.setattr(labels, "Field", None)  # the search in Python
    expected = [overview_layout(memory_desk, **each) for each in wanted]
    assert found == expected
    assert sum(point.leader is not None for point in found[0].points) > 20


def test_the_self_test_fails_a_bundle_without_the_compiled_search(monkeypatch):
    from ompm_desktop.selftest import check_label_search

    _needs_compiled()
    assert check_label_search() == "compiled"
    monkeypatch.setattr(labels, "Field", None)
    assert check_label_search() == "in Python: installed without a C compiler"
    monkeypatch.setattr("sys.frozen", True, raising=False)
    with pytest.raises(ImportError, match="compiled label search"):
        check_label_search()
