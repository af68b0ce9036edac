"""The languages a partner speaks, end to end: kept, listed, searched, imported, exported,
printed on the neighbourhood profile, and '' for the partners of a division migrated."""

import csv
import shutil
from pathlib import Path

from pdf_checks import page_texts
from records_division import small_division

from ompm_desktop.queries import PARTNERS, ListRequest
from ompm_desktop.reports.profile import write_profile
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.importer import import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_partners_languages_are_listed_and_found_by_search(memory_desk):
    d = small_division(memory_desk)
    memory_desk.partners.update(d.tenants["id"], {"languages_spoken": "English, Somali"})
    found = PARTNERS.page(memory_desk.context, ListRequest(search="somali"))
    assert [row["name"] for row in found] == ["Rideau Heights Tenants' Association"]
    assert PARTNERS.display(found[0], "languages_spoken") == "English, Somali"
    assert "Languages spoken" in [column.label for column in PARTNERS.columns]


def test_languages_come_in_under_either_heading_and_go_out_under_their_label(desk, tmp_path):
    source = tmp_path / "partners.csv"
    source.write_text("Name,Kind,Languages\nCentre Somali,Agency,\"Somali, Arabic\"\n"
                      "Food Bank,Agency,\n", encoding="utf-8")
    assert import_file(desk, "partners", source).created == 2
    [centre] = desk.partners.list("name = 'Centre Somali'")
    assert centre["languages_spoken"] == "Somali, Arabic"
    out = tmp_path / "out.csv"
    export_csv(desk, "partners", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["Name"]: row["Languages spoken"] for row in rows} == {
        "Centre Somali": "Somali, Arabic", "Food Bank": ""}


def test_the_profile_prints_the_languages_spoken_in_the_reader_language(desk, tmp_path):
    d = small_division(desk)
    desk.partners.update(d.school["id"], {"languages_spoken": "French, English"})
    text = " ".join(page_texts(write_profile(desk, d.vanier["id"], tmp_path / "v.pdf")))
    assert "Languages: French, English" in text
    text = " ".join(page_texts(write_profile(desk, d.vanier["id"], tmp_path / "fr.pdf",
                                             language="fr")))
    assert "Langues : French, English" in text


def test_partners_of_a_migrated_division_speak_no_language_yet(tmp_path):
    path = tmp_path / "division.db"
    shutil.copyfile(FIXTURES / "schema-v4.db", path)
    desk = Desk.open(path)
    try:
        partners = desk.partners.list()
        assert partners and {p["languages_spoken"] for p in partners} == {""}
        desk.partners.update(partners[0]["id"], {"languages_spoken": "Cree"})
        assert desk.partners.get(partners[0]["id"])["languages_spoken"] == "Cree"
    finally:
        desk.close()


def test_the_demo_partners_speak_english_some_french_and_a_few_another_language(demo_db):
    desk = Desk.open(demo_db)
    try:
        partners = desk.partners.list()
        spoken = [p["languages_spoken"] for p in partners]
        assert all(languages.startswith("English") for languages in spoken)
        assert 0 < sum("French" in languages for languages in spoken) < len(spoken)
        others = [languages.split(", ")[-1] for languages in spoken
                  if languages.split(", ")[-1] not in ("English", "French")]
        assert others
        found = {row["id"] for row in PARTNERS.page(
            desk.context, ListRequest(search=others[0]), limit=1000)}
        speaking = {p["id"] for p in partners if others[0] in p["languages_spoken"]}
        assert speaking and speaking <= found
    finally:
        desk.close()
