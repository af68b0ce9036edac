"""Planning a shift and assessing a neighbourhood in French: the Shifts page's suggestions,
warnings and new-shift window, the assessment window's questions and explanation (with a
decimal comma), and Help > The model's own page, all read in French."""

from __future__ import annotations

import pytest
from planner_helpers import box, take_button
from planning_division import planning_division
from records_helpers import show_page

from ui.assessments.assessment_dialog import AssessmentDialog
from ui.model_help import model_html
from ui.pages.shifts_page import ShiftsPage

ANSWERS = {"calls_for_service": 120, "violent_incidents": 4, "assessor_judgement": 4,
           "collective_efficacy": [3, 4, 2, 3, 5, 4, 4, 3, 2, 3]}


@pytest.fixture
def division(desk):
    return planning_division(desk)


def test_the_shifts_page_plans_in_french(qtbot, desk, division, french):
    page, _stack = show_page(qtbot, ShiftsPage, desk)
    eastview = box(page, division.beat)
    assert "Aucune pour l'instant" in eastview.tasks.text()
    button = take_button(page, division.beat, "Patrouille dirigée : Compton St. lot")
    assert button.text() == "Prendre"
    reasons = [s.reason for s, _b in eastview.suggestion_buttons()]
    assert "Élément de breffage en vigueur pour ce secteur" in reasons
    assert page.warnings.messages() == [
        "Personne n'est affecté à Beat 2 - Eastview.",
        "Personne n'est affecté à Beat 5 - Westboro.",
        "0 agent sur ce quart ; le minimum du peloton C est de 4."]  # 0 is singular in French
    assert page.warnings.heading.text() == "<b>Avertissements (3)</b>"

    dialog = page.new_shift()
    assert dialog.windowTitle() == "Nouveau quart"
    assert dialog.length.text() == "12 h, se termine le lendemain"
    assert dialog.day.text().startswith("mar. 24 nov.")  # Qt's date field speaks French too
    dialog.start.setText("7:00 pm x")
    assert dialog.error.text() == ("Début : '7:00 pm x' n'est pas une heure. Écrivez-la sous "
                                   "la forme HH:MM, p. ex. 19:00.")
    dialog.close()


def test_the_assessment_explains_itself_in_french(qtbot, desk, division, french):
    dialog = AssessmentDialog(desk, None, division.rideau["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answers.set_answers(ANSWERS)
    headers = [dialog.explanation.tree.headerItem().text(c) for c in range(5)]
    assert headers == ["Indicateur", "Réponse", "Score 0-100", "Poids", "Points"]
    rows = {row[0].strip(): row for row in dialog.explanation.rows()}
    assert rows["Jugement de l'évaluateur sur la menace"][1:4] == ["4 sur 5", "75,0", "17 %"]
    assert rows["Appels de service"][1] == "120 (28,6 pour 1 000)"
    score = rows["Score de menace"][4]
    assert "," in score and "." not in score  # 1 decimal, with a comma
    assert dialog.scores.text().startswith("Les réponses donnent : menace ")
    assert dialog.save_button.text() == "&Enregistrer l'évaluation"


def test_the_models_help_page_is_french(french):
    page = model_html()
    assert "<h3>Résolution de problèmes : SARA</h3>" in page
    assert "Placing a neighbourhood" not in page
