"""An initiative's box on the diagram goes where a plain search puts it: the spot nearest
its quadrant's centre over nothing taken (with a margin clear around it where there is
room), though the spots a box taken overlaps are now ruled out a row at a time."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ompm_desktop.diagram.box_spots import box_spots
from ompm_desktop.diagram.labels import Placer
from ompm_desktop.diagram.segments import crosses
from ompm_desktop.diagram.shapes import Rect

BOUNDS = Rect(10, 10, 300, 220)
AREA = Rect(20, 20, 150, 110)


def _plain_taken(placer: Placer, box: Rect) -> bool:
    """Outside the bounds, or over anything but a soft line (box_is_free's strict test)."""
    if not (BOUNDS.x <= box.x and BOUNDS.y <= box.y and box.right <= BOUNDS.right
            and box.bottom <= BOUNDS.bottom):
        return True
    return any(item.box.overlaps(box) and (item.segment is None or crosses(item.segment, box))
               for item in placer._items)


def _plain_clear(placer: Placer, box: Rect) -> bool:
    """Nothing taken within the box: no box overlapping it, no line touching it."""
    return not any(item.box.overlaps(box) if item.segment is None
                   else crosses(item.segment, box) for item in placer._items)


def _plain_place_box(placer: Placer, width: float, height: float, area: Rect,
                     margin: float = 6.0) -> Rect | None:
    spots = sorted(
        ((left + width / 2 - (area.x + area.width / 2)) ** 2
         + (top + height / 2 - (area.y + area.height / 2)) ** 2, left, top)
        for _distance, left, top, _column, _row in box_spots(width, height, area).ordered)
    for clear in (margin, 0.0):
        for _distance, left, top in spots:
            box = Rect(left, top, width, height)
            around = Rect(left - clear, top - clear, width + 2 * clear, height + 2 * clear)
            if not _plain_taken(placer, box) and (not clear or _plain_clear(placer, around)):
                return box
    return None


coordinate = st.floats(min_value=0, max_value=320, allow_nan=False)
boxes = st.lists(st.tuples(coordinate, coordinate, st.floats(2, 60), st.floats(2, 12),
                           st.booleans()), min_size=5, max_size=40)
lines = st.lists(st.tuples(coordinate, coordinate, coordinate, coordinate, st.booleans()),
                 max_size=15)


@settings(max_examples=200, deadline=None)
@given(boxes, lines, st.lists(st.tuples(st.floats(20, 120), st.floats(10, 30)), min_size=1,
                              max_size=6))
def test_each_box_goes_where_a_plain_search_puts_it(taken, drawn, sizes):
    placer = Placer(BOUNDS)
    for x, y, width, height, point in taken:
        placer.take(Rect(x, y, width, height), point=point)
    for x1, y1, x2, y2, soft in drawn:
        placer.take_line((x1, y1, x2, y2), soft=soft, leader=not soft)
    for width, height in sizes:  # one after the other, each taking its place
        expected = _plain_place_box(placer, width, height, AREA)
        assert placer.place_box(width, height, AREA) == expected


def test_the_spots_run_from_the_centre_out_and_a_box_covers_only_what_it_overlaps():
    spots = box_spots(30.0, 10.0, AREA)
    distances = [spot[0] for spot in spots.ordered]
    assert distances == sorted(distances)
    assert len(spots.ordered) == len(spots.lefts) * len(spots.tops)
    covered = spots.covered([(AREA.x, AREA.y, AREA.x + 30.0, AREA.y + 10.0)])
    # Only the spots within 30 across and 10 down of the corner overlap it (touching does not).
    assert covered[0] == 0b11111 and covered[2] == 0b11111 and covered[3] == 0
    assert all(row == 0 for row in covered[3:])
