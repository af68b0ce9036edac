"""The search in Python for one label's spot (ompm_desktop.diagram.labels' Placer.find,
where the compiled search is not built): what is taken as the search sees it, what one
point's search found for its other texts (`Seen`), the spots tried one after another
(`SpotSearch`), and the spots of a grid a box rules out at once (`rule_out`). Its compiled
twin, which finds the same spots, is _spot_search.c."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING, NamedTuple

from ompm_desktop.diagram.segments import Segment
from ompm_desktop.diagram.shapes import Rect
from ompm_desktop.diagram.spots import BESIDE, Pattern

if TYPE_CHECKING:
    from ompm_desktop.diagram.labels import Placer

FREE, OVER_SOFT, TAKEN = 0, 1, 2  # what a spot is over
# An item's box edges as plain numbers, and its line if it is one (None: the box itself).
Edges = tuple[float, float, float, float, "Segment | None"]


@dataclass
class Seen:
    """What one point's search for a free spot found, for the search of its other texts at
    the same size: boxes found in the way (their edges), and whether each leader was free.
    After the search of the narrowest text, `known_until`: no wider text has a spot over
    nothing before this one (in the order spots are tried), nor one over soft lines but at
    the `maybe_soft` spots."""

    boxes: list[Edges] = field(default_factory=list)
    leaders: dict[Segment, bool] = field(default_factory=dict)
    blockers: list[Taken] = field(default_factory=list)  # what stopped leaders, newest last
    known_until: int = 0
    maybe_soft: set[int] = field(default_factory=set)


class Taken(NamedTuple):  # a tuple: made some thousand times for a division's overview
    box: Rect
    segment: Segment | None  # a line rather than a box
    point: bool = False  # a point's own space, which leaders may cross
    leader: bool = False  # a line from a point to its label, which no other leader crosses
    soft: bool = False  # a line a label avoids where it can, and covers where it must


class SpotSearch:
    """One search for a label's spot, spot after spot in `candidates`' order: the first
    over nothing, failing that the first over soft lines only (arrows), whose leader is
    free; spots in the way of the narrowest text (`seen`) are passed over."""

    def __init__(self, placer: Placer, seen: Seen, narrowest: bool, width: float,
                 height: float) -> None:
        self.placer, self.seen, self.narrowest = placer, seen, narrowest
        self.known_until = 0 if narrowest else seen.known_until
        self.width, self.height = width, height
        self.found: tuple[Rect, Segment | None] | None = None  # over soft lines, if found
        self.over_soft = False

    def grid_order(self, spots: Pattern) -> Iterable[tuple[int, int, int]]:
        """The grid's spots in the order they are tried, but those in the way of the
        narrowest text."""
        start = self.known_until - BESIDE
        if start <= 0:
            return spots.sequence
        sequence = spots.sequence
        return chain((sequence[order - BESIDE] for order in sorted(self.seen.maybe_soft)
                      if BESIDE <= order < self.known_until), islice(sequence, start, None))

    def try_spot(self, order: int, left: float, top: float, leader: Segment | None, *,
                 clear: bool = False, no_arrow: bool = False) -> bool:
        """Whether the spot at (left, top), `order`-th in the order spots are tried, ends
        the search (over nothing, its leader free); a spot over soft lines only is kept in
        `found` unless one was found before. `clear`: the spot is known to be inside the
        field and over nothing but perhaps soft lines; `no_arrow`: over no soft line either."""
        if order < self.known_until and order not in self.seen.maybe_soft:
            return False  # in the way of the narrowest text, so of this one
        width, height = self.width, self.height
        state = FREE if no_arrow else (
            self.placer._soft_state if clear else self.placer._box_state)(
            left, top, left + width, top + height)
        if state == TAKEN:
            return False
        if state == OVER_SOFT:
            if self.narrowest:
                self.seen.maybe_soft.add(order)
            if self.over_soft:
                return False
        if leader is not None:
            leaders = self.seen.leaders
            free = leaders.get(leader)
            if free is None:
                free = leaders[leader] = self.placer.line_is_free(leader, self.seen.blockers)
            if not free:
                return False
        self.found = Rect(left, top, width, height), leader
        if state == OVER_SOFT:
            self.over_soft = True
            return False
        if self.narrowest:
            self.seen.known_until = order
        return True


def rule_out(blocked: list[int], box: Edges, tops: list[float], bottoms: list[float],
              lefts: list[float], rights: list[float]) -> None:
    """Mark in `blocked` (a row's spots as bits, left first) every spot of a grid that the
    box overlaps (as _in_way tests it, the box against every spot at once)."""
    left, top, right, bottom, _segment = box
    first, end = bisect_right(rights, left), bisect_left(lefts, right)
    if first >= end:
        return
    bits = (1 << end) - (1 << first)
    for row in range(bisect_right(bottoms, top), bisect_left(tops, bottom)):
        blocked[row] |= bits
