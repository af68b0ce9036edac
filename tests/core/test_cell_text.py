"""Table cells drawn without paragraphs: their lines broken as a paragraph breaks them."""

from __future__ import annotations

import re
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import unescape

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ompm_desktop.reports.cell_text import Block, CellText, broken_lines, quadrant_block
from ompm_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from ompm_desktop.reports.styles import CELL, escaped, quadrant_label

register_fonts()


def fits(lines: list[str], room: float, font: str = REGULAR) -> bool:
    return all(stringWidth(line, font, CELL.fontSize) <= room for line in lines)


def paragraph_lines(text: str, room: float) -> list[str]:
    paragraph = Paragraph(escaped(text), CELL)
    paragraph.wrap(room, 1000)
    return [" ".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]


EMAIL = "tres.longue.adresse.courriel.12@association-cote-saint-amour.ca"


@pytest.mark.parametrize("text", [
    "Centre de santé communautaire - South Hintonburg, natural community leader",
    f"Write to {EMAIL}",
    f"a b {EMAIL} x",
])
@pytest.mark.parametrize("room", [30, 60, 80, 140, 400])
def test_lines_break_as_a_paragraphs_do(text, room):
    lines = broken_lines(text, room)
    assert lines == paragraph_lines(text, room)
    assert fits(lines, room)


def test_a_word_too_long_for_the_cell_is_cut_and_nothing_is_lost():
    lines = broken_lines(f"Write to {EMAIL}", 80)
    assert len(lines) > 2
    assert " ".join(lines).replace(" ", "") == f"Writeto{EMAIL}"
    assert fits(lines, 80)


def test_the_texts_own_line_breaks_are_kept():
    assert broken_lines("Marie Roy\nLanguages: English", 300) == ["Marie Roy",
                                                                   "Languages: English"]


def test_blocks_start_on_new_lines_in_their_fonts_and_empty_ones_take_no_room():
    cell = CellText([Block("Rideau Heights Tenants' Association", BOLD), Block(""),
                     Block("natural community leader")])
    width, height = cell.wrap(100, 1000)
    assert width == 100
    assert [font for _, font, _ in cell._lines] == [BOLD, BOLD, REGULAR, REGULAR]
    assert height == 4 * CELL.leading
    cell.canv = Canvas(BytesIO())
    cell.draw()  # draws without error on a canvas


def test_a_quadrants_cell_reads_as_its_label_with_the_swatch_in_its_colour():
    block = quadrant_block("mobilization")
    printed = unescape(re.sub(r"<[^>]+>", "", quadrant_label("mobilization")))
    assert block.text == printed
    assert block.text.startswith("■ ") and block.text.endswith("(amber)")
    assert block.swatch is not None and block.swatch.hexval() == "0xf9a825"
    assert quadrant_block("no such quadrant") == Block("no such quadrant")


def test_a_tables_cells_read_in_order_from_one_text_object(tmp_path):
    from pdf_checks import all_text, layout_problems
    from pypdf import PdfReader

    from ompm_desktop.reports.cell_text import bold_cell, quadrant_cell
    from ompm_desktop.reports.document import SIDE_MARGIN, DocumentInfo, build_pdf
    from ompm_desktop.reports.tables import data_table

    rows = [[bold_cell(f"Partner {n}", Block("natural community leader")),
             quadrant_cell("engagement"), f"613-555-01{n:02d}",
             "A note long enough to be broken over two lines or more in its cell"]
            for n in range(30)]
    table = data_table(["Partner", "Quadrant", "Phone", "Note"], rows, [3, 3, 2, 3], empty="")
    info = DocumentInfo("Table", "", "Test", "PROTECTED A", datetime(2026, 11, 24, 21, 0))
    out = build_pdf([table], tmp_path / "table.pdf", info)
    text = " ".join(all_text(out).split())
    assert "Partner 0 natural community leader ■ Community Engagement & Liaison (blue) " \
           "613-555-0100 A note long enough" in text
    assert text.index("Partner 29") > text.index("Partner 28") > text.index("Partner 0")
    assert layout_problems(out, SIDE_MARGIN) == []
    first_page = PdfReader(out).pages[0].get_contents().get_data()
    assert first_page.count(b"BT") < 10  # the cells' 200 lines in one, and the page's own
