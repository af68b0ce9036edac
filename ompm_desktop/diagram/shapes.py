"""The diagram as plain data: every renderer (the Qt scene, the PDF, SVG and PNG exports)
draws the same `DiagramLayout`, so what a sergeant sees on screen is what prints.

Coordinates are in points (1/72 inch) with the origin at the top left and y growing
downward, as in Qt and SVG; a renderer with y upward (reportlab) flips them itself.
Colours are '#RRGGBB' strings. Nothing here imports Qt or reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ompm_desktop.model.quadrants import Quadrant

Anchor = Literal["start", "middle", "end"]
Shape = Literal["circle", "square", "triangle", "diamond", "hexagon"]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def overlaps(self, other: Rect) -> bool:
        return not (self.right <= other.x or other.right <= self.x
                    or self.bottom <= other.y or other.bottom <= self.y)


@dataclass(frozen=True)
class Label:
    """One line of text; (x, y) is its baseline point, placed by `anchor`."""

    text: str
    x: float
    y: float
    size: float = 9.0
    anchor: Anchor = "start"
    bold: bool = False
    colour: str = "#212121"
    rotation: float = 0.0  # degrees, counter-clockwise (-90 never needed: 90 reads bottom-up)
    box: Rect | None = None  # the space the text takes, for overlap checks and hit tests


@dataclass(frozen=True)
class QuadrantArea:
    quadrant: Quadrant
    rect: Rect
    name: str  # the exact name of the model
    colour: str  # full colour: border and name
    tint: str  # pale fill behind the points
    pattern: str  # 'cross-hatch', 'diagonal', 'dots' or 'plain': greyscale-safe
    labels: tuple[Label, ...]  # the name (wrapped to fit) and who leads


@dataclass(frozen=True)
class DiagramPoint:
    """A neighbourhood at one assessment (one neighbourhood's diagram) or at its latest
    assessment (the overview)."""

    x: float
    y: float
    capacity: float
    threat: float
    neighbourhood_id: str
    assessment_id: str
    assessed_on: str  # YYYY-MM-DD
    assessor: str
    quadrant: Quadrant
    tooltip: str  # date, assessor and scores, as the hover shows them
    current: bool = False  # the newest assessment: the one a sergeant may drag
    radius: float = 5.0
    colour: str = "#212121"
    shape: Shape = "circle"
    opacity: float = 1.0  # older points fainter
    label: Label | None = None
    hollow: bool = False  # an earlier assessment: outline only
    # A thin line from the point to its label when the label had to sit further away.
    leader: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Arrow:
    """From an earlier place to a later one."""

    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = "#424242"
    opacity: float = 1.0
    width: float = 1.2


@dataclass(frozen=True)
class Marker:
    """An active initiative shown in its quadrant."""

    initiative_id: str
    quadrant: Quadrant
    label: Label
    box: Rect


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str
    shape: Shape
    hollow: bool = False


@dataclass(frozen=True)
class DiagramLayout:
    width: float
    height: float
    plot: Rect  # the 0-100 x 0-100 field
    thresholds: tuple[float, float]  # (capacity, threat) where the field splits
    title: str
    quadrants: tuple[QuadrantArea, ...]
    axis_labels: tuple[Label, ...]  # axis titles and tick values
    points: tuple[DiagramPoint, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    markers: tuple[Marker, ...] = ()
    legend: tuple[LegendEntry, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. "3 neighbourhoods not assessed yet"
    # Where the legend's entries (in rows, left to right) and then the notes go.
    legend_area: Rect | None = None

    def to_xy(self, capacity: float, threat: float) -> tuple[float, float]:
        """Where scores sit in the layout: capacity left to right, threat bottom to top."""
        return (self.plot.x + capacity / 100 * self.plot.width,
                self.plot.bottom - threat / 100 * self.plot.height)

    def to_scores(self, x: float, y: float) -> tuple[float, float]:
        """The (capacity, threat) a place in the layout implies, each clamped to 0-100."""
        capacity = (x - self.plot.x) / self.plot.width * 100
        threat = (self.plot.bottom - y) / self.plot.height * 100
        return (round(min(100.0, max(0.0, capacity)), 1),
                round(min(100.0, max(0.0, threat)), 1))

    def quadrant_at(self, x: float, y: float) -> Quadrant | None:
        for area in self.quadrants:
            if area.rect.contains(x, y):
                return area.quadrant
        return None
