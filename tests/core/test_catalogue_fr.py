"""The core's French catalogue: every string marked in the core has a French translation that
keeps its {placeholders}; the compiled .mo is the .po of today; the model reads in its
established French names; the language setting follows the system and refuses what the app
does not speak; a briefing made in French reads in French and leaves the app in English."""

from __future__ import annotations

import importlib.util
import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from pdf_checks import all_text
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import (
    _,
    current_language,
    language_of,
    system_language,
    translations,
)
from ompm_desktop.i18n.dates import day_and_time, long_date, short_date
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.model.sara import OUTCOMES, Lead, Stage
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS, CONTACT_KINDS, PARTNER_KINDS
from ompm_desktop.queries.display import number
from ompm_desktop.reports.briefing import write_briefing
from ompm_desktop.reports.profile import write_profile
from ompm_desktop.services.settings import SettingsService

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "resources" / "locale" / "fr_CA" / "LC_MESSAGES" / "ompm.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def translations_script():
    spec = importlib.util.spec_from_file_location("translations",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def french_catalogue():
    with PO.open("rb") as handle:
        return read_po(handle, locale="fr_CA")


def test_every_string_marked_in_the_core_has_a_french_translation():
    marked = {message.id for message in translations_script().extracted() if message.id}
    assert len(marked) > 100
    french = {message.id: message.string for message in french_catalogue() if message.id}
    # a plural's id is (singular, plural) and its translation one text per French form
    untranslated = sorted((m for m in marked if not french.get(m)
                           or (isinstance(m, tuple) and not all(french[m]))), key=str)
    assert untranslated == [], "run packaging/translations.py extract, then translate these"
    for english in marked:
        sources = english if isinstance(english, tuple) else (english,)
        translated = french[english] if isinstance(english, tuple) else (french[english],)
        for text in translated:
            assert sorted(PLACEHOLDER.findall(sources[-1])) == sorted(
                PLACEHOLDER.findall(text)), english


def test_the_compiled_catalogue_is_the_po_of_today():
    compiled = io.BytesIO()
    write_mo(compiled, french_catalogue(), use_fuzzy=False)
    assert MO.read_bytes() == compiled.getvalue(), "run packaging/translations.py compile"


def test_the_quadrants_have_their_established_french_names():
    with language_of("fr"):
        assert [quadrant.label for quadrant in Quadrant] == [
            "Application de la loi et répression du crime",
            "Mobilisation communautaire et prévention du crime",
            "Engagement communautaire et liaison",
            "Sécurité communautaire et consultation",
        ]
        enforcement = QUADRANTS[Quadrant.ENFORCEMENT]
        assert enforcement.colour_label == "rouge"
        assert enforcement.meaning.startswith("Menace élevée, faible capacité")
        assert "Analyse de la criminalité" in enforcement.action_labels
        assert [stage.label for stage in Stage] == [
            "Repérage", "Analyse", "Intervention", "Évaluation", "Terminée"]
        assert Lead.COMMUNITY.label == "Direction communautaire"
    # back in English, and the stored values never were anything else
    assert Quadrant.SAFETY.label == "Community Safety & Consultation"
    assert QUADRANTS[Quadrant.SAFETY].name == "Community Safety & Consultation"


def test_the_lists_records_choose_from_read_in_french_but_are_stored_in_english():
    catalogue = translations("fr")
    for english in (*PARTNER_KINDS, *CONTACT_KINDS, *OUTCOMES, *BRIEFING_KIND_LABELS.values()):
        assert catalogue.gettext(english) != english or english in ("Liaison", "Consultation")
    assert "Referral to a Situation Table" in CONTACT_KINDS
    assert catalogue.gettext("Referral to a Situation Table") == "Renvoi à une table de situation"


def test_numbers_read_in_canadian_french():
    assert (number(11450), number(87.25)) == ("11,450", "87.2")
    with language_of("fr"):
        assert (number(11450), number(87.25)) == ("11\u00a0450", "87,2")


def test_dates_read_in_canadian_french():
    tuesday = date(2026, 11, 24)
    assert short_date(tuesday) == "Tue 24 Nov 2026"
    with language_of("fr"):
        assert short_date(tuesday) == "mar. 24 nov. 2026"
        assert short_date(date(2027, 2, 1)) == "lun. 1 févr. 2027"
        assert long_date(tuesday) == "mardi 24 novembre 2026"
        assert day_and_time(datetime(2026, 11, 24, 19, 0)) == "mar. 24 nov. 19:00"
    assert long_date(tuesday) == "Tuesday 24 November 2026"


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_CA.UTF-8"}, "en"),
    ({"LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "", "LANG": "en_CA.UTF-8"}, "fr"),
])
def test_the_language_follows_the_system(monkeypatch, variables, expected):
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert system_language() == expected


def test_the_language_setting_takes_english_or_french_only(memory_desk):
    assert memory_desk.settings.get("language") in ("en", "fr")
    assert SettingsService.defaults()["language"] == system_language()
    memory_desk.settings.set("language", "fr")
    assert memory_desk.settings.get("language") == "fr"
    with pytest.raises(ValidationError) as refused:
        memory_desk.settings.set("language", "de")
    assert refused.value.field == "language" and "fr (Français)" in refused.value.message
    assert memory_desk.settings.get("language") == "fr"


def test_a_briefing_made_in_french_reads_in_french(desk, tmp_path):
    division = small_division(desk)
    shift = desk.shifts.create({
        "starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00", "platoon": "C",
        "supervisor_id": division.tremblay["id"], "notes": ""})
    desk.assignments.create({"shift_id": shift["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A31"})
    french = write_briefing(desk, [shift["id"]], tmp_path / "fr.pdf", language="fr",
                            detail=True)
    text = all_text(french)
    for words in ("BREFFAGE DU QUART · Nuit - mar. 24 nov. 2026", "Sécurité des agents",
                  "Affectations", "Peloton C", "Superviseur :", "Indicatif", "Page 1 de"):
        assert words in text, words
    assert "SHIFT BRIEFING" not in text and "Assignments" not in text
    assert current_language() == "en" and _("Assignments") == "Assignments"
    desk.settings.set("language", "fr")  # the setting decides when the export does not
    assert "Sécurité des agents" in all_text(write_briefing(desk, [shift["id"]],
                                                            tmp_path / "s.pdf"))
    english = write_briefing(desk, [shift["id"]], tmp_path / "en.pdf", language="en")
    assert "SHIFT BRIEFING · Night - Tue 24 Nov 2026" in all_text(english)


def test_a_profile_made_in_french_reads_in_french(desk, tmp_path):
    division = small_division(desk)
    desk.assessments.create({
        "neighbourhood_id": division.rideau["id"], "assessed_on": "2026-10-01",
        "assessor": "Sgt. T", "threat": 80, "capacity": 30,
        "computed_quadrant": "enforcement", "quadrant": "enforcement"})
    french = write_profile(desk, division.rideau["id"], tmp_path / "fr.pdf", language="fr")
    text = all_text(french)
    for words in ("Profil du quartier", "Sa place dans le modèle",
                  "Application de la loi et répression du crime (rouge)",
                  "population 4 200", "menace 80,0 et capacité 30,0 sur 100",
                  "Direction : Direction policière", "Actions de première ligne ici",
                  "Analyse de la criminalité", "Partenaires qui le desservent",
                  "Contacts communautaires, de décembre 2025 à novembre 2026",
                  "Capacité de la communauté : faible → élevée", "Dernière évaluation"):
        assert words in text, words
    assert "Where it stands" not in text and current_language() == "en"
    english = all_text(write_profile(desk, division.rideau["id"], tmp_path / "en.pdf"))
    assert "Where it stands on the model" in english
    assert "Community contacts, December 2025 to November 2026" in english
