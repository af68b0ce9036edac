"""Placing text on the diagram so that nothing covers anything else.

A `Placer` knows the space taken so far (points, quadrant names, labels, leader lines,
arrows) and puts each new label at the first free spot among candidates around its point:
right beside it first, then a little further away joined by a thin leader line. A name with
no free spot is tried shortened, and left off when even that does not fit.

Text is measured in the fonts the PDFs and exports embed (ompm_desktop.diagram.text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ompm_desktop.diagram.segments import Segment, crosses, crosses_box, intersect, segment_box
from ompm_desktop.diagram.shapes import Label, Rect
from ompm_desktop.diagram.text import ASCENT, DESCENT, PAD, label_at, text_width

_CELL = 36.0  # the spatial grid's cell, in points
FREE, OVER_SOFT, TAKEN = 0, 1, 2  # what a spot is over
# An item's box edges as plain numbers, and its line if it is one (None: the box itself).
_Edges = tuple[float, float, float, float, "Segment | None"]


@dataclass(frozen=True)
class Placed:
    label: Label | None
    leader: Segment | None = None


@dataclass
class Seen:
    """What one point's search for a free spot found, for the search of its other texts at
    the same size: boxes in the way, by the top of the spots they block (their left and
    right edges), and whether each leader was free. After the search of the narrowest text,
    `known_until`: no wider text has a spot over nothing before this one (in the order spots
    are tried), nor one over soft lines but at the `maybe_soft` spots."""

    boxes: dict[float, list[tuple[float, float]]] = field(default_factory=dict)
    leaders: dict[Segment, bool] = field(default_factory=dict)
    known_until: int = 0
    maybe_soft: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class _Taken:
    box: Rect
    segment: Segment | None  # a line rather than a box
    point: bool = False  # a point's own space, which leaders may cross
    leader: bool = False  # a line from a point to its label, which no other leader crosses
    soft: bool = False  # a line a label avoids where it can, and covers where it must


class Placer:
    """The space taken on a diagram, and free spots for new labels and boxes."""

    def __init__(self, bounds: Rect) -> None:
        self.bounds = bounds
        self._limits = (bounds.x, bounds.y, bounds.right, bounds.bottom)
        self._items: list[_Taken] = []
        self._grid: dict[tuple[int, int], list[int]] = {}
        # For the inner loop of _box_state, cell by cell: the edges of what a label may never
        # cover, and apart, of the soft lines (looked at only for a spot over nothing else).
        self._hard: dict[tuple[int, int], list[_Edges]] = {}
        self._soft: dict[tuple[int, int], list[_Edges]] = {}
        # What a leader may not cross, cell by cell: labels and names (boxes), other leaders.
        self._leader_stops: dict[tuple[int, int], list[_Taken]] = {}

    # ---- what is taken -------------------------------------------------------------

    def _cells(self, rect: Rect) -> Iterator[tuple[int, int]]:
        for column in range(int(rect.x // _CELL), int(rect.right // _CELL) + 1):
            for row in range(int(rect.y // _CELL), int(rect.bottom // _CELL) + 1):
                yield column, row

    def _add(self, item: _Taken) -> None:
        index = len(self._items)
        self._items.append(item)
        box = item.box
        edges = (box.x, box.y, box.x + box.width, box.y + box.height, item.segment)
        kind = self._soft if item.soft else self._hard
        stops = item.leader if item.segment is not None else not item.point
        for cell in self._cells(item.box):
            self._grid.setdefault(cell, []).append(index)
            kind.setdefault(cell, []).append(edges)
            if stops:
                self._leader_stops.setdefault(cell, []).append(item)

    def take(self, rect: Rect, *, point: bool = False) -> None:
        self._add(_Taken(rect, None, point=point))

    def take_line(self, segment: Segment, *, leader: bool = False, soft: bool = False) -> None:
        self._add(_Taken(segment_box(segment), segment, leader=leader, soft=soft))

    def _near(self, rect: Rect) -> list[_Taken]:
        grid, items = self._grid, self._items
        first_column, last_column = int(rect.x // _CELL), int(rect.right // _CELL)
        first_row, last_row = int(rect.y // _CELL), int(rect.bottom // _CELL)
        if first_column == last_column and first_row == last_row:  # the usual label
            return [items[index] for index in grid.get((first_column, first_row), ())]
        indices: set[int] = set()
        for column in range(first_column, last_column + 1):
            for row in range(first_row, last_row + 1):
                found = grid.get((column, row))
                if found:
                    indices.update(found)
        return [items[index] for index in indices]

    def box_is_free(self, rect: Rect, *, strict: bool = True) -> bool:
        """Inside the bounds and over nothing taken (nothing but soft lines unless strict)."""
        state = self._box_state(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
        return state == FREE or (state == OVER_SOFT and not strict)

    def _box_state(self, x0: float, y0: float, x1: float, y1: float) -> int:
        """FREE; OVER_SOFT (over soft lines only); or TAKEN (outside the bounds, or over
        something else): for the box from (x0, y0) to (x1, y1)."""
        state = self._in_way(x0, y0, x1, y1)
        return TAKEN if state.__class__ is tuple else state  # type: ignore[return-value]

    def _in_way(self, x0: float, y0: float, x1: float,
                y1: float) -> int | tuple[float, float]:
        """As _box_state, but a box taken by a box in its way (a point, a label, a name)
        gives that box's left and right edges instead of TAKEN."""
        left_limit, top_limit, right_limit, bottom_limit = self._limits
        if x0 < left_limit or y0 < top_limit or x1 > right_limit or y1 > bottom_limit:
            return TAKEN
        # Cell by cell, stopping at the first thing in the way: most spots tried are taken,
        # and an item met again in the next cell is cheap to look at twice. Soft lines
        # (arrows) only matter to a spot over nothing else, so they are looked at last.
        first_column, last_column = int(x0 // _CELL), int(x1 // _CELL) + 1
        first_row, last_row = int(y0 // _CELL), int(y1 // _CELL) + 1
        hard = self._hard
        for column in range(first_column, last_column):
            for row in range(first_row, last_row):
                for left, top, right, bottom, segment in hard.get((column, row), ()):
                    # Nothing whose bounding box misses the rectangle can touch it.
                    if left >= x1 or right <= x0 or top >= y1 or bottom <= y0:
                        continue
                    if segment is None:
                        return left, right
                    if crosses_box(segment, x0, y0, x1, y1):
                        return TAKEN
        soft = self._soft
        if soft:
            for column in range(first_column, last_column):
                for row in range(first_row, last_row):
                    for left, top, right, bottom, segment in soft.get((column, row), ()):
                        if left >= x1 or right <= x0 or top >= y1 or bottom <= y0:
                            continue
                        if segment is not None and crosses_box(segment, x0, y0, x1, y1):
                            return OVER_SOFT
        return FREE

    def line_is_free(self, segment: Segment) -> bool:
        """A leader may cross arrows and points (crowded points touch one another anyway),
        never a label, a quadrant's name or another leader."""
        x1, y1, x2, y2 = segment
        left, top = min(x1, x2), min(y1, y2)  # as segment_box measures it
        right, bottom = left + abs(x2 - x1), top + abs(y2 - y1)
        stops = self._leader_stops
        for column in range(int(left // _CELL), int(right // _CELL) + 1):
            for row in range(int(top // _CELL), int(bottom // _CELL) + 1):
                for item in stops.get((column, row), ()):
                    if item.segment is None:
                        box = item.box
                        if crosses_box(segment, box.x, box.y, box.x + box.width,
                                        box.y + box.height):
                            return False
                    elif intersect(segment, item.segment):
                        return False
        return True

    # ---- placing ---------------------------------------------------------------------

    def place(self, text: str, x: float, y: float, radius: float, size: float, *,
              bold: bool = False, colour: str = "#212121", reach: float = 110.0,
              seen: Seen | None = None) -> Placed:
        """A label for the point at (x, y), beside it or joined by a leader within `reach`
        points; Placed(None) when there is no free spot."""
        spot = self.find(text, x, y, radius, size, bold=bold, reach=reach, seen=seen)
        if spot is None:
            return Placed(None)
        return self._put(text, *spot, size, bold, colour)

    def find(self, text: str, x: float, y: float, radius: float, size: float, *,
             bold: bool = False, reach: float = 110.0, seen: Seen | None = None,
             narrowest: bool = False) -> tuple[Rect, Segment | None] | None:
        """Where `place` would put the label (its box and leader), taking nothing; None when
        there is no free spot.

        Every spot of a wider text covers the same spot of a narrower one (spots keep the
        edge nearest their point), with the same leader: a spot in the way of the narrowest
        text is in the way of every text, and where the narrowest finds no room, no wider
        text does. `seen` carries what was found from one text to the next for the same
        point (nothing taken in between); `narrowest`: this is the narrowest text, and what
        its search finds is kept there for the others."""
        width = text_width(text, size, bold=bold) + 2 * PAD
        height = size * (ASCENT + DESCENT) + 2 * PAD
        seen = seen if seen is not None else Seen()
        in_the_way, leaders_free = seen.boxes, seen.leaders
        known_until, maybe_soft = (0, seen.maybe_soft) if narrowest else (
            seen.known_until, seen.maybe_soft)
        # The nearest spot over nothing; failing that, the nearest over soft lines only
        # (arrows), found in the same pass over the spots. A box met in the way of one spot
        # is in the way of every spot of its row that it overlaps: those are not looked at.
        over_soft: tuple[Rect, Segment | None] | None = None
        in_way = self._in_way
        left_limit, top_limit, right_limit, bottom_limit = self._limits
        index = -1
        for index, (left, top, leader) in enumerate(
                _candidates(x, y, radius, width, height, reach)):
            if index < known_until and index not in maybe_soft:
                continue  # in the way of the narrowest text, so of this one
            right = left + width
            if left < left_limit or top < top_limit or right > right_limit or (
                    top + height > bottom_limit):
                continue  # outside the field
            known = in_the_way.get(top)
            if known is not None:
                for box_left, box_right in known:
                    if box_left < right and box_right > left:
                        break  # overlaps a box known to be in the way
                else:
                    known = None
                if known is not None:
                    continue
            state = in_way(left, top, right, top + height)
            if state.__class__ is tuple:
                in_the_way.setdefault(top, []).append(state)
                continue
            if state == OVER_SOFT and narrowest:
                maybe_soft.add(index)
            if state == TAKEN or (state == OVER_SOFT and over_soft is not None):
                continue
            if leader is not None:
                free = leaders_free.get(leader)
                if free is None:
                    free = leaders_free[leader] = self.line_is_free(leader)
                if not free:
                    continue
            if state == FREE:
                if narrowest:
                    seen.known_until = index
                return Rect(left, top, width, height), leader
            over_soft = (Rect(left, top, width, height), leader)
        if narrowest:
            seen.known_until = index + 1
        return over_soft

    def _put(self, text: str, box: Rect, leader: Segment | None, size: float, bold: bool,
             colour: str) -> Placed:
        label = label_at(text, box.x, box.y, size, bold=bold, colour=colour)
        self.take(box)
        if leader is not None:
            self.take_line(leader, leader=True)
        return Placed(label, leader)

    def place_box(self, width: float, height: float, area: Rect,
                  margin: float = 6.0) -> Rect | None:
        """The free spot for a box inside an area nearest its centre, if there is one,
        with `margin` points clear around it where the area leaves room for that."""
        if width > area.width or height > area.height:
            return None
        ordered = _spots_nearest_centre(width, height, area)
        for clear in (margin, 0.0):
            for _distance, left, top in ordered:
                rect = Rect(left, top, width, height)
                around = Rect(left - clear, top - clear, width + 2 * clear, height + 2 * clear)
                if self.box_is_free(rect) and (not clear or self._clear_of_all(around)):
                    self.take(rect)
                    return rect
        return None

    def _clear_of_all(self, rect: Rect) -> bool:
        """Nothing taken within the rectangle (which may reach past the bounds)."""
        for item in self._near(rect):
            if item.segment is None:
                if item.box.overlaps(rect):
                    return False
            elif crosses(item.segment, rect):
                return False
        return True


@lru_cache(maxsize=256)
def _spots_nearest_centre(width: float, height: float, area: Rect
                          ) -> tuple[tuple[float, float, float], ...]:
    """Every spot for a box in an area on a 6 by 4 point grid, nearest its centre first (the
    same few areas and boxes come back for every diagram of a batch of profiles)."""
    cx, cy = area.x + area.width / 2, area.y + area.height / 2
    spots = []
    step_x, step_y = 6.0, 4.0
    top = area.y
    while top + height <= area.bottom:
        left = area.x
        while left + width <= area.right:
            distance = (left + width / 2 - cx) ** 2 + (top + height / 2 - cy) ** 2
            spots.append((distance, left, top))
            left += step_x
        top += step_y
    return tuple(sorted(spots))


@lru_cache(maxsize=64)
def _leader_offsets(reach: float, height: float) -> tuple[tuple[float, float], ...]:
    """How far from its point a label joined by a leader may sit, nearest first (the same
    for every label of one size)."""
    spots = []
    step = 12.0
    reach_x = int(reach // step)
    reach_y = int(reach / 2 // height) + 1
    for along in range(1, reach_x + 1):
        for rows in range(-reach_y, reach_y + 1):
            dx, dy = along * step, rows * height
            spots.append((dx * dx + (dy * 1.6) ** 2, dx, dy))
    spots.sort()
    return tuple((dx, dy) for _distance, dx, dy in spots)


def _candidates(x: float, y: float, radius: float, width: float, height: float,
                reach: float) -> Iterator[tuple[float, float, Segment | None]]:
    """Spots for a label's box (left, top) around a point, nearest first; those past the
    eight beside the point come with a leader line from the point's edge."""
    gap = radius + 1.5
    diagonal = gap * 0.75
    middle = y - height / 2
    yield x + gap, middle, None  # right
    yield x - gap - width, middle, None  # left
    yield x + diagonal, y - diagonal - height, None  # above right
    yield x + diagonal, y + diagonal, None  # below right
    yield x - diagonal - width, y - diagonal - height, None  # above left
    yield x - diagonal - width, y + diagonal, None  # below left
    yield x - width / 2, y - gap - height, None  # above
    yield x - width / 2, y + gap, None  # below
    for dx, dy in _leader_offsets(reach, height):
        centre = y + dy
        for side in (1, -1):
            left = x + gap + dx if side > 0 else x - gap - dx - width
            edge_x = left if side > 0 else left + width
            start_x = x + side * radius
            yield left, centre - height / 2, (start_x, y, edge_x, centre)
