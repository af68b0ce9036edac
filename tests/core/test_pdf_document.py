"""The page every PDF is printed on: marking, page numbers, metadata, fonts, long tables."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pdf_checks import (
    fonts,
    layout_problems,
    metadata,
    page_size,
    page_texts,
    qpdf_check,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.reports.document import SIDE_MARGIN, DocumentInfo, build_pdf, marking_text
from ompm_desktop.reports.styles import TITLE, heading, labelled_list, para
from ompm_desktop.reports.tables import data_table

INFO = DocumentInfo(
    title="Shift briefing - Night", subject="Shift briefing for platoon C",
    author="Sgt. Test", marking="PROTECTED A", generated_at=datetime(2026, 11, 24, 18, 42),
    running_title="Shift briefing",
)
HEADERS = ["Officer", "Badge", "Call sign", "Beat / unit", "Partner", "Duty"]


def officers_table(count: int) -> list:
    rows = [[f"Cst. Côte-Saint-Amour {index:03d}", f"{4000 + index}", f"2A{index:02d}",
             "Beat 2 - Eastview", "Cst. École", "Directed patrol"] for index in range(count)]
    return [para("Shift briefing", TITLE), *heading("Assignments"),
            data_table(HEADERS, rows, [3, 1, 1, 2, 2, 2], empty="No assignments.")]


def test_every_page_carries_the_marking_its_number_and_the_generation_time(tmp_path: Path):
    out = build_pdf(officers_table(150), tmp_path / "long.pdf", INFO)
    pages = page_texts(out)
    assert len(pages) > 2
    for number, text in enumerate(pages, start=1):
        assert text.count("PROTECTED A") == 2, f"page {number} lacks its two markings"
        assert f"Page {number} of {len(pages)}" in text
        assert "Generated 2026-11-24 18:42" in text
    qpdf_check(out)


def test_a_long_table_breaks_across_pages_with_its_header_repeated(tmp_path: Path):
    out = build_pdf(officers_table(150), tmp_path / "long.pdf", INFO)
    pages = page_texts(out)
    for text in pages:
        assert "Officer Badge Call sign Beat / unit Partner Duty" in text
    everything = " ".join(pages)
    for index in range(150):
        assert f"Cst. Côte-Saint-Amour {index:03d}" in everything
    # The heading stays with the table's start, not alone at the foot of a page.
    assert "Assignments" in pages[0]


def test_letter_size_metadata_and_only_embedded_fonts(tmp_path: Path):
    out = build_pdf(officers_table(3), tmp_path / "short.pdf", INFO)
    assert page_size(out) == (612, 792)
    info = metadata(out)
    assert info["Title"] == "Shift briefing - Night"
    assert info["Author"] == "Sgt. Test"
    assert info["Subject"] == "Shift briefing for platoon C"
    used = fonts(out)
    assert used, "no fonts found"
    assert all(used.values()), f"fonts not embedded: {used}"
    assert all("DejaVuSans" in name for name in used)


def test_french_names_print_and_copy_as_typed(tmp_path: Path):
    story = [para("École Saint-Amour, Côte-de-Sable, Île Verte, Œuvre, Ç", TITLE)]
    out = build_pdf(story, tmp_path / "fr.pdf", INFO)
    assert "École Saint-Amour, Côte-de-Sable, Île Verte, Œuvre, Ç" in page_texts(out)[0]


def test_user_text_is_printed_not_read_as_markup(tmp_path: Path):
    out = build_pdf([para("Smith & Sons <b>not bold</b> <unclosed")], tmp_path / "m.pdf", INFO)
    assert "Smith & Sons <b>not bold</b> <unclosed" in page_texts(out)[0]


def test_long_words_and_long_lists_stay_inside_the_margins(tmp_path: Path):
    endless = "Saint-Amour" * 30
    rows = [[endless, "4471", endless[:40], endless, "", endless]]
    story = [
        para(endless, TITLE),
        data_table(HEADERS, rows, [3, 1, 1, 2, 2, 2], empty=""),
        *labelled_list("Directed tasks", [f"Task {n}: " + endless for n in range(80)], "None"),
    ]
    out = build_pdf(story, tmp_path / "wide.pdf", INFO)
    assert layout_problems(out, SIDE_MARGIN) == []
    assert len(page_texts(out)) > 1
    qpdf_check(out)


def test_a_long_marking_setting_is_printed_whole_without_overlap(tmp_path: Path):
    marking = marking_text("PROTECTED B - FOR INTERNAL USE OF THE DIVISION ONLY",
                           include_personal=True)
    info = DocumentInfo(**{**INFO.__dict__, "marking": marking})
    out = build_pdf(officers_table(60), tmp_path / "marked.pdf", info)
    for text in page_texts(out):
        assert text.count("CONTAINS RESIDENTS' PERSONAL INFORMATION") == 2
    assert layout_problems(out, SIDE_MARGIN) == []


def test_marking_says_when_personal_details_are_included():
    assert marking_text("PROTECTED A", include_personal=False) == "PROTECTED A"
    assert "PERSONAL INFORMATION" in marking_text("PROTECTED A", include_personal=True)
    assert marking_text("  ", include_personal=False) == "PROTECTED A"


def test_an_empty_table_says_so(tmp_path: Path):
    story = [data_table(HEADERS, [], [1] * 6, empty="No assignments for this shift yet.")]
    out = build_pdf(story, tmp_path / "empty.pdf", INFO)
    assert "No assignments for this shift yet." in page_texts(out)[0]


def test_a_missing_folder_is_a_clear_error_and_nothing_is_left_behind(tmp_path: Path):
    with pytest.raises(DeskError, match="does not exist"):
        build_pdf(officers_table(1), tmp_path / "nowhere" / "x.pdf", INFO)
    target = tmp_path / "ok.pdf"
    build_pdf(officers_table(1), target, INFO)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_a_folder_given_as_the_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(DeskError, match="is a folder"):
        build_pdf(officers_table(1), tmp_path, INFO)
    assert list(tmp_path.iterdir()) == []
