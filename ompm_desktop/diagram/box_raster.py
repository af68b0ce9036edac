"""What no label may cover (points, names, labels, leaders), drawn on a raster of one-point
cells for the label search (ompm_desktop.diagram.labels): each row of cells is a number
whose bits say which cells a box or a line touches, and which lie wholly inside a box; and
apart, the cells the soft lines (arrows, which a label covers only where it must) touch.

A spot touching no cell that a box touches overlaps no box; a spot that holds wholly a cell
lying wholly inside a box overlaps that box. Both follow from the boxes' and the spot's own
edges compared with whole numbers, so the answer is the one the spot's test against each box
gives. A line marks the cells within a cell of it, far more than the rounding of the test of
a line against a spot could ever move it. Only the spots in between are tested thing by
thing. Rows of spots sharing a top edge read the rows of cells they cover once (`band`).
"""

from __future__ import annotations

from functools import reduce
from math import ceil, floor
from operator import or_

from ompm_desktop.diagram.shapes import Rect

LINE_ROWS = 8  # rows of cells a line marks at a time


class BoxRaster:
    def __init__(self, bounds: Rect) -> None:
        # Cells from just outside the bounds: every spot inside them is on the raster.
        self.left = floor(bounds.x) - 1
        self.top = floor(bounds.y) - 1
        self.columns = floor(bounds.right) - self.left + 2
        rows = floor(bounds.bottom) - self.top + 2
        self.touched = [0] * rows
        self.inside = [0] * rows
        self.soft = [0] * rows
        # Bands read since the last thing was drawn, by their rows: a name's other texts
        # search the same rows, and so do the points of a crowd that no name is put beside.
        self._bands: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def add(self, left: float, top: float, right: float, bottom: float) -> None:
        """A box, by its edges."""
        self._bands.clear()
        self._mark(self.touched, floor(left), floor(right), floor(top), floor(bottom))
        self._mark(self.inside, ceil(left), floor(right) - 1, ceil(top), floor(bottom) - 1)

    def add_line(self, x1: float, y1: float, x2: float, y2: float, *,
                 soft: bool = False) -> None:
        """A line, by its ends: the cells within a cell of it are touched (a few rows at a
        time, each as wide as the line runs from a cell above them to a cell below)."""
        raster = self.soft if soft else self.touched
        self._bands.clear()
        if y1 > y2:
            x1, y1, x2, y2 = x2, y2, x1, y1
        rise, run = y2 - y1, x2 - x1
        end = floor(y2) + 1
        for y in range(floor(y1) - 1, end + 1, LINE_ROWS):
            last = min(y + LINE_ROWS - 1, end)
            if rise == 0:
                low, high = x1, x2
            else:
                low = x1 + run * (max(y1, y - 1) - y1) / rise
                high = x1 + run * (min(y2, last + 2) - y1) / rise
            if low > high:
                low, high = high, low
            self._mark(raster, floor(low) - 1, floor(high) + 1, y, last)

    def _mark(self, raster: list[int], first_x: int, last_x: int, first_y: int,
              last_y: int) -> None:
        first_x, last_x = max(first_x - self.left, 0), min(last_x - self.left, self.columns)
        first_y, last_y = max(first_y - self.top, 0), min(last_y - self.top, len(raster) - 1)
        if first_x > last_x:
            return
        bits = ((1 << (last_x - first_x + 1)) - 1) << first_x
        for row in range(first_y, last_y + 1):
            raster[row] |= bits

    def band(self, top: float, bottom: float) -> tuple[int, int, int]:
        """For spots from `top` to `bottom`: the cells of their rows a box or a line
        touches, those of the rows they hold wholly that lie wholly inside a box, and the
        cells of their rows a soft line touches."""
        first, first_inside = max(floor(top) - self.top, 0), max(ceil(top) - self.top, 0)
        end = floor(bottom) - self.top + 1
        key = (first, first_inside, end)
        band = self._bands.get(key)
        if band is None:
            band = self._bands[key] = (reduce(or_, self.touched[first:end], 0),
                                       reduce(or_, self.inside[first_inside:end - 1], 0),
                                       reduce(or_, self.soft[first:end], 0))
        return band

    def across(self, lefts: list[float], rights: list[float]
               ) -> list[tuple[int, int, int, int]]:
        """For spots from `lefts` to `rights`: the first cell under each and the bits of
        those it touches, and the first cell it holds wholly and the bits of those (`band`'s
        numbers shifted right by the first cell, and masked, say what is there)."""
        found = []
        for left, right in zip(lefts, rights, strict=True):
            first, last = floor(left) - self.left, floor(right) - self.left
            first_inside, last_inside = ceil(left) - self.left, floor(right) - 1 - self.left
            found.append((first, (1 << (last - first + 1)) - 1, first_inside,
                          (1 << (last_inside - first_inside + 1)) - 1
                          if last_inside >= first_inside else 0))
        return found
