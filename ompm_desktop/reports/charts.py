"""The contacts-per-month chart: one stacked bar a month, a stack per quadrant, each in its
colour and its greyscale pattern, with the month's total above the bar and a legend that
names every quadrant."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ompm_desktop.i18n import N_, _
from ompm_desktop.i18n.dates import short_month
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.reports.contact_months import ContactMonths
from ompm_desktop.reports.fonts import BOLD, REGULAR
from ompm_desktop.reports.graphics import draw_pattern

UNSPECIFIED_FILL = colors.HexColor("#BDBDBD")
UNSPECIFIED_LABEL = N_("No activity recorded")
_AXIS = colors.HexColor("#616161")
_GRID = colors.HexColor("#E0E0E0")
_PATTERN_INK = colors.Color(1, 1, 1, alpha=0.85)
_FONT_SIZE = 7


def category_label(category: Quadrant | None) -> str:
    return QUADRANTS[category].label if category is not None else _(UNSPECIFIED_LABEL)


def _step(highest: int) -> int:
    """A tick step giving at most five ticks: 1, 2, 5, 10, 20, 50..."""
    if highest <= 5:
        return 1
    magnitude = 10 ** int(math.log10(highest / 5))
    for factor in (1, 2, 5, 10):
        if highest / (factor * magnitude) <= 5:
            return factor * magnitude
    return 10 * magnitude


def _fill(category: Quadrant | None) -> tuple[colors.Color, str]:
    if category is None:
        return UNSPECIFIED_FILL, "plain"
    info = QUADRANTS[category]
    return colors.HexColor(info.colour), info.pattern


def contacts_chart(data: ContactMonths, width: float, height: float = 150) -> Flowable:
    return ContactsChart(data, width, height)


class ContactsChart(Flowable):
    """The chart drawn straight on the page's canvas (a drawing's shapes, some 70 a chart,
    took twice as long to make and draw)."""

    def __init__(self, data: ContactMonths, width: float, height: float) -> None:
        super().__init__()
        self.data, self.width, self.height = data, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas, data, width = self.canv, self.data, self.width
        columns = _legend_columns(list(data.counts), width)
        legend_height = 4 + 11 * math.ceil(len(data.counts) / columns)  # two rows in English
        left, bottom, top_room = 28, 16 + legend_height, 12
        plot_width = width - left - 4
        plot_height = self.height - bottom - top_room
        totals = data.totals
        highest = max(totals, default=0)
        step = _step(highest)
        ceiling = max(step, math.ceil(highest / step) * step)
        scale = plot_height / ceiling
        # Axis, gridlines and their numbers.
        canvas.setFont(REGULAR, _FONT_SIZE)
        canvas.setFillColor(_AXIS)
        canvas.setStrokeColor(_GRID)
        canvas.setLineWidth(0.4)
        for value in range(0, ceiling + 1, step):
            y = bottom + value * scale
            canvas.line(left, y, left + plot_width, y)
            canvas.drawRightString(left - 3, y - 2.5, str(value))
        canvas.setStrokeColor(_AXIS)
        canvas.setLineWidth(0.6)
        canvas.line(left, bottom, left + plot_width, bottom)
        slot = plot_width / len(data.months)
        bar_width = slot * 0.62
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.4)
        for position, month in enumerate(data.months):
            x = left + position * slot + (slot - bar_width) / 2
            y = bottom
            for category, counts in data.counts.items():
                count = counts[position]
                if not count:
                    continue
                fill, pattern = _fill(category)
                segment = count * scale
                canvas.setFillColor(fill)
                canvas.rect(x, y, bar_width, segment, stroke=1, fill=1)
                draw_pattern(canvas, pattern, x, y, bar_width, segment, _PATTERN_INK,
                             spacing=4, line_width=0.5)
                y += segment
            if totals[position]:
                canvas.setFont(BOLD, _FONT_SIZE)
                canvas.setFillColor(colors.black)
                canvas.drawCentredString(x + bar_width / 2, y + 2, str(totals[position]))
            label = short_month(month) + (f" {month:%y}" if position == 0 or month.month == 1
                                          else "")
            canvas.setFont(REGULAR, _FONT_SIZE)
            canvas.setFillColor(_AXIS)
            canvas.drawCentredString(x + bar_width / 2, bottom - 9, label)
        _legend(canvas, list(data.counts), width, legend_height - 6, columns)


def _legend_columns(categories: list[Quadrant | None], width: float) -> int:
    """Three columns of names, or two when a name is too long for a third of the width (the
    quadrants' French names)."""
    widest = max((stringWidth(category_label(category), REGULAR, _FONT_SIZE)
                  for category in categories), default=0)
    return 3 if widest + 16 <= width / 3 else 2


def _legend(canvas: Canvas, categories: list[Quadrant | None], width: float,
            top: float, columns: int) -> None:
    """Rows of swatches and names under the chart."""
    column_width = width / columns
    canvas.setFont(REGULAR, _FONT_SIZE)
    for index, category in enumerate(categories):
        row, column = divmod(index, columns)
        x = column * column_width + 2
        y = top - row * 11 - 7
        fill, pattern = _fill(category)
        canvas.setFillColor(fill)
        canvas.rect(x, y, 9, 7, stroke=0, fill=1)
        draw_pattern(canvas, pattern, x, y, 9, 7, _PATTERN_INK, spacing=3, line_width=0.4)
        canvas.setFillColor(colors.black)
        canvas.drawString(x + 12, y + 0.5, category_label(category))
