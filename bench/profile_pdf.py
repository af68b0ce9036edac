"""One neighbourhood profile (the app's whole document: fonts, marking, page numbers), and
its floor: the same tables and paragraphs laid out by a bare reportlab document. Medians in
milliseconds over the division's first neighbourhoods; nothing is asserted."""

from __future__ import annotations

import statistics
import time
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from ompm_desktop.reports.cell_text import CellText
from ompm_desktop.reports.profile import profile_document, profile_story


def _text(cell: Any) -> str:
    if isinstance(cell, Paragraph):
        return str(cell.text)
    if isinstance(cell, CellText):
        return "<br/>".join(block.text for block in cell.blocks)
    return str(cell).replace("\n", " ")


def _bare(desk: Any, neighbourhood: dict[str, Any]) -> float:
    """The profile's texts, read beforehand, laid out with built-in fonts and default
    styles: milliseconds."""
    body = getSampleStyleSheet()["BodyText"]
    content: list[Any] = []
    for flowable in profile_story(desk, neighbourhood):
        if isinstance(flowable, Table):
            content.append([[_text(cell) for cell in row] for row in flowable._cellvalues])
        elif isinstance(flowable, Paragraph):
            content.append(flowable.text)
    start = time.perf_counter()
    story = [Table([[Paragraph(text, body) for text in row] for row in item], repeatRows=1)
             if isinstance(item, list) else Paragraph(str(item), body) for item in content]
    SimpleDocTemplate(BytesIO(), pagesize=LETTER).build(story)
    return (time.perf_counter() - start) * 1000


def profile_ms(desk: Any, runs: int) -> tuple[float, float]:
    """A profile's median time, and its bare floor's, over `runs` neighbourhoods."""
    hoods = desk.neighbourhoods.list(limit=runs + 1)
    profile_document(desk, hoods[0]["id"], False)  # fonts and modules loaded, as in the app
    made, bare = [], []
    for hood in hoods[1:]:
        start = time.perf_counter()
        profile_document(desk, hood["id"], False)
        made.append((time.perf_counter() - start) * 1000)
        bare.append(_bare(desk, hood))
    return statistics.median(made), statistics.median(bare)
