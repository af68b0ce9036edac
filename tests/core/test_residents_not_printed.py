"""Residents are not printed unless asked for: a resident partner is left out of the partners
a profile lists, and a resident's name in free text is replaced by "[resident]"."""

from pypdf import PdfReader
from records_division import small_division

from ompm_desktop.privacy.residents import ResidentNames
from ompm_desktop.reports.profile import write_profile


def test_a_residents_name_in_free_text_is_replaced_whatever_its_case_and_accents(desk):
    desk.partners.create({"name": "Mélanie Singh", "kind": "Resident leader",
                          "is_organization": 0})
    desk.partners.create({"name": "Singh Hardware", "kind": "Business"})
    names = ResidentNames(desk)
    assert names.redact("Call MELANIE  singh about the lot; ask Singh Hardware too") == (
        "Call [resident] about the lot; ask Singh Hardware too")
    assert names.redact("Melanie Singhal called") == "Melanie Singhal called"


def test_no_residents_means_text_as_it_is(desk):
    assert ResidentNames(desk).redact("Call Ms. Ahmed") == "Call Ms. Ahmed"


def test_a_profile_names_a_resident_partner_only_when_asked(desk, tmp_path):
    division = small_division(desk)  # Marcel Lavoie: a resident leader in Vanier

    def text(personal: bool) -> str:
        out = write_profile(desk, division.vanier["id"], tmp_path / f"v{personal}.pdf",
                            include_personal=personal)
        return " ".join(page.extract_text() for page in PdfReader(out).pages)

    assert "Lavoie" not in text(False)
    with_them = text(True)
    assert "Marcel Lavoie" in with_them
    assert "PERSONAL" in with_them


def test_the_demos_briefing_and_profiles_name_no_resident_unless_asked(demo_db, tmp_path):
    from pdf_checks import all_text

    from ompm_desktop.reports.briefing import write_briefing
    from ompm_desktop.reports.profile import write_profiles
    from ompm_desktop.services.desk import Desk

    desk = Desk.open(demo_db)
    try:
        residents = [row[0] for row in desk.db.execute(
            "SELECT name FROM partner WHERE is_organization = 0 AND deleted_at IS NULL")]
        assert len(residents) >= 2  # the demo has residents among its partners
        [busiest] = desk.db.execute(
            "SELECT shift_id FROM assignment GROUP BY shift_id ORDER BY count(*) DESC "
            "LIMIT 1").fetchone()

        def printed(personal: bool) -> str:
            briefing = write_briefing(desk, [busiest], tmp_path / f"b{personal}.pdf",
                                      detail=True, include_personal=personal)
            profiles = write_profiles(desk, tmp_path / f"p{personal}.pdf",
                                      include_personal=personal)
            return all_text(briefing) + " " + " ".join(all_text(p) for p in profiles)

        without = printed(False)
        assert [name for name in residents if name in without] == []
        with_them = printed(True)
        assert any(name in with_them for name in residents)
        assert "CONTAINS RESIDENTS' PERSONAL INFORMATION" in with_them
    finally:
        desk.close()
