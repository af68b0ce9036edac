"""Tables that wrap long text inside their cells and break across pages with their header
repeated, readable in greyscale (ruled, header shaded, rows striped)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, TableStyle

from ompm_desktop.reports.cell_text import CellText, TextWriter, broken_lines
from ompm_desktop.reports.document import FRAME_WIDTH
from ompm_desktop.reports.fonts import BOLD, REGULAR
from ompm_desktop.reports.styles import (
    CELL,
    EMPTY,
    HEADER_FILL,
    RULE,
    STRIPE_FILL,
    para,
)

Cell: TypeAlias = str | Flowable
_PADDING = 3


def _cell(value: Cell, room: float, font: str = REGULAR) -> Cell:
    """Plain text stays a plain string, its lines broken to fit the cell (quick to lay out
    and to draw); a flowable (a paragraph, a CellText) is used as it is."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    if "\n" not in text and stringWidth(text, font, CELL.fontSize) <= room:
        return text
    return "\n".join(broken_lines(text, room, font))


class _Table(LongTable):
    """A LongTable whose text is written in one text object: its plain cells' lines and its
    CellText cells' (left, top, as data_table sets them; a cell of any other kind draws
    itself). Drawn line by line, some 600 text objects a profile, it took a tenth of it."""

    _writer: TextWriter | None = None

    def draw(self) -> None:
        self._writer = TextWriter(self.canv)
        try:
            super().draw()
            self.canv.drawText(self._writer.text)
        finally:
            self._writer = None

    def _drawCell(self, cellval: object, cellstyle: Any, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        writer = self._writer
        if isinstance(cellval, list | tuple) and len(cellval) == 1:
            cellval = cellval[0]  # the table holds a flowable in a list of its own
        if (writer is None or not isinstance(cellval, str | CellText)
                or cellstyle.alignment != "LEFT" or cellstyle.valign != "TOP"
                or cellstyle.href or cellstyle.destination or cellstyle.direction
                or cellstyle.shaping):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        (column, row), (width, height) = pos, size
        x = column + cellstyle.leftPadding
        top = row + height - cellstyle.topPadding
        if isinstance(cellval, CellText):
            cellval.wrapOn(self.canv, width - cellstyle.leftPadding - cellstyle.rightPadding,
                           height)
            cellval.write(writer, x, top)
            return
        y = top - cellstyle.fontsize
        for line in cellval.split("\n"):
            writer.write(x, y, line, cellstyle.fontname, cellstyle.fontsize,
                         cellstyle.leading, cellstyle.color)
            y -= cellstyle.leading


def shared_out(widths: Sequence[float], width: float = FRAME_WIDTH) -> list[float]:
    """The columns' widths in points, `widths` being their shares of `width`."""
    total = sum(widths)
    return [width * share / total for share in widths]


def text_room(widths: Sequence[float], width: float = FRAME_WIDTH) -> list[float]:
    """The room a column's text has, inside its padding."""
    return [column - 2 * _PADDING for column in shared_out(widths, width)]


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    empty: str,
    width: float = FRAME_WIDTH,
) -> Flowable:
    """A table across `width`; `widths` are the columns' shares of it. Plain strings are
    wrapped; a flowable is used as it is. With no rows, a line saying so."""
    if len(widths) != len(headers):
        raise ValueError("one width per column")
    if not rows:
        return para(empty, EMPTY)
    column_widths = shared_out(widths, width)
    room = text_room(widths, width)
    data: list[list[Cell]] = [[_cell(header, width, BOLD)
                               for header, width in zip(headers, room, strict=True)]]
    for row in rows:
        data.append([_cell(cell, width) for cell, width in zip(row, room, strict=True)])
    table = _Table(data, colWidths=column_widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        # A table sets its cells' font even around paragraphs: never the unembedded default.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
        ("LEADING", (0, 0), (-1, -1), CELL.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands.extend(
        ("BACKGROUND", (0, index), (-1, index), STRIPE_FILL)
        for index in range(2, len(data), 2)
    )
    table.setStyle(TableStyle(commands))
    return table
