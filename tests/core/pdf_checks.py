"""Reading a PDF back the way a reader would: its text page by page, its metadata, its
fonts, where each word lands on the page, and whether qpdf finds it sound."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def page_texts(path: Path) -> list[str]:
    """The text of each page, with runs of spaces and line breaks made single spaces."""
    reader = PdfReader(str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def all_text(path: Path) -> str:
    return " ".join(page_texts(path))


def metadata(path: Path) -> dict[str, str]:
    info = PdfReader(str(path)).metadata or {}
    return {str(key).lstrip("/"): str(value) for key, value in info.items()}


def page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)


def fonts(path: Path) -> dict[str, bool]:
    """Every font used on any page (or in a form on it), and whether its file is embedded."""
    found: dict[str, bool] = {}

    def visit(resources: DictionaryObject | None) -> None:
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources"))
    return found


def qpdf_check(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def words(path: Path) -> tuple[tuple[float, float], list[Word]]:
    """(page width, height) and every word with its box, as pdftotext -bbox sees them."""
    output = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                            text=True, check=True).stdout
    found: list[Word] = []
    size = (0.0, 0.0)
    for number, chunk in enumerate(output.split("<page ")[1:], start=1):
        match = _PAGE.match("<page " + chunk)
        assert match
        size = (float(match.group(1)), float(match.group(2)))
        for x0, y0, x1, y1, text in _WORD.findall(chunk):
            found.append(Word(number, text, float(x0), float(y0), float(x1), float(y1)))
    return size, found


def layout_problems(path: Path, margin: float) -> list[str]:
    """Words that spill past the side margins, or that overlap another word."""
    (width, _height), found = words(path)
    problems = [
        f"page {w.page}: '{w.text}' runs past the margin ({w.x0:.1f}-{w.x1:.1f})"
        for w in found if w.x0 < margin - 0.5 or w.x1 > width - margin + 0.5
    ]
    by_page: dict[int, list[Word]] = {}
    for word in found:
        by_page.setdefault(word.page, []).append(word)
    for page_words in by_page.values():
        page_words.sort(key=lambda w: (w.y0, w.x0))
        for index, first in enumerate(page_words):
            for second in page_words[index + 1:]:
                if second.y0 >= first.y1:
                    break
                across = min(first.x1, second.x1) - max(first.x0, second.x0)
                down = min(first.y1, second.y1) - max(first.y0, second.y0)
                if across > 0.5 and down > 0.5:
                    problems.append(
                        f"page {first.page}: '{first.text}' overlaps '{second.text}'"
                    )
    return problems
