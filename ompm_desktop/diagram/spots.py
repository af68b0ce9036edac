"""The spots a label may take around its point, nearest first (`candidates`), and the same
spots grouped in rows of a common top edge (`spot_rows`), for the label search of
ompm_desktop.diagram.labels: a box taken or a line drawn is then looked at once per row it
crosses, and rules out the spots of that row it overlaps in one step, where testing each spot
against what is near it looked at the same box again for every spot.

Every coordinate is worked out by the very same arithmetic in both forms, so that the rows
hold exactly the spots `candidates` yields, each with its place in that order.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ompm_desktop.diagram.segments import Segment

STEP = 12.0  # across, between two spots joined by a leader
BESIDE = 8  # spots beside the point, before those with a leader


@lru_cache(maxsize=64)
def leader_offsets(reach: float, height: float) -> tuple[tuple[float, float], ...]:
    """How far from its point a label joined by a leader may sit, nearest first (the same
    for every label of one size)."""
    spots = []
    reach_x = int(reach // STEP)
    reach_y = int(reach / 2 // height) + 1
    for along in range(1, reach_x + 1):
        for rows in range(-reach_y, reach_y + 1):
            dx, dy = along * STEP, rows * height
            spots.append((dx * dx + (dy * 1.6) ** 2, dx, dy))
    spots.sort()
    return tuple((dx, dy) for _distance, dx, dy in spots)


def candidates(x: float, y: float, radius: float, width: float, height: float,
               reach: float) -> Iterator[tuple[float, float, Segment | None]]:
    """Spots for a label's box (left, top) around a point, nearest first; those past the
    eight beside the point come with a leader line from the point's edge."""
    for left, top in beside(x, y, radius, width, height):
        yield left, top, None
    gap = radius + 1.5
    for dx, dy in leader_offsets(reach, height):
        centre = y + dy
        for side in (1, -1):
            left = x + gap + dx if side > 0 else x - gap - dx - width
            edge_x = left if side > 0 else left + width
            start_x = x + side * radius
            yield left, centre - height / 2, (start_x, y, edge_x, centre)


def beside(x: float, y: float, radius: float, width: float,
           height: float) -> tuple[tuple[float, float], ...]:
    """The eight spots (left, top) beside the point, without a leader, in `candidates`'
    order."""
    gap = radius + 1.5
    diagonal = gap * 0.75
    middle = y - height / 2
    return ((x + gap, middle), (x - gap - width, middle),
            (x + diagonal, y - diagonal - height), (x + diagonal, y + diagonal),
            (x - diagonal - width, y - diagonal - height), (x - diagonal - width, y + diagonal),
            (x - width / 2, y - gap - height), (x - width / 2, y + gap))


@dataclass(frozen=True)
class Pattern:
    """The spots with a leader as a grid: rows (top first) by spots across (left first),
    the same for every point with labels of one height; `sequence`: each spot's place in
    `candidates`' order, its row and how far across, in that order."""

    alongs: tuple[float, ...]  # how far across from the point's edge, nearest first
    downs: tuple[float, ...]  # how far down from the point, top row first
    sequence: tuple[tuple[int, int, int], ...]
    count: int  # spots in all, the eight beside the point included
    # alongs and downs as doubles, and each spot's row and how far across in the order
    # tried as 16-bit numbers: for the compiled search (ompm_desktop/diagram/_spot_search.c)
    packed: tuple[bytes, bytes, bytes]

    @property
    def left_of_point(self) -> int:
        """How many spots of a row lie left of the point (those come first)."""
        return len(self.alongs)


@lru_cache(maxsize=64)
def pattern(reach: float, height: float) -> Pattern:
    offsets = leader_offsets(reach, height)
    alongs = tuple(sorted({dx for dx, _dy in offsets}))
    downs = tuple(sorted({dy for _dx, dy in offsets}))
    sequence = []
    for index, (dx, dy) in enumerate(offsets):
        row, along = downs.index(dy), alongs.index(dx)
        sequence.append((BESIDE + 2 * index, row, len(alongs) + along))  # right
        sequence.append((BESIDE + 2 * index + 1, row, len(alongs) - 1 - along))  # left
    packed = (array("d", alongs).tobytes(), array("d", downs).tobytes(),
              array("h", [number for _order, row, across in sequence
                          for number in (row, across)]).tobytes())
    return Pattern(alongs, downs, tuple(sequence), BESIDE + len(sequence), packed)


def grid(pattern: Pattern, x: float, y: float, radius: float, width: float,
         height: float) -> tuple[list[float], list[float], list[float], list[float]]:
    """The grid's rows' tops and bottoms (top first), and its spots' left and right edges
    (left first, the same in every row), for the point at (x, y)."""
    gap = radius + 1.5
    half = height / 2
    near_left, near_right = x - gap, x + gap
    lefts = [near_left - dx - width for dx in reversed(pattern.alongs)]
    lefts += [near_right + dx for dx in pattern.alongs]
    tops = [y + dy - half for dy in pattern.downs]
    return tops, [top + height for top in tops], lefts, [left + width for left in lefts]


def leader_to(pattern: Pattern, row: int, across: int, x: float, y: float, radius: float,
              lefts: list[float], rights: list[float]) -> Segment:
    """The leader from the point at (x, y) to the spot of the grid at `row` and `across`:
    from the point's edge to the label's nearest edge, at the label's middle."""
    centre = y + pattern.downs[row]
    if across < pattern.left_of_point:
        return x + -1 * radius, y, rights[across], centre
    return x + radius, y, lefts[across], centre
