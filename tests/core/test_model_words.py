"""The model's own words: each definition and line is quoted word for word from the OACP
presentation, with its source, in the profile; the app's reading is labelled as its own; the
help and the tasks claim nothing the presentation does not say."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_checks import all_text
from records_division import small_division

from ompm_desktop.i18n import language_of
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.seed import (
    CRIME_PREVENTION_QUOTES,
    DEFINITIONS,
    ENGAGEMENT_SIDE,
    MOBILIZATION_SIDE,
    translation,
)
from ompm_desktop.reports.profile import write_profile
from ompm_desktop.scoring.recording import record_assessment
from tests.records_division import ANSWERS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "reference" / "oacp-community-policing-model-2010.txt"
QUOTED = [d.text for d in DEFINITIONS] + list(MOBILIZATION_SIDE.lines) + list(
    ENGAGEMENT_SIDE.lines) + list(CRIME_PREVENTION_QUOTES)


def words(text: str) -> str:
    """Spaces and line breaks as single spaces, emphasis marks out, quotes straightened."""
    text = text.replace("*", "").replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


@pytest.mark.skipif(not SEED.exists(), reason="the reference presentation is not here")
def test_every_quoted_line_is_in_the_presentation_word_for_word():
    seed = words(SEED.read_text(encoding="utf-8"))
    for line in QUOTED:
        assert words(line) in seed, line
    for info in QUADRANTS.values():
        assert words(info.name) in seed
        for action in info.actions:
            assert words(action).replace("early intervention", "early-intervention") in seed


def test_every_quoted_line_has_the_apps_translation_in_french():
    with language_of("fr"):
        for line in QUOTED:
            assert translation(line), line
    with language_of("en"):
        assert translation(QUOTED[0]) is None


def test_the_profile_quotes_the_definitions_and_names_the_source(desk, tmp_path):
    division = small_division(desk)
    record_assessment(desk, division.rideau["id"], ANSWERS, assessed_on="2026-11-01",
                      assessor="Sgt. Roy")
    text = words(all_text(write_profile(desk, division.rideau["id"], tmp_path / "p.pdf",
                                        language="en")))
    for definition in DEFINITIONS:
        assert words(f"“{definition.text}”") in text, definition.term
    for line in MOBILIZATION_SIDE.lines:  # Rideau Heights is on the low-capacity half
        assert words(line) in text
    assert "Ontario Association of Chiefs of Police" in text
    assert "are the app's reading of the model, not its words" in text


def test_a_french_profile_keeps_the_quotes_in_english_with_the_apps_translation(desk,
                                                                                 tmp_path):
    division = small_division(desk)
    text = words(all_text(write_profile(desk, division.vanier["id"], tmp_path / "p.pdf",
                                        language="fr")))
    assert words(DEFINITIONS[0].text) in text
    assert "Traduction de l'application" in text


def test_the_help_claims_no_measure_of_success_for_the_model():
    for name in ("model.html", "model.fr_CA.html"):
        page = (ROOT / "resources" / "help" / name).read_text(encoding="utf-8")
        assert "measure of success" not in page and "mesure du succès" not in page
        assert "joint problem" in page
