"""The board report's charts, read at a glance: horizontal bars with their counts written at
the end, one bar per row or a pair (before and after), in greys and a colour that differ when
printed in grey."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ompm_desktop.reports.fonts import BOLD, REGULAR
from ompm_desktop.reports.graphics import blank_drawing

_FONT_SIZE = 7.5
_AXIS = colors.HexColor("#616161")
BEFORE_FILL = colors.HexColor("#BDBDBD")
AFTER_FILL = colors.HexColor("#1565C0")


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]  # one value, or two (before, after)
    fills: tuple[colors.Color, ...] = (AFTER_FILL,)


def bar_chart(bars: Sequence[Bar], width: float, legend: Sequence[tuple[str, colors.Color]] = (),
              ) -> Drawing:
    """Labelled horizontal bars, the count at each bar's end; a legend line if given."""
    label_width = min(width * 0.42, max(
        (stringWidth(line, REGULAR, _FONT_SIZE) for bar in bars
         for line in simpleSplit(bar.label, REGULAR, _FONT_SIZE, width * 0.42)), default=0) + 6)
    bar_height = 7.0
    rows = [simpleSplit(bar.label, REGULAR, _FONT_SIZE, label_width - 6)[:2] for bar in bars]
    heights = [max(len(lines) * 9.0, len(bar.values) * (bar_height + 1) + 3)
               for lines, bar in zip(rows, bars, strict=True)]
    legend_height = 14 if legend else 0
    height = sum(heights) + legend_height + 4
    drawing = blank_drawing(width, height)
    highest = max((value for bar in bars for value in bar.values), default=0) or 1
    plot = width - label_width - 30
    left = label_width
    y = height - legend_height
    drawing.add(Line(left, 2, left, y, strokeColor=_AXIS, strokeWidth=0.6))
    for bar, lines, row_height in zip(bars, rows, heights, strict=True):
        y -= row_height
        for index, line in enumerate(lines):
            drawing.add(String(0, y + row_height - 8 - index * 9, line, fontName=REGULAR,
                               fontSize=_FONT_SIZE))
        top = y + row_height - 2
        for index, value in enumerate(bar.values):
            fill = bar.fills[index % len(bar.fills)]
            length = plot * value / highest
            bottom = top - (index + 1) * (bar_height + 1)
            drawing.add(Rect(left, bottom, max(length, 0.5), bar_height, fillColor=fill,
                             strokeColor=None))
            drawing.add(String(left + length + 3, bottom + 1.5, str(value), fontName=BOLD,
                               fontSize=_FONT_SIZE))
    x = left
    for name, fill in legend:
        drawing.add(Rect(x, height - 10, 9, 7, fillColor=fill, strokeColor=None))
        drawing.add(String(x + 12, height - 9.5, name, fontName=REGULAR, fontSize=_FONT_SIZE))
        x += 24 + stringWidth(name, REGULAR, _FONT_SIZE)
    return drawing
