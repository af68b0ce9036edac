"""Text on the diagram measured in the fonts the PDFs and exports embed (DejaVu Sans): a
line's width and box, words wrapped to a width, a name shortened to fit."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from ompm_desktop.diagram.shapes import Label, Rect
from ompm_desktop.reports.fonts import BOLD, REGULAR, register_fonts

ASCENT = 0.76  # of the font size, above the baseline
DESCENT = 0.24  # below it
PAD = 1.0  # free space kept around a label's text


@lru_cache(maxsize=4096)  # a name's texts are measured by its search, then by each find
def text_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    return stringWidth(text, BOLD if bold else REGULAR, size)


def wrap(text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """Words in lines no wider than `width` (a single long word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def shortened(text: str, limit: int) -> str:
    """The start of a name, cut at a word or hyphen where one is close, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    for separator in (" ", "-", "/"):
        at = cut.rfind(separator)
        if at >= limit // 2:
            cut = cut[:at]
            break
    return cut.rstrip(" -/.,") + "…"


def label_at(text: str, left: float, top: float, size: float, *, bold: bool = False,
             colour: str = "#212121") -> Label:
    """A label whose box (text plus padding) has its top left corner at (left, top)."""
    width = text_width(text, size, bold=bold)
    box = Rect(left, top, width + 2 * PAD, size * (ASCENT + DESCENT) + 2 * PAD)
    return Label(text, left + PAD, top + PAD + size * ASCENT, size=size, bold=bold,
                 colour=colour, box=box)


def text_box(text: str, x: float, baseline: float, size: float, anchor: str = "start",
             *, bold: bool = False) -> Rect:
    """The space a line of text takes, placed as `Label` places it."""
    width = text_width(text, size, bold=bold)
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return Rect(left - PAD, baseline - size * ASCENT - PAD, width + 2 * PAD,
                size * (ASCENT + DESCENT) + 2 * PAD)
