"""The parts every diagram shares: the field split at the thresholds into the four quadrants
(tinted, patterned, each named in its outer corner with who leads there), the axes and their
titles, the two halves, and room for a legend and notes underneath."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ompm_desktop.diagram.shapes import Label, LegendEntry, QuadrantArea, Rect
from ompm_desktop.diagram.text import text_box, text_width, wrap
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, Thresholds

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# The diagram's words, in the current language where they are drawn (ompm_desktop.i18n).
CAPACITY_TITLE = N_("Community capacity: low → high")
THREAT_TITLE = N_("Threat to safety and security: low → high")
POLICE_HALF = N_("Police lead (mobilization)")
COMMUNITY_HALF = N_("Community leads (engagement)")
TITLE_SIZE = 13.0
NAME_SIZE = 8.5
LEADS_SIZE = 7.0
TICK_SIZE = 7.0
AXIS_SIZE = 8.5
LEGEND_SIZE = 8.0
NOTE_SIZE = 7.5
LEGEND_ROW = 14.0
NOTE_ROW = 11.0
INK = "#212121"
MUTED = "#616161"
# Text in a quadrant's colour must read on its tint: amber is too light, so its text is
# a darker amber. The others are dark enough as they are.
NAME_INK = {Quadrant.MOBILIZATION: "#8A5A00"}
# Higher sides first: a point exactly on a split line belongs to the higher quadrant
# (a score at the threshold is "high"), and quadrant_at returns the first area found.
ORDER = (Quadrant.ENGAGEMENT, Quadrant.ENFORCEMENT, Quadrant.SAFETY, Quadrant.MOBILIZATION)


def thresholds_of(desk: Desk) -> Thresholds:
    settings = desk.settings
    return Thresholds(capacity=float(settings.get("threshold_capacity")),
                      threat=float(settings.get("threshold_threat")))


def legend_entry_width(entry: LegendEntry) -> float:
    """A swatch, a gap, the text and room before the next entry."""
    return 14 + text_width(entry.text, LEGEND_SIZE) + 16


def legend_rows(entries: Sequence[LegendEntry], width: float) -> list[list[LegendEntry]]:
    """The entries flowed left to right into rows no wider than `width`."""
    rows: list[list[LegendEntry]] = []
    used = width
    for entry in entries:
        needed = legend_entry_width(entry)
        if not rows or used + needed > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += needed
    return rows


@dataclass(frozen=True)
class Frame:
    plot: Rect
    quadrants: tuple[QuadrantArea, ...]
    axis_labels: tuple[Label, ...]
    legend_area: Rect
    title_label: Label

    def to_xy(self, capacity: float, threat: float) -> tuple[float, float]:
        return (self.plot.x + capacity / 100 * self.plot.width,
                self.plot.bottom - threat / 100 * self.plot.height)


def build_frame(width: float, height: float, thresholds: Thresholds, title: str,
                legend: Sequence[LegendEntry], notes: Sequence[str]) -> Frame:
    left, right, top = 46.0, 12.0, 50.0
    legend_width = width - left - right
    rows = len(legend_rows(legend, legend_width))
    footer = 32 + rows * LEGEND_ROW + len(notes) * NOTE_ROW + 4
    plot = Rect(left, top, width - left - right, max(60.0, height - top - footer))
    legend_area = Rect(left, plot.bottom + 32, legend_width, height - plot.bottom - 32)
    areas = _areas(plot, thresholds, named=True)
    title_label = Label(title, left, 22, size=TITLE_SIZE, bold=True, colour=INK,
                        box=text_box(title, left, 22, TITLE_SIZE, bold=True))
    split_x = plot.x + thresholds.capacity / 100 * plot.width
    labels = [title_label, *_halves(plot, split_x), *_ticks(plot), *_titles(plot)]
    return Frame(plot, areas, tuple(labels), legend_area, title_label)


def compact_frame(width: float, height: float, thresholds: Thresholds) -> Frame:
    """A thumbnail of the field for a printed sheet: the quadrants in their colours and
    patterns, too small for their names (the text beside it names each quadrant), and
    two short axis titles."""
    plot = Rect(13, 3, width - 16, height - 15)
    size = 6.0
    capacity = _line(_("Capacity →"), plot.x + plot.width / 2, plot.bottom + 8.5, size,
                     "middle", colour=MUTED)
    middle = plot.y + plot.height / 2
    threat_width = text_width(_("Threat →"), size)
    threat = Label(_("Threat →"), 9, middle, size=size, anchor="middle", colour=MUTED,
                   rotation=90, box=Rect(9 - size * 0.8, middle - threat_width / 2, size,
                                         threat_width))
    title = Label("", plot.x, 0, size=size)
    return Frame(plot, _areas(plot, thresholds, named=False), (capacity, threat),
                 Rect(plot.x, height, plot.width, 0), title)


def _areas(plot: Rect, thresholds: Thresholds, *, named: bool) -> tuple[QuadrantArea, ...]:
    split_x = plot.x + thresholds.capacity / 100 * plot.width
    split_y = plot.bottom - thresholds.threat / 100 * plot.height
    rects = {
        Quadrant.ENGAGEMENT: Rect(split_x, plot.y, plot.right - split_x, split_y - plot.y),
        Quadrant.ENFORCEMENT: Rect(plot.x, plot.y, split_x - plot.x, split_y - plot.y),
        Quadrant.SAFETY: Rect(split_x, split_y, plot.right - split_x, plot.bottom - split_y),
        Quadrant.MOBILIZATION: Rect(plot.x, split_y, split_x - plot.x, plot.bottom - split_y),
    }
    return tuple(_area(quadrant, rects[quadrant], named=named) for quadrant in ORDER)


def _line(text: str, x: float, baseline: float, size: float, anchor: str, *,
          bold: bool = False, colour: str = INK) -> Label:
    return Label(text, x, baseline, size=size, anchor=anchor,  # type: ignore[arg-type]
                 bold=bold, colour=colour, box=text_box(text, x, baseline, size, anchor,
                                                         bold=bold))


def _area(quadrant: Quadrant, rect: Rect, *, named: bool,
          avoid: Sequence[Rect] = ()) -> QuadrantArea:
    """The quadrant with its exact name (wrapped to fit) and who leads, in its outer corner,
    or in the first other corner clear of the `avoid` boxes (points) if that one is not; in
    a quadrant too crowded for that, its name alone where it is clear."""
    info = QUADRANTS[quadrant]
    labels: tuple[Label, ...] = ()
    if named and rect.width - 10 >= 40 and rect.height >= 24:
        outer = (info.high_capacity, info.high_threat)  # (right, top)
        # (right, top): True or False for a side, None for the middle of the field's width
        # or height; the corners first, then the middles of the edges.
        corners: list[tuple[bool | None, bool | None]] = [
            outer, (outer[0], not outer[1]), (not outer[0], outer[1]),
            (not outer[0], not outer[1]), (None, outer[1]), (None, not outer[1]),
            (outer[0], None), (not outer[0], None)]
        for leads, (right, top) in [(True, corner) for corner in corners] + [
                (False, corner) for corner in corners]:
            labels = _name_block(quadrant, rect, right=right, top=top, leads=leads)
            if not any(box.overlaps(label.box) for label in labels  # type: ignore[arg-type]
                       for box in avoid):
                break
        else:
            labels = _name_block(quadrant, rect, right=outer[0], top=outer[1])
    return QuadrantArea(quadrant=quadrant, rect=rect, name=info.label, colour=info.colour,
                        tint=info.tint, pattern=info.pattern, labels=labels)


def _name_block(quadrant: Quadrant, rect: Rect, *, right: bool | None, top: bool | None,
                leads: bool = True) -> tuple[Label, ...]:
    """The quadrant's name in a corner (or the middle of an edge: `right` or `top` None),
    and who leads there unless `leads` is False."""
    info = QUADRANTS[quadrant]
    wrap_at = rect.width - 10  # one line where it fits: the exact name reads (and searches) whole
    lines = [(line, NAME_SIZE, True, NAME_INK.get(quadrant, info.colour))
             for line in wrap(info.label, NAME_SIZE, wrap_at, bold=True)]
    lines += [(line, LEADS_SIZE, False, "#424242")
              for line in (wrap(info.lead_label, LEADS_SIZE, wrap_at) if leads else ())]
    leading = [size * 1.2 for _text, size, _bold, _colour in lines]
    if top is None:
        baseline = rect.y + (rect.height - sum(leading)) / 2 + NAME_SIZE * 0.8
    elif top:
        baseline = rect.y + 5 + NAME_SIZE * 0.8
    else:
        baseline = rect.bottom - 5 - sum(leading[:-1]) - lines[-1][1] * 0.25
    x, anchor = ((rect.x + rect.width / 2, "middle") if right is None
                 else (rect.right - 5, "end") if right else (rect.x + 5, "start"))
    labels = []
    for (text, size, bold, colour), step in zip(lines, leading, strict=True):
        labels.append(_line(text, x, baseline, size, anchor, bold=bold, colour=colour))
        baseline += step
    return tuple(labels)


def names_clear_of(frame: Frame, points: Sequence[tuple[float, float, float]]) -> Frame:
    """The frame with each quadrant's name moved to a corner no point (x, y, radius) covers,
    where the quadrant has such a corner."""
    avoid = [Rect(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2) for x, y, r in points]
    if not avoid or not any(area.labels for area in frame.quadrants):
        return frame
    areas = tuple(_area(area.quadrant, area.rect, named=True, avoid=avoid)
                  for area in frame.quadrants)
    return replace(frame, quadrants=areas)


def _halves(plot: Rect, split_x: float) -> list[Label]:
    """Who leads on each side of the capacity split, over the field."""
    baseline = plot.y - 7
    labels = []
    for text, start, end in ((_(POLICE_HALF), plot.x, split_x),
                             (_(COMMUNITY_HALF), split_x, plot.right)):
        width = text_width(text, AXIS_SIZE, bold=True)
        if end - start >= width + 4:
            labels.append(_line(text, (start + end) / 2, baseline, AXIS_SIZE, "middle",
                                bold=True, colour="#424242"))
        elif start == plot.x:
            labels.append(_line(text, end - 2, baseline, AXIS_SIZE, "end", bold=True,
                                colour="#424242"))
        else:
            labels.append(_line(text, start + 2, baseline, AXIS_SIZE, "start", bold=True,
                                colour="#424242"))
    return labels


def _ticks(plot: Rect) -> list[Label]:
    labels = []
    for value in (0, 25, 50, 75, 100):
        x = plot.x + value / 100 * plot.width
        y = plot.bottom - value / 100 * plot.height
        labels.append(_line(str(value), x, plot.bottom + 10, TICK_SIZE, "middle", colour=MUTED))
        labels.append(_line(str(value), plot.x - 4, y + 2.5, TICK_SIZE, "end", colour=MUTED))
    return labels


def _titles(plot: Rect) -> list[Label]:
    capacity = _line(_(CAPACITY_TITLE), plot.x + plot.width / 2, plot.bottom + 23, AXIS_SIZE,
                     "middle", bold=True)
    # Read bottom to top along the left edge; its box is the turned text's space.
    width = text_width(_(THREAT_TITLE), AXIS_SIZE, bold=True)
    centre = plot.y + plot.height / 2
    threat = Label(_(THREAT_TITLE), 20, centre, size=AXIS_SIZE, anchor="middle", bold=True,
                   colour=INK, rotation=90,
                   box=Rect(20 - AXIS_SIZE * 0.8, centre - width / 2, AXIS_SIZE, width))
    return [capacity, threat]
