"""Neighbourhood profiles, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_checks import all_text, layout_problems, metadata, page_texts, qpdf_check
from records_division import small_division

from ompm_desktop.cli import main
from ompm_desktop.reports.document import SIDE_MARGIN
from ompm_desktop.reports.profile import (
    ProfilesCancelledError,
    file_name,
    write_profile,
    write_profiles,
)

HOME_PHONE = "613-555-9876"


@pytest.fixture
def division(desk):
    d = small_division(desk)
    desk.partner_personal.save_for_partner(d.leader["id"], {"home_phone": HOME_PHONE,
                                                            "home_address": "12 Rue Cartier"})
    for assessed_on, threat, capacity, quadrant in (("2026-02-01", 80, 20, "enforcement"),
                                                   ("2026-10-01", 35, 30, "mobilization")):
        desk.assessments.create({
            "neighbourhood_id": d.vanier["id"], "assessed_on": assessed_on,
            "assessor": "Sgt. Test", "threat": threat, "capacity": capacity,
            "computed_quadrant": quadrant, "quadrant": quadrant,
        })
    return d


def assert_sound(path: Path) -> list[str]:
    pages = page_texts(path)
    for number, text in enumerate(pages, start=1):
        assert text.count("PROTECTED A") == 2
        assert f"Page {number} of {len(pages)}" in text
    qpdf_check(path)
    return pages


def test_a_profile_holds_its_place_partners_initiatives_and_contacts(desk, division, tmp_path):
    out = write_profile(desk, division.vanier["id"], tmp_path / "vanier.pdf")
    pages = assert_sound(out)
    assert 1 <= len(pages) <= 2
    text = " ".join(pages)
    assert "Vanier" in text and "Beat 2 - Eastview" in text and "population 16,000" in text
    assert "Community Mobilization & Crime Prevention (amber)" in text
    assert "moved from Enforcement & Crime Suppression to Community Mobilization" in text
    assert "École Saint-Amour" in text
    assert "Marcel Lavoie" not in text  # a resident: printed only when asked for
    asked = " ".join(assert_sound(write_profile(desk, division.vanier["id"],
                                                tmp_path / "asked.pdf", include_personal=True)))
    assert "Marcel Lavoie" in asked and "natural community leader" in asked
    assert "Bike thefts near the school" in text and "Count racks, due 2026-12-15" in text
    # One contact in November 2026, a presentation serving "Public education" (blue).
    assert "Community contacts, December 2025 to November 2026 (1)" in text
    assert "Community Engagement & Liaison (blue)" in text
    assert metadata(out)["Title"] == "Neighbourhood profile - Vanier"
    assert metadata(out)["Author"] == "Sgt. Test"
    assert layout_problems(out, SIDE_MARGIN) == []


def test_residents_personal_details_are_left_out_unless_asked(desk, division, tmp_path):
    plain = all_text(write_profile(desk, division.vanier["id"], tmp_path / "plain.pdf"))
    assert HOME_PHONE not in plain and "12 Rue Cartier" not in plain
    assert "PERSONAL INFORMATION" not in plain
    assert "Business contact details only." in plain
    asked = write_profile(desk, division.vanier["id"], tmp_path / "asked.pdf",
                          include_personal=True)
    for text in page_texts(asked):
        assert text.count("PROTECTED A - CONTAINS RESIDENTS' PERSONAL INFORMATION") == 2
    assert HOME_PHONE in all_text(asked)


def test_a_neighbourhood_never_assessed_says_so(desk, division, tmp_path):
    text = all_text(write_profile(desk, division.westboro["id"], tmp_path / "w.pdf"))
    assert "Not assessed yet" in text
    assert "No active partner serves this neighbourhood yet." in text
    assert "No problem-solving initiative in this neighbourhood yet." in text


def test_the_marking_is_a_setting(desk, division, tmp_path):
    desk.settings.set("sensitivity_marking", "PROTECTED B")
    pages = page_texts(write_profile(desk, division.rideau["id"], tmp_path / "b.pdf"))
    assert all(text.count("PROTECTED B") == 2 for text in pages)


def test_all_profiles_in_one_file_one_after_the_other(desk, division, tmp_path):
    seen = []
    [out] = write_profiles(desk, tmp_path / "all.pdf",
                           progress=lambda done, total, name: seen.append((done, total, name)))
    pages = assert_sound(out)
    starts = [text for text in pages if "Where it stands on the model" in text]
    assert len(starts) == 3
    for name in ("Rideau Heights", "Vanier", "Westboro"):
        assert any(name in text for text in starts)
    assert seen[0] == (0, 3, "Rideau Heights") and seen[-1] == (3, 3, "Done")


def test_all_profiles_into_a_folder_one_file_each(desk, division, tmp_path):
    folder = tmp_path / "profiles"
    written = write_profiles(desk, folder)
    assert sorted(p.name for p in written) == ["rideau-heights.pdf", "vanier.pdf",
                                               "westboro.pdf"]
    for path in written:
        assert_sound(path)
    assert "Rideau Heights" in all_text(folder / "rideau-heights.pdf")


def test_cancelling_a_batch_into_one_file_writes_nothing(desk, division, tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ProfilesCancelledError, match="Nothing was written"):
        write_profiles(desk, tmp_path / "all.pdf", cancelled=cancelled)
    assert list(tmp_path.glob("*all.pdf*")) == []


def test_cancelling_a_batch_into_a_folder_keeps_the_finished_files(desk, division, tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ProfilesCancelledError, match="2 profiles already made were kept"):
        write_profiles(desk, tmp_path / "out", cancelled=cancelled)
    assert len(list((tmp_path / "out").iterdir())) == 2


def test_long_names_and_many_partners_stay_inside_the_page(desk, division, tmp_path):
    long_name = "Association des résidents de la Côte-Saint-Amour et des environs " * 3
    for index in range(45):
        desk.partners.create({
            "name": f"{long_name.strip()} {index}", "kind": "Community group",
            "contact_name": "Marie-Ève Lévesque-Saint-Onge", "phone": "613-555-0100",
            "email": f"tres.longue.adresse.courriel.{index}@association-cote-saint-amour.ca",
            "neighbourhood_ids": [division.rideau["id"]],
        })
    out = write_profile(desk, division.rideau["id"], tmp_path / "long.pdf")
    pages = assert_sound(out)
    assert len(pages) > 2
    text = " ".join(pages)
    assert all(f"environs {index}" in text for index in range(45))
    assert "Partner Kind Contact Phone Email Address" in pages[-2]
    assert layout_problems(out, SIDE_MARGIN) == []


def test_file_names_keep_accents_and_never_collide():
    taken: set[str] = set()
    assert file_name("Côte-de-Sable", taken) == "côte-de-sable.pdf"
    assert file_name("Côte de Sable", taken) == "côte-de-sable-2.pdf"
    assert file_name("../..", taken) == "profile.pdf"


def test_the_command_line_prints_one_profile_or_all(desk, division, db_path, tmp_path, capsys):
    desk.close()
    out = tmp_path / "vanier.pdf"
    assert main(["profile", "--db", str(db_path), "--neighbourhood", "vanier",
                 "--out", str(out)]) == 0
    assert "Vanier" in all_text(out)
    assert main(["profile", "--db", str(db_path), "--all", "--out",
                 str(tmp_path / "every")]) == 0
    assert len(list((tmp_path / "every").iterdir())) == 3
    assert "Wrote 3 profiles" in capsys.readouterr().out
    french = tmp_path / "vanier-fr.pdf"
    assert main(["profile", "--db", str(db_path), "--neighbourhood", "vanier",
                 "--language", "fr", "--out", str(french)]) == 0
    assert "Profil du quartier" in all_text(french)


def test_the_command_line_names_an_unknown_neighbourhood(desk, division, db_path, tmp_path,
                                                         capsys):
    desk.close()
    code = main(["profile", "--db", str(db_path), "--neighbourhood", "Atlantis",
                 "--out", str(tmp_path / "x.pdf")])
    assert code == 1
    error = capsys.readouterr().err
    assert error.startswith("error: There is no neighbourhood named 'Atlantis'.")
    assert "Rideau Heights" in error
    assert not (tmp_path / "x.pdf").exists()


def test_the_longest_name_is_printed_whole_in_the_title_and_on_every_page(desk, division,
                                                                          tmp_path):
    name = ("Quartier des Côtes-Saint-Amour-et-de-l'École-Sainte-Marie-Reine-des-Cœurs "
            "du Vieux-Moulin, de la Rivière-aux-Saumons et des Îles-de-la-Baie-Verte")[:160]
    hood = desk.neighbourhoods.create({"name": name, "beat_id": division.beat["id"]})
    out = write_profile(desk, hood["id"], tmp_path / "long-name.pdf")
    words = name.split()
    for text in assert_sound(out):
        assert text.count(words[-1]) >= 1
    assert layout_problems(out, SIDE_MARGIN) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_partner_kind_fits_its_column_without_a_word_cut(language):
    """A word wider than the kind's column was cut in two ("Groupe confe / ssionnel")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ompm_desktop.i18n import _, language_of
    from ompm_desktop.model.vocabulary import PARTNER_KINDS
    from ompm_desktop.reports.fonts import REGULAR, register_fonts
    from ompm_desktop.reports.profile_sections import PARTNER_WIDTHS
    from ompm_desktop.reports.styles import CELL
    from ompm_desktop.reports.tables import text_room

    register_fonts()
    room = text_room(PARTNER_WIDTHS)[1]
    with language_of(language):
        words = [word for kind in PARTNER_KINDS for word in _(kind).split()]
    widest = max(words, key=lambda word: stringWidth(word, REGULAR, CELL.fontSize))
    assert stringWidth(widest, REGULAR, CELL.fontSize) <= room, widest


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_word_of_the_demos_profiles_is_cut_in_two(demo_db, tmp_path, monkeypatch,
                                                    language):
    """Every profile of the demo, every table cell: a word is moved to the next line whole,
    never cut, but for an e-mail address or a web address wider than its column."""
    from ompm_desktop.reports import cell_text
    from ompm_desktop.reports.profile import write_profiles
    from ompm_desktop.services.desk import Desk

    cut: list[str] = []
    real_cut = cell_text._cut

    def noted(word, *args):
        cut.append(word)
        return real_cut(word, *args)

    monkeypatch.setattr(cell_text, "_cut", noted)
    desk = Desk.open(demo_db)
    try:
        write_profiles(desk, tmp_path / "all.pdf", language=language)
    finally:
        desk.close()
    assert [word for word in cut if "@" not in word and "://" not in word] == []
