"""Draw a `DiagramLayout` with reportlab: a `Drawing` for the PDFs, and the SVG and PNG
exports. The layout's y grows downward; reportlab's grows upward, so every y is flipped.

Faint things are mixed with white rather than drawn see-through, so that every renderer
(PDF, SVG, PNG) shows the same shades.
"""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white

from ompm_desktop.diagram.bitmap import write_png
from ompm_desktop.diagram.frame import (
    LEGEND_ROW,
    LEGEND_SIZE,
    NAME_INK,
    NOTE_ROW,
    NOTE_SIZE,
    legend_entry_width,
    legend_rows,
)
from ompm_desktop.diagram.shapes import (
    Arrow,
    DiagramLayout,
    DiagramPoint,
    Label,
    Marker,
    QuadrantArea,
    Shape,
)
from ompm_desktop.diagram.text import text_width
from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from ompm_desktop.reports.graphics import blank_drawing, pattern_shapes

SUFFIXES = (".svg", ".png")
PNG_DPI = 144  # twice the layout's points: sharp on a screen and in a document
# Amber is light: its lines need more of it to show in grey.
_PATTERN_STRENGTH = {Quadrant.MOBILIZATION: 0.5}
_SVG_FONTS = {
    REGULAR: {"family": "'DejaVu Sans', sans-serif"},
    BOLD: {"family": "'DejaVu Sans', sans-serif", "weight": "bold"},
}


def faded(colour: str, opacity: float = 1.0) -> Color:
    """A '#RRGGBB' colour mixed with white: 1.0 is the colour itself, 0.0 is white."""
    base = HexColor(colour)
    return Color(*(1 - opacity + opacity * part for part in (base.red, base.green, base.blue)))


def diagram_drawing(layout: DiagramLayout, scale: float = 1.0) -> Drawing:
    """The whole diagram, `scale` times the layout's size (a PDF shrinks it to fit)."""
    register_fonts()
    drawing = blank_drawing(layout.width * scale, layout.height * scale)
    canvas = Group(transform=(scale, 0, 0, scale, 0, 0))
    height = layout.height
    canvas.add(Rect(0, 0, layout.width, height, fillColor=white, strokeColor=None))
    for area in layout.quadrants:
        _quadrant(canvas, area, height)
    for area in layout.quadrants:
        for label in area.labels:
            _text(canvas, label, height)
    for label in layout.axis_labels:
        _text(canvas, label, height)
    for arrow in layout.arrows:
        _arrow(canvas, arrow, height)
    for point in layout.points:
        if point.leader is not None:
            x1, y1, x2, y2 = point.leader
            canvas.add(Line(x1, height - y1, x2, height - y2, strokeWidth=0.5,
                            strokeColor=faded(point.colour, 0.8)))
    for point in layout.points:
        _point(canvas, point, height)
    for point in layout.points:
        if point.label is not None:
            _text(canvas, point.label, height, backed=True)
    for marker in layout.markers:
        _marker(canvas, marker, height)
    _legend(canvas, layout)
    drawing.add(canvas)
    return drawing


def _quadrant(canvas: Group, area: QuadrantArea, height: float) -> None:
    rect = area.rect
    if rect.width <= 0 or rect.height <= 0:
        return
    bottom = height - rect.bottom
    canvas.add(Rect(rect.x, bottom, rect.width, rect.height, fillColor=HexColor(area.tint),
                    strokeColor=None))
    ink = faded(area.colour, _PATTERN_STRENGTH.get(area.quadrant, 0.3))
    for shape in pattern_shapes(area.pattern, rect.x, bottom, rect.width, rect.height, ink,
                                spacing=9, line_width=0.5):
        canvas.add(shape)
    # Inset, so the two colours along a split line both show.
    inset = 0.7
    canvas.add(Rect(rect.x + inset, bottom + inset, rect.width - 2 * inset,
                    rect.height - 2 * inset, fillColor=None, strokeWidth=1.2,
                    strokeColor=HexColor(area.colour)))


def _text(canvas: Group, label: Label, height: float, *, backed: bool = False) -> None:
    if backed and label.box is not None:
        box = label.box
        canvas.add(Rect(box.x, height - box.bottom, box.width, box.height, fillColor=white,
                        strokeColor=None, rx=1.5, ry=1.5))
    font = BOLD if label.bold else REGULAR
    anchor = {"start": "start", "middle": "middle", "end": "end"}[label.anchor]
    colour = HexColor(label.colour)
    if label.rotation:
        angle = math.radians(label.rotation)
        cos, sin = math.cos(angle), math.sin(angle)
        group = Group(String(0, 0, label.text, fontName=font, fontSize=label.size,
                             fillColor=colour, textAnchor=anchor),
                      transform=(cos, sin, -sin, cos, label.x, height - label.y))
        canvas.add(group)
        return
    canvas.add(String(label.x, height - label.y, label.text, fontName=font,
                      fontSize=label.size, fillColor=colour, textAnchor=anchor))


