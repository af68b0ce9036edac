"""Help > The model: the model's definitions word for word with their source, its diagram's
lines and actions, then the app's reading under a heading of its own."""

from __future__ import annotations

from html import escape

from ompm_desktop.model.seed import DEFINITIONS, ENGAGEMENT_SIDE, MOBILIZATION_SIDE
from ui.model_help import model_html


def test_the_help_quotes_the_models_definitions_and_names_its_source(qapp):
    page = model_html()
    for definition in DEFINITIONS:
        assert f"“{escape(definition.text)}”" in page, definition.term
    for line in (*MOBILIZATION_SIDE.lines, *ENGAGEMENT_SIDE.lines):
        assert escape(line) in page
    assert "Source: Ontario Association of Chiefs of Police" in page
    words, reading = page.split("The app’s reading (not the model’s words)")
    # The rules that place a neighbourhood are the app's, and said after that heading only.
    assert "the app places a neighbourhood here" not in words
    assert "the app places a neighbourhood here" in reading
    assert "measure of success" not in page


def test_in_french_the_quotes_stay_in_english_with_the_apps_translation(qapp, french):
    page = model_html()
    assert escape(DEFINITIONS[0].text) in page
    assert "Traduction de l’application :" in page
    assert "La lecture de l’application (pas les mots du modèle)" in page
