"""Paint a reportlab `Drawing` into a PNG with Pillow: the same drawing the PDF and the SVG
show, so the three agree. Reportlab 5's own bitmap renderer needs pycairo, which is not
always installable; this covers what the diagram draws (rectangles, circles, lines,
polygons, line paths and text, in groups that scale, move and turn).

Shapes are painted at twice the final size and scaled down, which smooths their edges.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.graphics.shapes import Path as PathShape

from ompm_desktop.paths import resource_path
from ompm_desktop.reports.fonts import BOLD, REGULAR

Matrix = tuple[float, float, float, float, float, float]
RGB = tuple[int, int, int]
_SMOOTHING = 2
_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    file_name = _FONT_FILES.get(name, _FONT_FILES[REGULAR])
    return ImageFont.truetype(str(resource_path("fonts", file_name)), max(1, pixels))


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n: the matrix that applies n inside m's frame."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def _colour(value: object) -> RGB | None:
    if value is None:
        return None
    red, green, blue = (getattr(value, part) for part in ("red", "green", "blue"))
    return (round(red * 255), round(green * 255), round(blue * 255))


class _Painter:
    def __init__(self, drawing: Drawing, scale: float) -> None:
        self.scale = scale
        self.height = round(drawing.height * scale)
        self.image = Image.new("RGB", (round(drawing.width * scale), self.height), "white")
        self.pen = ImageDraw.Draw(self.image)

    def at(self, m: Matrix, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = m
        return (self.scale * (a * x + c * y + e), self.height - self.scale * (b * x + d * y + f))

    def width(self, m: Matrix, value: float) -> int:
        return max(1, round(value * self.scale * math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))))

    def paint(self, node: object, m: Matrix) -> None:
        if isinstance(node, Group):
            inner = _multiply(m, tuple(node.transform))
            for child in node.contents:
                self.paint(child, inner)
        elif isinstance(node, Rect):
            self.rect(node, m)
        elif isinstance(node, Circle):
            cx, cy = self.at(m, node.cx, node.cy)
            r = node.r * self.scale * math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
            self.pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_colour(node.fillColor),
                             outline=_colour(node.strokeColor),
                             width=self.width(m, node.strokeWidth) if node.strokeColor else 0)
        elif isinstance(node, Line):
            if node.strokeColor is not None:
                self.pen.line([self.at(m, node.x1, node.y1), self.at(m, node.x2, node.y2)],
                              fill=_colour(node.strokeColor),
                              width=self.width(m, node.strokeWidth))
        elif isinstance(node, Polygon):
            corners = [self.at(m, x, y) for x, y in zip(node.points[::2], node.points[1::2],
                                                         strict=True)]
            self.pen.polygon(corners, fill=_colour(node.fillColor),
                             outline=_colour(node.strokeColor),
                             width=self.width(m, node.strokeWidth) if node.strokeColor else 0)
        elif isinstance(node, PathShape):
            self.path(node, m)
        elif isinstance(node, String):
            self.text(node, m)

    def rect(self, node: Rect, m: Matrix) -> None:
        x0, y0 = self.at(m, node.x, node.y)
        x1, y1 = self.at(m, node.x + node.width, node.y + node.height)
        box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        radius = (node.rx or 0) * self.scale
        stroke = _colour(node.strokeColor)
        width = self.width(m, node.strokeWidth) if stroke else 0
        self.pen.rounded_rectangle(box, radius=radius, fill=_colour(node.fillColor),
                                   outline=stroke, width=width)

    def path(self, node: PathShape, m: Matrix) -> None:
        """Straight segments (moveTo, lineTo); a round-capped near-zero segment is a dot."""
        colour = _colour(node.strokeColor)
        if colour is None:
            return
        width = node.strokeWidth * self.scale
        points = list(zip(node.points[::2], node.points[1::2], strict=True))
        start = None
        for operator, (x, y) in zip(node.operators, points, strict=False):
            here = self.at(m, x, y)
            if operator == 1 and start is not None:
                if node.strokeLineCap == 1 and math.dist(start, here) < width:
                    r = width / 2
                    self.pen.ellipse((here[0] - r, here[1] - r, here[0] + r, here[1] + r),
                                     fill=colour)
                else:
                    self.pen.line([start, here], fill=colour, width=max(1, round(width)))
            start = here

    def text(self, node: String, m: Matrix) -> None:
        colour = _colour(node.fillColor) or (0, 0, 0)
        scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        font = _font(node.fontName, round(node.fontSize * self.scale * scale))
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
        x, y = self.at(m, node.x, node.y)
        angle = math.degrees(math.atan2(m[1], m[0]))
        if abs(angle) < 0.01:
            self.pen.text((x, y), node.text, font=font, fill=colour, anchor=anchor)
            return
        # Turned text: drawn on its own square around the anchor, turned, laid on.
        side = int(font.getlength(node.text) * 2 + font.size * 4)
        mask = Image.new("L", (side, side), 0)
        ImageDraw.Draw(mask).text((side / 2, side / 2), node.text, font=font, fill=255,
                                  anchor=anchor)
        mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, center=(side / 2, side / 2))
        self.image.paste(Image.new("RGB", (side, side), colour),
                         (round(x - side / 2), round(y - side / 2)), mask)


def write_png(drawing: Drawing, path: Path, dpi: float = 144) -> None:
    """The drawing as a PNG at `dpi` (72 is one pixel a point)."""
    painter = _Painter(drawing, dpi / 72 * _SMOOTHING)
    painter.paint(drawing, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    final = painter.image.resize((round(drawing.width * dpi / 72),
                                  round(drawing.height * dpi / 72)),
                                 Image.Resampling.LANCZOS)
    final.save(path, format="PNG", dpi=(dpi, dpi))
