"""The page every PDF is printed on: Letter, the sensitivity marking at the top and bottom,
"Page N of M", the generation time, the document's metadata, and embedded fonts.

`build_pdf(story, target, info)` lays a story of reportlab flowables out on these pages.
The file appears whole or not at all: it is written beside the target and moved into place.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ompm_desktop import APP_TITLE
from ompm_desktop.clock import local
from ompm_desktop.demo_division import DEMO_MARKING, is_demo
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import N_, _
from ompm_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from ompm_desktop.store.partial_files import partial_file, remove_left_over

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

PAGE_WIDTH, PAGE_HEIGHT = LETTER
SIDE_MARGIN = 0.6 * inch
TOP_MARGIN = 0.8 * inch
BOTTOM_MARGIN = 0.85 * inch
FRAME_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

MARKING_SIZE = 9.5
SMALL_SIZE = 7.5
_FURNITURE_GAP = 12  # between the marking and the page number on one line


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says about itself, on every page and in its metadata."""

    title: str
    subject: str
    author: str
    marking: str
    generated_at: datetime  # local time
    running_title: str = ""  # top right of every page, until a RunningTitle changes it

    @property
    def generated_text(self) -> str:
        return _("Generated {time}").format(time=f"{self.generated_at:%Y-%m-%d %H:%M}")


DEFAULT_MARKING = N_("PROTECTED A")  # as the settings give it; a marking typed stays as typed


def marking_text(setting: str, *, include_personal: bool) -> str:
    """The sensitivity marking as printed: the setting, and a warning when residents'
    personal details are included in this export."""
    marking = " ".join(str(setting or "").split()) or DEFAULT_MARKING
    if marking == DEFAULT_MARKING:  # the settings' default reads in the PDF's language
        marking = _(DEFAULT_MARKING)
    if include_personal:
        marking += " - " + _("CONTAINS RESIDENTS' PERSONAL INFORMATION")
    return marking


def document_info(desk: Desk, *, title: str, subject: str, running_title: str = "",
                  include_personal: bool = False) -> DocumentInfo:
    """A document's info from the desk: the service's marking, the user as author, now.
    A demo division's documents say first that they are no record."""
    marking = marking_text(desk.settings.get("sensitivity_marking"),
                           include_personal=include_personal)
    if is_demo(desk):
        marking = _(DEMO_MARKING) + " - " + marking
    return DocumentInfo(
        title=title,
        subject=subject,
        author=desk.actor,
        marking=marking,
        generated_at=local(desk.context.clock()),
        running_title=running_title,
    )