def _arrow(canvas: Group, arrow: Arrow, height: float) -> None:
    colour = faded(arrow.colour, arrow.opacity)
    x1, y1, x2, y2 = arrow.x1, height - arrow.y1, arrow.x2, height - arrow.y2
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    head = min(4.0 + 2 * arrow.width, length * 0.6)
    base_x, base_y = x2 - ux * head, y2 - uy * head
    canvas.add(Line(x1, y1, base_x, base_y, strokeColor=colour, strokeWidth=arrow.width))
    half = head * 0.45
    canvas.add(Polygon([x2, y2, base_x - uy * half, base_y + ux * half,
                        base_x + uy * half, base_y - ux * half],
                       fillColor=colour, strokeColor=None))


def shape_points(shape: Shape, x: float, y: float, r: float) -> list[float]:
    """The corners of a shape centred on (x, y) with y upward (a circle has none)."""
    corners = {"square": (4, 45, 1.2), "triangle": (3, 90, 1.25), "diamond": (4, 90, 1.2),
               "hexagon": (6, 0, 1.05)}
    count, start, size = corners.get(shape, (0, 0, 1.0))
    points: list[float] = []
    for index in range(count):
        angle = math.radians(start + 360 * index / count)
        points += [x + r * size * math.cos(angle), y + r * size * math.sin(angle)]
    if shape == "triangle":  # sit it on the point's centre, not above it
        points = [value - (r * 0.2 if index % 2 else 0) for index, value in enumerate(points)]
    return points


def _mark(canvas: Group, shape: Shape, x: float, y: float, r: float, colour: Color, *,
          hollow: bool) -> None:
    fill = white if hollow else colour
    stroke = colour if hollow else white
    width = 1.6 if hollow else 0.8
    if shape == "circle":
        canvas.add(Circle(x, y, r, fillColor=fill, strokeColor=stroke, strokeWidth=width))
    else:
        canvas.add(Polygon(shape_points(shape, x, y, r), fillColor=fill, strokeColor=stroke,
                           strokeWidth=width))


def _point(canvas: Group, point: DiagramPoint, height: float) -> None:
    _mark(canvas, point.shape, point.x, height - point.y, point.radius,
          faded(point.colour, point.opacity), hollow=point.hollow)


def _marker(canvas: Group, marker: Marker, height: float) -> None:
    box = marker.box
    info_colour = HexColor(NAME_INK.get(marker.quadrant, marker.quadrant.info.colour))
    canvas.add(Rect(box.x, height - box.bottom, box.width, box.height, fillColor=white,
                    strokeColor=info_colour, strokeWidth=0.8, rx=2, ry=2))
    canvas.add(Rect(box.x, height - box.bottom, 2.5, box.height, fillColor=info_colour,
                    strokeColor=None))
    _text(canvas, marker.label, height)


def _legend(canvas: Group, layout: DiagramLayout) -> None:
    area = layout.legend_area
    if area is None or area.height <= 0:  # a thumbnail has no room for them
        return
    height = layout.height
    baseline = area.y + 10
    for row in legend_rows(layout.legend, area.width):
        x = area.x
        for entry in row:
            y = height - baseline + LEGEND_SIZE * 0.3
            if entry.shape == "square" and entry.hollow:
                canvas.add(Rect(x, y - 3.5, 10, 7, fillColor=white, strokeWidth=0.8,
                                strokeColor=HexColor(entry.colour)))
            else:
                _mark(canvas, entry.shape, x + 5, y, 4.5, HexColor(entry.colour),
                      hollow=entry.hollow)
            canvas.add(String(x + 14, height - baseline, entry.text, fontName=REGULAR,
                              fontSize=LEGEND_SIZE, fillColor=HexColor("#212121")))
            x += legend_entry_width(entry)
        baseline += LEGEND_ROW
    for note in layout.notes:
        size = NOTE_SIZE
        while size > 5.5 and text_width(note, size) > area.width:
            size -= 0.25
        canvas.add(String(area.x, height - baseline, note, fontName=REGULAR, fontSize=size,
                          fillColor=HexColor("#424242")))
        baseline += NOTE_ROW


def svg_text(layout: DiagramLayout, drawing: Drawing) -> str:
    """The drawing as SVG, its title and description saying what it shows."""
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing, fontHacks=_SVG_FONTS)
    description = " ".join(layout.notes) or layout.title
    text = text.replace("<title>...</title>", f"<title>{escape(layout.title)}</title>", 1)
    return text.replace("<desc>...</desc>", f"<desc>{escape(description)}</desc>", 1)


def export_diagram(layout: DiagramLayout, path: Path | str) -> Path:
    """Write the diagram as SVG or PNG, as the file name's suffix says."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(
            _("A diagram can be saved as .svg or .png, not '{suffix}': end the file name with "
              ".svg or .png.").format(suffix=target.suffix or target.name))
    if not target.parent.is_dir():
        raise DeskError(_("The folder {folder} does not exist; choose another place.").format(
            folder=target.parent))
    drawing = diagram_drawing(layout)
    try:
        if suffix == ".svg":
            target.write_text(svg_text(layout, drawing), encoding="utf-8")
        else:
            write_png(drawing, target, PNG_DPI)
    except OSError as error:
        raise DeskError(_("The diagram could not be saved to {path}: {reason}.").format(
            path=target, reason=error.strerror or error)) from None
    return target
