"""The raster the label search reads first answers as the test of each thing would: a spot
touching no marked cell is over no box and crossed by no line (nor by a soft line, on the
raster of those), and a spot holding a cell wholly inside a box is over that box; edges that
meet exactly (whole and half points, as the diagram's labels meet) included."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ompm_desktop.diagram.box_raster import BoxRaster
from ompm_desktop.diagram.segments import crosses_box
from ompm_desktop.diagram.shapes import Rect

BOUNDS = Rect(10, 10, 200, 150)
SPOT = (60.5, 40.0, 37.5, 8.5)  # a label's spot: left, top, width, height
# Places about the spot's edges, meeting them exactly (whole and half points) or not.
near = st.tuples(st.sampled_from((0, 1, 2, 3)), st.one_of(
    st.integers(-6, 6).map(lambda n: n / 2), st.floats(-4, 4, allow_nan=False)))
size = st.one_of(st.integers(1, 30).map(lambda n: n / 2), st.floats(0.1, 20))
boxes = st.lists(st.tuples(near, near, size, size), max_size=6)
lines = st.lists(st.tuples(near, near, near, near, st.booleans()), max_size=4)


def _at(edge: tuple[int, float], across: bool) -> float:
    """A place about one of the spot's edges (0, 1: left, right or top, bottom) or further."""
    which, offset = edge
    left, top, width, height = SPOT
    start, length = (left, width) if across else (top, height)
    return start + (0, length, -20, length + 20)[which] + offset


def _over(edges: tuple[float, float, float, float], x0, y0, x1, y1) -> bool:
    left, top, right, bottom = edges
    return not (left >= x1 or right <= x0 or top >= y1 or bottom <= y0)


@settings(max_examples=500, deadline=None)
@given(boxes, lines)
def test_the_raster_answers_as_each_box_and_line_would(taken, drawn):
    raster = BoxRaster(BOUNDS)
    edges = [(_at(x, True), _at(y, False), _at(x, True) + width, _at(y, False) + height)
             for x, y, width, height in taken]
    for box in edges:
        raster.add(*box)
    segments = [((_at(a, True), _at(b, False), _at(c, True), _at(d, False)), soft)
                for a, b, c, d, soft in drawn]
    for segment, soft in segments:
        raster.add_line(*segment, soft=soft)
    x0, y0, width, height = SPOT
    x1, y1 = x0 + width, y0 + height
    touched, inside, soft_touched = raster.band(y0, y1)
    [(first, touching, first_inside, holding)] = raster.across([x0], [x1])
    over_box = any(_over(box, x0, y0, x1, y1) for box in edges)

    def crossed(soft: bool) -> bool:
        return any(is_soft == soft and _over(
            (min(s[0], s[2]), min(s[1], s[3]), max(s[0], s[2]), max(s[1], s[3])),
            x0, y0, x1, y1) and crosses_box(s, x0, y0, x1, y1) for s, is_soft in segments)

    if not touched >> first & touching:
        assert not over_box and not crossed(False)
    if inside >> first_inside & holding:
        assert over_box
    if not soft_touched >> first & touching:
        assert not crossed(True)
