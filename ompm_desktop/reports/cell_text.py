"""Text in a table cell without reportlab's paragraph machinery: lines broken at spaces (a
word too long for the cell is cut, as a paragraph cuts it), drawn with plain `drawString`.

A profile's tables hold some 150 cells a neighbourhood; as paragraphs, parsing their markup,
breaking their lines and drawing them word by word was a third of the profile's time. A cell
is one or more blocks, each starting on a new line in one font (a partner's name in bold,
then what it is in regular type), and a block may begin with a swatch in its own colour
(a quadrant's ■)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.reports.fonts import BOLD, REGULAR
from ompm_desktop.reports.styles import CELL, INK

SWATCH = "■"


@dataclass(frozen=True)
class Block:
    """Text in one font, from a new line; `swatch` colours a leading ■ (a quadrant's)."""

    text: str
    font: str = REGULAR
    swatch: Color | None = None


def _cut(word: str, first: float, room: float, font: str, size: float) -> list[str]:
    """A word too wide for the cell, cut into pieces that fit: the first in what is left of
    the line (`first`; empty if not a letter fits), the others across the cell (a letter at
    least each)."""
    pieces, piece, fits = [], "", first
    for letter in word:
        if stringWidth(piece + letter, font, size) > fits and (piece or fits < room):
            pieces.append(piece)
            piece, fits = "", room
        piece += letter
    return [*pieces, piece]


def broken_lines(text: str, room: float, font: str = REGULAR,
                 size: float = CELL.fontSize) -> list[str]:
    """The lines of `text` across `room` points, as a paragraph breaks them: its own line
    breaks kept, words moved to the next line when the line is full, and a word wider than
    the cell cut (its first piece ending the line it starts on)."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for given in text.split("\n"):
        line, width = "", 0.0
        for word in given.split():
            word_width = stringWidth(word, font, size)
            left = room - width - space if line else room
            if word_width <= left:
                line, width = (f"{line} {word}", width + space + word_width) if line else (
                    word, word_width)
                continue
            if word_width > room:
                first, *pieces = _cut(word, left, room, font, size)
                if first:
                    line = f"{line} {first}" if line else first
                *whole, word = pieces or [""]
                lines.extend([line, *whole] if line else whole)
                line, width = word, stringWidth(word, font, size)
                continue
            lines.append(line)
            line, width = word, word_width
        lines.append(line)
    return lines


class CellText(Flowable):
    """Blocks of text laid out once per width and drawn line by line."""

    def __init__(self, blocks: Sequence[Block], size: float = CELL.fontSize,
                 leading: float = CELL.leading, colour: Color = INK) -> None:
        super().__init__()
        self.blocks = [block for block in blocks if block.text]
        self.size, self.leading, self.colour = size, leading, colour
        self._laid_for: float | None = None
        self._lines: list[tuple[str, str, Color | None]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth != self._laid_for:
            self._lines = [
                (line, block.font, block.swatch if index == 0 else None)
                for block in self.blocks
                for index, line in enumerate(broken_lines(block.text, availWidth, block.font,
                                                          self.size))
            ]
            self._laid_for = availWidth
        self.width = availWidth  # as a paragraph's: the cell's width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        writer = TextWriter(self.canv)
        self.write(writer, 0, self.height)
        self.canv.drawText(writer.text)

    def write(self, writer: TextWriter, x: float, top: float) -> None:
        """The lines, laid out already, from `top` down (a table writes its cells so)."""
        y = top - self.size
        for line, font, swatch in self._lines:
            writer.write(x, y, line, font, self.size, self.leading, self.colour, swatch)
            y -= self.leading


class TextWriter:
    """Lines written into one text object where `drawString` makes one a line: a table's
    cells (some 600 lines a profile) are written in one."""

    def __init__(self, canvas: Canvas) -> None:
        self.text = canvas.beginText()
        self._font: tuple[str, float, float] | None = None
        self._colour: Color | None = None

    def write(self, x: float, y: float, line: str, font: str, size: float, leading: float,
              colour: Color, swatch: Color | None = None) -> None:
        """A line from (x, y), its baseline's start; a leading ■ in `swatch` if given."""
        if not line:
            return
        text = self.text
        if self._font != (font, size, leading):
            text.setFont(font, size, leading)
            self._font = (font, size, leading)
        text.setTextOrigin(x, y)
        if swatch is not None and line.startswith(SWATCH):
            self._fill(swatch)
            text.textOut(SWATCH)
            line = line[len(SWATCH):]
        self._fill(colour)
        text.textOut(line)

    def _fill(self, colour: Color) -> None:
        if colour is not self._colour:
            self.text.setFillColor(colour)
            self._colour = colour


def bold_cell(text: object, *more: Block) -> CellText:
    """A cell whose first block is bold (a name, a title), then any others."""
    return CellText([Block("" if text is None else str(text), BOLD), *more])


def quadrant_block(key: object) -> Block:
    """A quadrant as `styles.quadrant_label` prints it: a swatch in its colour, its exact
    name and its colour's name (so that it reads the same printed in grey)."""
    try:
        info = QUADRANTS[Quadrant(str(key))]
    except ValueError:
        return Block("" if key is None else str(key))
    return Block(f"{SWATCH} {info.label} ({info.colour_label})", swatch=HexColor(info.colour))


def quadrant_cell(key: object) -> CellText:
    return CellText([quadrant_block(key)])
