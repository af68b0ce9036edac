"""Who took part in an assessment: kept with it, and one answered by the assessor alone says
so on the neighbourhood's diagram and its profile."""

from __future__ import annotations

from pdf_checks import all_text
from records_division import ANSWERS, small_division

from ompm_desktop.diagram.layout import neighbourhood_layout
from ompm_desktop.reports.profile import write_profile
from ompm_desktop.scoring.participation import took_part
from ompm_desktop.scoring.recording import record_assessment


def record(desk, hood, **took):
    return record_assessment(desk, hood["id"], ANSWERS, assessed_on="2026-11-01",
                             assessor="Sgt. Roy", took_part=took or None)


def test_who_took_part_is_kept_and_said(memory_desk):
    division = small_division(memory_desk)
    saved = record(memory_desk, division.rideau, residents_surveyed=14, partners_consulted=1,
                   partner_form=1)
    assert (saved["residents_surveyed"], saved["partners_consulted"], saved["partner_form"]) \
        == (14, 1, 1)
    assert took_part(saved) == ("Who took part: 14 residents surveyed, 1 partner consulted, a "
                                "form completed by a partner.")
    layout = neighbourhood_layout(memory_desk, division.rideau["id"])
    assert not any("assessor alone" in note for note in layout.notes)


def test_an_assessment_by_the_assessor_alone_says_so_on_the_diagram_and_profile(desk,
                                                                                tmp_path):
    division = small_division(desk)
    record(desk, division.rideau)
    layout = neighbourhood_layout(desk, division.rideau["id"])
    assert "The latest assessment (2026-11-01) was answered by the assessor alone: no " \
        "resident surveyed, no partner consulted." in layout.notes
    text = all_text(write_profile(desk, division.rideau["id"], tmp_path / "p.pdf",
                                  language="en"))
    assert "Answered by the assessor alone: no resident surveyed, no partner consulted, no " \
        "form completed by a partner." in text