class RunningTitle(Flowable):
    """Changes the title at the top right of the pages from here on (e.g. per neighbourhood)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._running_title = self.text


def _fitted_lines(text: str, width: float, font: str, size: float = MARKING_SIZE,
                  most: int = 2) -> tuple[list[str], float]:
    """Text in at most `most` lines across the width, in smaller type if it must be (a
    setting or a name may be long; none is cut)."""
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= most or size <= 4:
            return lines, size
        size -= 0.5


class _PageCanvas(Canvas):
    """Keeps each page until the end, so that "Page N of M" can be written on it."""

    def __init__(self, *args: Any, info: DocumentInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._running_title = info.running_title
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFillGray(0)
        self.setFont(REGULAR, SMALL_SIZE)
        text = _("Page {number} of {total}").format(number=number, total=total)
        text += f" · {self._info.generated_text}"
        self.drawRightString(PAGE_WIDTH - SIDE_MARGIN, BOTTOM_MARGIN - 0.5 * inch, text)
        self.restoreState()


def _page_width_for_number(info: DocumentInfo) -> float:
    widest = (_("Page {number} of {total}").format(number=9999, total=9999)
              + f" · {info.generated_text}")
    return stringWidth(widest, REGULAR, SMALL_SIZE)


def _draw_furniture(canvas: Canvas, document: BaseDocTemplate) -> None:
    """The marking top and bottom and the running title; the page number comes at the end."""
    info: DocumentInfo = document.report_info
    canvas.saveState()
    canvas.setFillGray(0)
    # Top: the marking on the left, the running title on the right if there is room.
    lines, size = _fitted_lines(info.marking, FRAME_WIDTH * 0.6, BOLD)
    top = PAGE_HEIGHT - 0.42 * inch
    canvas.setFont(BOLD, size)
    for index, line in enumerate(lines):
        canvas.drawString(SIDE_MARGIN, top - index * (size + 1.5), line)
    marking_width = max(stringWidth(line, BOLD, size) for line in lines)
    title = getattr(canvas, "_running_title", "") or ""
    room = FRAME_WIDTH - marking_width - _FURNITURE_GAP
    if title:
        title_lines, title_size = _fitted_lines(title, room, REGULAR, SMALL_SIZE, most=3)
        canvas.setFont(REGULAR, title_size)
        for index, line in enumerate(title_lines):
            canvas.drawRightString(PAGE_WIDTH - SIDE_MARGIN, top - index * (title_size + 1.5),
                                   line)
    canvas.setStrokeGray(0.55)
    canvas.setLineWidth(0.5)
    rule = PAGE_HEIGHT - TOP_MARGIN + 8
    canvas.line(SIDE_MARGIN, rule, PAGE_WIDTH - SIDE_MARGIN, rule)
    # Bottom: the marking on the left; the page number is written at the right later.
    bottom_rule = BOTTOM_MARGIN - 10
    canvas.line(SIDE_MARGIN, bottom_rule, PAGE_WIDTH - SIDE_MARGIN, bottom_rule)
    width = FRAME_WIDTH - _page_width_for_number(info) - _FURNITURE_GAP
    lines, size = _fitted_lines(info.marking, width, BOLD)
    canvas.setFont(BOLD, size)
    baseline = BOTTOM_MARGIN - 0.5 * inch
    for index, line in enumerate(lines):
        canvas.drawString(SIDE_MARGIN, baseline + (len(lines) - 1 - index) * (size + 1.5), line)
    canvas.restoreState()


def _document(target: BinaryIO, info: DocumentInfo) -> BaseDocTemplate:
    register_fonts()
    document = BaseDocTemplate(
        target,
        pagesize=LETTER,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=APP_TITLE,
        keywords=[info.marking],
        lang="en-CA",
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=9,
        pageCompression=1,
    )
    frame = Frame(SIDE_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate("page", [frame], onPageEnd=_draw_furniture)])
    document.report_info = info
    return document


def render_pdf(story: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """The PDF of a story, as bytes."""
    buffer = BytesIO()
    document = _document(buffer, info)
    document.build(list(story), canvasmaker=partial(_PageCanvas, info=info))
    return buffer.getvalue()


def build_pdf(story: Sequence[Flowable], target: Path | str, info: DocumentInfo) -> Path:
    """Write the PDF of a story to a file, whole or not at all."""
    path = Path(target)
    content = render_pdf(story, info)
    write_whole(path, content)
    return path


def write_whole(path: Path, content: bytes) -> None:
    """Write a file beside its final place, then move it there, so no half file is left."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DeskError(_("The folder {folder} does not exist; choose another place to "
                          "save.").format(folder=folder))
    remove_left_over(folder)  # what a print killed before it finished left there
    try:
        with partial_file(path) as temporary:
            temporary.write_bytes(content)
            os.replace(temporary, path)
    except PermissionError:
        raise DeskError(_("The app may not write to {path}; choose another place.").format(
            path=path)) from None
    except IsADirectoryError:
        raise DeskError(_("{path} is a folder; give a file name ending in .pdf.").format(
            path=path)) from None
    except OSError as error:
        raise DeskError(_("{path} could not be written: {reason}.").format(
            path=path, reason=error.strerror or error)) from None
