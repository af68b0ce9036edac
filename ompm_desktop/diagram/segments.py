"""Line segments on the diagram (leader lines, arrows): whether one crosses a box or
another segment, and the box around one. Plain arithmetic, for the label placer."""

from __future__ import annotations

from ompm_desktop.diagram.shapes import Rect

Segment = tuple[float, float, float, float]


def crosses(segment: Segment, rect: Rect) -> bool:
    """Whether a segment passes through a rectangle (Liang-Barsky clipping)."""
    return crosses_box(segment, rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)


def crosses_box(segment: Segment, left: float, top: float, right: float,
                 bottom: float) -> bool:
    """Liang-Barsky written out edge by edge (the inner loop of the label search): the part
    of the segment inside each edge in turn, from `low` to `high` along it."""
    x1, y1, x2, y2 = segment
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    # max() and min() written as comparisons: the same values, without a call each.
    if dx == 0:
        if x1 - left < 0 or right - x1 < 0:
            return False
    elif dx > 0:
        enter, leave = (x1 - left) / -dx, (right - x1) / dx
        if enter > low:
            low = enter
        if leave < high:
            high = leave
    else:
        leave, enter = (x1 - left) / -dx, (right - x1) / dx
        if leave < high:
            high = leave
        if enter > low:
            low = enter
    if low > high:
        return False
    if dy == 0:
        return not (y1 - top < 0 or bottom - y1 < 0)
    if dy > 0:
        enter, leave = (y1 - top) / -dy, (bottom - y1) / dy
    else:
        leave, enter = (y1 - top) / -dy, (bottom - y1) / dy
    if enter > low:
        low = enter
    if leave < high:
        high = leave
    return low <= high


def intersect(one: Segment, other: Segment) -> bool:
    """Whether two segments cross (touching ends do not count)."""
    ax, ay, bx, by = one
    cx, cy, dx, dy = other

    def side(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> float:
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    d1, d2 = side(cx, cy, dx, dy, ax, ay), side(cx, cy, dx, dy, bx, by)
    d3, d4 = side(ax, ay, bx, by, cx, cy), side(ax, ay, bx, by, dx, dy)
    return d1 * d2 < 0 and d3 * d4 < 0


def segment_box(segment: Segment) -> Rect:
    x1, y1, x2, y2 = segment
    return Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
