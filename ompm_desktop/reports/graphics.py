"""Shared pieces of the PDFs' drawings: a drawing that starts in the embedded font, and the
quadrants' greyscale patterns (model/quadrants.py names them) as shapes cut to a rectangle,
so that red, blue and green still differ when printed in grey."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Path, Shape
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from ompm_desktop.reports.fonts import REGULAR

Segment = tuple[float, float, float, float]  # x0, y0, x1, y1


def blank_drawing(width: float, height: float) -> Drawing:
    """A drawing whose text starts in the embedded font (reportlab's default is not)."""
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=7)


def _rising(x0: float, y0: float, x1: float, y1: float, spacing: float) -> list[Segment]:
    """Segments of the lines y = x - c (45 degrees up) inside the rectangle."""
    segments = []
    c = x0 - y1 + spacing / 2
    while c < x1 - y0:
        start = max(x0, y0 + c)
        end = min(x1, y1 + c)
        if end - start > 0.5:
            segments.append((start, start - c, end, end - c))
        c += spacing
    return segments


def _falling(x0: float, y0: float, x1: float, y1: float, spacing: float) -> list[Segment]:
    """Segments of the lines y = c - x (45 degrees down) inside the rectangle."""
    segments = []
    c = x0 + y0 + spacing / 2
    while c < x1 + y1:
        start = max(x0, c - y1)
        end = min(x1, c - y0)
        if end - start > 0.5:
            segments.append((start, c - start, end, c - end))
        c += spacing
    return segments


def pattern_strokes(pattern: str, x: float, y: float, width: float, height: float,
                    spacing: float = 6) -> tuple[list[Segment], float | None]:
    """The strokes of a pattern filling a rectangle (lower left corner at (x, y)), and for
    "dots" the width of a dot (a very short stroke with round ends); None for lines."""
    if width <= 0 or height <= 0 or pattern == "plain":
        return [], None
    x1, y1 = x + width, y + height
    if pattern in ("diagonal", "cross-hatch"):
        segments = _rising(x, y, x1, y1, spacing)
        if pattern == "cross-hatch":
            segments += _falling(x, y, x1, y1, spacing)
        return segments, None
    if pattern != "dots":
        return [], None
    radius = max(0.6, spacing / 6)
    segments = []
    row = 0
    cy = y + spacing / 2
    while cy + radius <= y1:
        cx = x + spacing / 2 + (spacing / 2 if row % 2 else 0)
        while cx + radius <= x1:
            segments.append((cx, cy, cx + 0.01, cy))
            cx += spacing
        cy += spacing
        row += 1
    return segments, 2 * radius


def draw_pattern(canvas: Canvas, pattern: str, x: float, y: float, width: float,
                 height: float, colour: Color, *, spacing: float = 6,
                 line_width: float = 0.6) -> None:
    """A pattern drawn straight on a canvas, as `pattern_shapes` draws it in a drawing."""
    segments, dot = pattern_strokes(pattern, x, y, width, height, spacing)
    if not segments:
        return
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(dot or line_width)
    if dot:
        canvas.setLineCap(1)
    path = canvas.beginPath()
    for ax, ay, bx, by in segments:
        path.moveTo(ax, ay)
        path.lineTo(bx, by)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def pattern_shapes(pattern: str, x: float, y: float, width: float, height: float,
                   colour: Color, *, spacing: float = 6, line_width: float = 0.6) -> list[Shape]:
    """The marks of a pattern ("cross-hatch", "diagonal", "dots", "plain") filling a
    rectangle whose lower left corner is (x, y): one path, however many marks."""
    segments, dot = pattern_strokes(pattern, x, y, width, height, spacing)
    path = Path(strokeColor=colour, strokeWidth=dot or line_width, fillColor=None)
    if dot:
        path.strokeLineCap = 1
    for ax, ay, bx, by in segments:
        path.moveTo(ax, ay)
        path.lineTo(bx, by)
    return [path] if path.points else []
