"""The type scale and the small building blocks of every PDF: escaped paragraphs, headings,
labelled lists. Every piece of user text goes through `para()`, which escapes it."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.reports.fonts import BOLD, REGULAR, register_fonts

# Paragraphs look their fonts up as they are made, so the fonts are registered first.
register_fonts()

INK = colors.black
MUTED = colors.HexColor("#424242")  # dark enough to read when printed grey
RULE = colors.HexColor("#9E9E9E")
HEADER_FILL = colors.HexColor("#E0E0E0")
STRIPE_FILL = colors.HexColor("#F5F5F5")

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK,
                      bulletFontName=REGULAR)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_HEADER = ParagraphStyle("cell_header", parent=CELL, fontName=BOLD)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=15, leading=18,
                       spaceAfter=2)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=10, leading=13, spaceAfter=2)
HEADING = ParagraphStyle("heading", parent=BODY, fontName=BOLD, fontSize=12, leading=15,
                         spaceBefore=10, spaceAfter=4)
SUBHEADING = ParagraphStyle("subheading", parent=BODY, fontName=BOLD, fontSize=9.5,
                            leading=12, spaceBefore=6, spaceAfter=1)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=1)
EMPTY = ParagraphStyle("empty", parent=BODY, leftIndent=14, textColor=MUTED)


class LaidOnce(Paragraph):
    """A paragraph that breaks its lines once per width: a table wraps each cell two or
    three times with the same width (to size its rows, to draw them, to split them across
    pages), and the line breaking was most of a profile's time."""

    _laid_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._laid_for and hasattr(self, "blPara"):  # a split drops it
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._laid_for = availWidth if hasattr(self, "blPara") else None
        return size


def escaped(text: object) -> str:
    """User text made safe for reportlab's paragraph markup, line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle = BODY) -> Paragraph:
    return LaidOnce(escaped(text), style)


def markup(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of markup the code wrote itself (user parts already escaped)."""
    return LaidOnce(text, style)


def bold(text: object) -> str:
    return f"<b>{escaped(text)}</b>"


def heading(text: object, style: ParagraphStyle = HEADING, room: float = 72) -> list[Flowable]:
    """A heading that never ends a page: with less than `room` points left below it, it
    starts the next page. (keepWithNext would push a long table whole to the next page.)"""
    return [CondPageBreak(room), para(text, style)]


def labelled_list(label: str, items: Iterable[str], empty: str,
                  more: str = "") -> list[Flowable]:
    """A small heading and one bulleted paragraph per item (markup), or a line saying
    there is none; `more` says what was left out. Each item is its own paragraph, so a
    long list breaks across pages."""
    flowables: list[Flowable] = heading(label, SUBHEADING, room=64)  # and a 2-line item
    entries = [Paragraph(item, ITEM, bulletText="•") for item in items]
    flowables.extend(entries or [para(empty, EMPTY)])
    if more:
        flowables.append(para(more, EMPTY))
    return flowables


def quadrant_label(key: object) -> str:
    """A quadrant as markup: a swatch in its colour, its exact name and its colour's name,
    so that it reads the same printed in grey."""
    try:
        info = QUADRANTS[Quadrant(str(key))]
    except ValueError:
        return escaped(key)
    return (f'<font color="{info.colour}">■</font> {escaped(info.label)} '
            f"({info.colour_label})")


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)
