"""Placing text on the diagram so that nothing covers anything else.

A `Placer` knows the space taken so far (points, quadrant names, labels, leader lines,
arrows) and puts each new label at the first free spot among candidates around its point:
right beside it first, then a little further away joined by a thin leader line. A name with
no free spot is tried shortened, and left off when even that does not fit.

Text is measured in the fonts the PDFs and exports embed (ompm_desktop.diagram.text).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ompm_desktop.diagram.box_raster import BoxRaster
from ompm_desktop.diagram.box_spots import box_spots
from ompm_desktop.diagram.segments import Segment, crosses, crosses_box, intersect, segment_box
from ompm_desktop.diagram.shapes import Label, Rect
from ompm_desktop.diagram.spot_search import (
    FREE,
    OVER_SOFT,
    TAKEN,
    Edges,
    Seen,
    SpotSearch,
    Taken,
    rule_out,
)
from ompm_desktop.diagram.spots import beside, grid, leader_to, pattern
from ompm_desktop.diagram.text import ASCENT, DESCENT, PAD, label_at, text_width

try:
    from ompm_desktop.diagram._spot_search import Field
except ImportError:  # installed without a C compiler: the search in Python, to the same spots
    Field = None

_CELL = 36.0  # the spatial grid's cell, in points


@dataclass(frozen=True)
class Placed:
    label: Label | None
    leader: Segment | None = None


class Placer:
    """The space taken on a diagram, and free spots for new labels and boxes. `compiled`:
    labels are searched for by the compiled search where it is built (it finds the same
    spots, some four times faster: a division's overview places 200 names)."""

    def __init__(self, bounds: Rect, *, compiled: bool = True) -> None:
        self.bounds = bounds
        self._limits = (bounds.x, bounds.y, bounds.right, bounds.bottom)
        self._field = Field(*self._limits) if compiled and Field is not None else None
        self._items: list[Taken] = []
        self._indexed = 0  # how many of them are in the cells below
        self._grid: dict[tuple[int, int], list[int]] = {}
        # For the inner loop of _box_state, cell by cell: the edges of what a label may never
        # cover, and apart, of the soft lines (looked at only for a spot over nothing else).
        self._hard: dict[tuple[int, int], list[Edges]] = {}
        self._soft: dict[tuple[int, int], list[Edges]] = {}
        # What a leader may not cross, cell by cell: labels and names (boxes), other leaders.
        self._leader_stops: dict[tuple[int, int], list[Taken]] = {}
        # For find in Python: what no label may cover, as a raster.
        self._raster = BoxRaster(bounds)

    # ---- what is taken -------------------------------------------------------------

    def _cells(self, rect: Rect) -> Iterator[tuple[int, int]]:
        for column in range(int(rect.x // _CELL), int(rect.right // _CELL) + 1):
            for row in range(int(rect.y // _CELL), int(rect.bottom // _CELL) + 1):
                yield column, row

    def _add(self, item: Taken) -> None:
        self._items.append(item)
        field = self._field
        if field is None:  # the search in Python reads the raster and the cells at once
            self._index_up_to_date()
            box = item.box
            if item.segment is None:
                self._raster.add(box.x, box.y, box.x + box.width, box.y + box.height)
            else:
                self._raster.add_line(*item.segment, soft=item.soft)
        elif item.segment is None:
            field.take(item.box.x, item.box.y, item.box.width, item.box.height, item.point)
        else:
            field.take_line(*item.segment, item.leader, item.soft)

    def _index_up_to_date(self) -> None:
        """What is taken, cell by cell, up to the last thing taken: only when something looks
        at it in Python (the compiled search keeps its own, so an overview's names never need
        it; a profile's initiative boxes do)."""
        grid, leader_stops = self._grid, self._leader_stops
        for index in range(self._indexed, len(self._items)):
            item = self._items[index]
            box = item.box
            edges = (box.x, box.y, box.x + box.width, box.y + box.height, item.segment)
            kind = self._soft if item.soft else self._hard
            stops = item.leader if item.segment is not None else not item.point
            for cell in self._cells(box):
                grid.setdefault(cell, []).append(index)
                kind.setdefault(cell, []).append(edges)
                if stops:
                    leader_stops.setdefault(cell, []).append(item)
        self._indexed = len(self._items)

    def take(self, rect: Rect, *, point: bool = False) -> None:
        self._add(Taken(rect, None, point=point))

    def take_line(self, segment: Segment, *, leader: bool = False, soft: bool = False) -> None:
        self._add(Taken(segment_box(segment), segment, leader=leader, soft=soft))

    def _near(self, rect: Rect) -> list[Taken]:
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

    def _box_is_free(self, rect: Rect, *, strict: bool = True) -> bool:
        """Inside the bounds and over nothing taken (nothing but soft lines unless strict)."""
        state = self._box_state(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
        return state == FREE or (state == OVER_SOFT and not strict)

    def _box_state(self, x0: float, y0: float, x1: float, y1: float) -> int:
        """FREE; OVER_SOFT (over soft lines only); or TAKEN (outside the bounds, or over
        something else): for the box from (x0, y0) to (x1, y1)."""
        left_limit, top_limit, right_limit, bottom_limit = self._limits
        if x0 < left_limit or y0 < top_limit or x1 > right_limit or y1 > bottom_limit:
            return TAKEN
        if self._in_way(x0, y0, x1, y1) is not None:
            return TAKEN
        return self._soft_state(x0, y0, x1, y1)

    def _in_way(self, x0: float, y0: float, x1: float, y1: float) -> Edges | None:
        """The first thing found that no label may cover over the box from (x0, y0) to
        (x1, y1) (a box, or a line crossing it), as its edges; None if there is none."""
        # Cell by cell, stopping at the first thing in the way: an item met again in the
        # next cell is cheap to look at twice.
        hard = self._hard
        for column in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
            for row in range(int(y0 // _CELL), int(y1 // _CELL) + 1):
                for edges in hard.get((column, row), ()):
                    left, top, right, bottom, segment = edges
                    # Nothing whose bounding box misses the rectangle can touch it.
                    if left >= x1 or right <= x0 or top >= y1 or bottom <= y0:
                        continue
                    if segment is None or crosses_box(segment, x0, y0, x1, y1):
                        return edges
        return None

    def _soft_state(self, x0: float, y0: float, x1: float, y1: float) -> int:
        """OVER_SOFT if a soft line (an arrow) crosses the box, else FREE: soft lines only
        matter to a spot over nothing else, so they are looked at last."""
        soft = self._soft
        if soft:
            for column in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
                for row in range(int(y0 // _CELL), int(y1 // _CELL) + 1):
                    for left, top, right, bottom, segment in soft.get((column, row), ()):
                        if left >= x1 or right <= x0 or top >= y1 or bottom <= y0:
                            continue
                        if segment is not None and crosses_box(segment, x0, y0, x1, y1):
                            return OVER_SOFT
        return FREE

    def line_is_free(self, segment: Segment, blockers: list[Taken] | None = None) -> bool:
        """A leader may cross arrows and points (crowded points touch one another anyway),
        never a label, a quadrant's name or another leader. `blockers`: what stopped other
        leaders from the same point, looked at first (the leaders next to a stopped one
        are mostly stopped by the same thing); what stops this one is added to them. For the
        search in Python, which keeps the cells up to date."""
        x1, y1, x2, y2 = segment
        left, top = min(x1, x2), min(y1, y2)  # as segment_box measures it
        right, bottom = left + abs(x2 - x1), top + abs(y2 - y1)
        if blockers:
            for item in blockers:
                box = item.box
                # Only what the search of its cells would meet (their boxes touch).
                if (box.x > right or box.x + box.width < left or box.y > bottom
                        or box.y + box.height < top):
                    continue
                if self._stops(segment, item):
                    return False
        stops = self._leader_stops
        for column in range(int(left // _CELL), int(right // _CELL) + 1):
            for row in range(int(top // _CELL), int(bottom // _CELL) + 1):
                for item in stops.get((column, row), ()):
                    if self._stops(segment, item):
                        if blockers is not None:
                            blockers.append(item)
                        return False
        return True

    @staticmethod
    def _stops(segment: Segment, item: Taken) -> bool:
        if item.segment is None:
            box = item.box
            return crosses_box(segment, box.x, box.y, box.x + box.width, box.y + box.height)
        return intersect(segment, item.segment)

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
        there is no free spot: the first spot of `candidates` over nothing, failing that the
        first over soft lines only (arrows), whose leader is free.

        Every spot of a wider text covers the same spot of a narrower one (spots keep the
        edge nearest their point), with the same leader: a spot in the way of the narrowest
        text is in the way of every text, and where the narrowest finds no room, no wider
        text does. `seen` carries what was found from one text to the next for the same
        point (nothing taken in between); `narrowest`: this is the narrowest text, and what
        its search finds is kept there for the others. The compiled search needs neither:
        it looks at every spot, and is still some four times faster."""
        width = text_width(text, size, bold=bold) + 2 * PAD
        height = size * (ASCENT + DESCENT) + 2 * PAD
        if self._field is not None:
            spot = self._field.find(x, y, radius, width, height, *pattern(reach, height).packed)
            return None if spot is None else (Rect(spot[0], spot[1], width, height), spot[2])
        seen = seen if seen is not None else Seen()
        search = SpotSearch(self, seen, narrowest, width, height)
        for order, (left, top) in enumerate(beside(x, y, radius, width, height)):
            if search.try_spot(order, left, top, None):
                return search.found
        # The spots with a leader, as a grid: a box found in the way of one spot rules out
        # at once every spot of the grid it overlaps, so that those are not looked at.
        spots = pattern(reach, height)
        tops, bottoms, lefts, rights = grid(spots, x, y, radius, width, height)
        blocked = self._outside(tops, bottoms, lefts, rights)
        for box in seen.boxes:
            rule_out(blocked, box, tops, bottoms, lefts, rights)
        # The raster says at once of most spots whether anything is in the way.
        raster, in_way = self._raster, self._in_way
        assert raster is not None
        bands: list[tuple[int, int, int] | None] = [None] * len(tops)
        columns = raster.across(lefts, rights)
        for order, row, across in search.grid_order(spots):
            if blocked[row] >> across & 1:
                continue
            band = bands[row]
            if band is None:
                band = bands[row] = raster.band(tops[row], bottoms[row])
            first, touching, first_inside, holding = columns[across]
            if band[1] >> first_inside & holding:
                continue  # wholly over a box
            left, top = lefts[across], tops[row]
            if band[0] >> first & touching:  # something near: each thing is tested
                found = in_way(left, top, rights[across], bottoms[row])
                if found is not None:
                    if found[4] is None:  # a box
                        seen.boxes.append(found)
                        rule_out(blocked, found, tops, bottoms, lefts, rights)
                    continue
            leader = leader_to(spots, row, across, x, y, radius, lefts, rights)
            if search.try_spot(order, left, top, leader, clear=True,
                               no_arrow=not band[2] >> first & touching):
                return search.found
        if narrowest:
            seen.known_until = spots.count
        return search.found

    def _outside(self, tops: list[float], bottoms: list[float], lefts: list[float],
                 rights: list[float]) -> list[int]:
        """For each row of a grid of spots, the spots outside the field, as bits (one per
        spot across, left first)."""
        left_limit, top_limit, right_limit, bottom_limit = self._limits
        every = (1 << len(lefts)) - 1
        across = (1 << bisect_left(lefts, left_limit)) - 1 | every ^ (
            (1 << bisect_right(rights, right_limit)) - 1)
        return [every if top < top_limit or bottom > bottom_limit else across
                for top, bottom in zip(tops, bottoms, strict=True)]

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
        self._index_up_to_date()
        if width > area.width or height > area.height:
            return None
        spots = box_spots(width, height, area)
        # The spots a box taken overlaps are ruled out at once; the others are tested.
        covered = spots.covered(self._hard_boxes(area))
        for clear in (margin, 0.0):
            for _distance, left, top, column, row in spots.ordered:
                if covered[row] >> column & 1:
                    continue
                rect = Rect(left, top, width, height)
                around = Rect(left - clear, top - clear, width + 2 * clear, height + 2 * clear)
                if self._box_is_free(rect) and (not clear or self._clear_of_all(around)):
                    self.take(rect)
                    return rect
        return None

    def _hard_boxes(self, area: Rect) -> set[tuple[float, float, float, float]]:
        """The edges of every box taken (not a line) that a box in the area could meet."""
        return {edges[:4] for cell in self._cells(area) for edges in self._hard.get(cell, ())
                if edges[4] is None}

    def _clear_of_all(self, rect: Rect) -> bool:
        """Nothing taken within the rectangle (which may reach past the bounds)."""
        for item in self._near(rect):
            if item.segment is None:
                if item.box.overlaps(rect):
                    return False
            elif crosses(item.segment, rect):
                return False
        return True
