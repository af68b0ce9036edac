"""The PDFs of the demo division, read back: every assignment of the shift, every
neighbourhood's quadrant, the marking and the page numbers on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_checks import all_text, fonts, layout_problems, page_texts, qpdf_check

from ompm_desktop.clock import local
from ompm_desktop.demo import build_demo
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.reports.briefing import write_briefing
from ompm_desktop.reports.briefing_source import shift_briefing
from ompm_desktop.reports.document import SIDE_MARGIN
from ompm_desktop.reports.profile import write_profiles


@pytest.fixture
def demo(desk):
    build_demo(desk, size="small", seed=7)
    return desk


def sound(path: Path) -> list[str]:
    pages = page_texts(path)
    for number, text in enumerate(pages, start=1):
        assert text.count("PROTECTED A") == 2
        assert text.count("DEMO – NOT A RECORD - PROTECTED A") == 2  # no record, it says
        assert f"Page {number} of {len(pages)}" in text
    qpdf_check(path)
    assert all(fonts(path).values())
    return pages


def test_the_current_shift_briefing_holds_every_assignment_and_quadrant(demo, tmp_path):
    shift = demo.shifts.current_or_next(demo.context.now())
    out = write_briefing(demo, [shift["id"]], tmp_path / "briefing.pdf", detail=True)
    text = " ".join(sound(out))
    briefing = shift_briefing(demo, shift["id"])
    assert briefing.assignments
    for line in briefing.assignments:
        assert f"{line.officer} {line.badge} {line.call_sign} {line.beat_or_unit}" in text
    for beat in briefing.beats:
        assert beat.beat["name"] in text
        for hood in demo.neighbourhoods.list("beat_id = ?", [beat.beat["id"]]):
            latest = demo.assessments.latest(hood["id"])
            place = Quadrant(latest["quadrant"]).label if latest else "not assessed yet"
            assert f"{hood['name']}: ■ {place}" in text or f"{hood['name']}: {place}" in text
    assert f"{local(shift['starts_at']):%a %d %b %Y}" in text
    assert layout_problems(out, SIDE_MARGIN) == []


def test_every_profile_names_its_quadrant(demo, tmp_path):
    [out] = write_profiles(demo, tmp_path / "profiles.pdf")
    pages = sound(out)
    text = " ".join(pages)
    hoods = demo.neighbourhoods.list()
    assert sum("Where it stands on the model" in page for page in pages) == len(hoods)
    for hood in hoods:
        latest = demo.assessments.latest(hood["id"])
        assert hood["name"] in text
        if latest:
            assert f"Quadrant: ■ {Quadrant(latest['quadrant']).label}" in text
    assert layout_problems(out, SIDE_MARGIN) == []


def test_no_residents_phone_number_by_default(demo, tmp_path):
    personal = demo.partner_personal.list()
    if not personal:
        resident = demo.partners.list("is_organization = 0", limit=1)[0]
        demo.partner_personal.save_for_partner(resident["id"], {"home_phone": "705-555-0199"})
        personal = demo.partner_personal.list()
    phones = [row["home_phone"] for row in personal if row["home_phone"]]
    assert phones
    shift = demo.shifts.current_or_next(demo.context.now())
    briefing = all_text(write_briefing(demo, [shift["id"]], tmp_path / "b.pdf"))
    profiles = all_text(write_profiles(demo, tmp_path / "p.pdf")[0])
    for phone in phones:
        assert phone not in briefing and phone not in profiles
    asked = all_text(write_profiles(demo, tmp_path / "asked.pdf", include_personal=True)[0])
    assert any(phone in asked for phone in phones)
