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
