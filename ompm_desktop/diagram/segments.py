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
    """Whether two segments cross (touching ends do not count): each one's ends on either
    side of the other's line (the sides as cross products, written out)."""
    ax, ay, bx, by = one
    cx, cy, dx, dy = other
    across_x, across_y = dx - cx, dy - cy
    d1 = across_x * (ay - cy) - across_y * (ax - cx)
    d2 = across_x * (by - cy) - across_y * (bx - cx)
    if not d1 * d2 < 0:
        return False
    along_x, along_y = bx - ax, by - ay
    d3 = along_x * (cy - ay) - along_y * (cx - ax)
    d4 = along_x * (dy - ay) - along_y * (dx - ax)
    return d3 * d4 < 0


def segment_box(segment: Segment) -> Rect:
    x1, y1, x2, y2 = segment
    return Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
