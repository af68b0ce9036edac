"""The assessment dialog, driven like a person: type the answers, watch the scores and the
quadrant follow, save, take it back with Ctrl+Z; override with a reason; a point placed on
the diagram; a recorded assessment read back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ompm_desktop.scoring.recording import record_assessment
from tests.records_division import ANSWERS, small_division
from tests.ui.records_helpers import focused, tab, type_text
from ui.assessments.assessment_dialog import AssessmentDialog


@pytest.fixture
def division(desk):
    desk.settings.set("current_user", "Sgt. J. Tremblay")
    return small_division(desk)


@pytest.fixture
def window(qtbot):
    """The main window's stand-in: holds the undo stack, with Ctrl+Z bound to it."""
    host = QWidget()
    qtbot.addWidget(host)
    stack = QUndoStack(host)
    undo = stack.createUndoAction(host)
    undo.setShortcut("Ctrl+Z")
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    host.addAction(undo)
    host.stack = stack
    host.show()
    qtbot.waitExposed(host)
    return host


def open_dialog(qtbot, desk, window, hood, **options) -> AssessmentDialog:
    dialog = AssessmentDialog(desk, window.stack, hood["id"], **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    type_text(qtbot, text)


def test_typed_answers_are_scored_live_saved_and_taken_back_with_ctrl_z(
        qtbot, desk, division, window):
    dialog = open_dialog(qtbot, desk, window, division.rideau)
    assert dialog.assessor.text() == "Sgt. J. Tremblay"
    assert dialog.assessed_on.date().toString("yyyy-MM-dd") == "2026-11-24"
    assert "No threat indicator is answered" in dialog.explanation.notes.text()
    # Top to bottom with Tab: five counts, the judgement, the ten items, leaders, turnout.
    type_into(qtbot, dialog.answers.counts["calls_for_service"], "400")
    for value in ("30", "90", "60", "4", "1", "4", "4", "4", "4", "4", "4", "4", "4", "2", "2",
                  "1", "12"):
        tab(qtbot)
        type_text(qtbot, value)
    assert focused() is dialog.answers.counts["meeting_turnout"]
    assert dialog.answers.answers() == ANSWERS
    # Reverse items: the two 2s count as 4s, so cohesion is as high as control.
    rows = {row[0].strip(): row for row in dialog.explanation.rows()}
    assert rows["Social cohesion and trust (items 6-10)"][2] == "75.0"
    assert rows["Threat score"][4] == "28.6" and rows["Capacity score"][4] == "45.7"
    assert dialog.quadrant.text() == "Community Mobilization & Crime Prevention"
    assert "#F9A825" in dialog.quadrant.styleSheet()
    # The explanation adds up to each score.
    threat_rows = [row for row in dialog.explanation.rows()][1:7]
    assert sum(float(row[4]) for row in threat_rows) == pytest.approx(28.6)

    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    saved = desk.assessments.get(dialog.saved_id)
    assert (saved["threat"], saved["capacity"], saved["quadrant"]) == (28.6, 45.7, "mobilization")
    assert json.loads(saved["indicators"])["collective_efficacy"] == ANSWERS["collective_efficacy"]
    assert saved["assessor"] == "Sgt. J. Tremblay"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.assessments.count() == 0


def test_an_override_is_refused_without_a_reason_and_kept_with_one(
        qtbot, desk, division, window):
    dialog = open_dialog(qtbot, desk, window, division.rideau)
    dialog.answers.set_answers(ANSWERS)
    click(qtbot, dialog.override)
    dialog.override_choice.setFocus()
    qtbot.keyClicks(dialog.override_choice, "Enforcement")
    assert dialog.override_choice.currentText() == "Enforcement & Crime Suppression"
    assert dialog.reason_label.text() == "Reason (required)"
    assert dialog.quadrant.text().startswith("Enforcement & Crime Suppression  (placed by")

    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.saved_id is None
    assert "say why in the reason for the override" in dialog.error.text()
    assert dialog.reason.hasFocus()
    assert desk.assessments.count() == 0

    type_text(qtbot, "Two shootings in October; the counts lag behind.")
    with qtbot.waitSignal(dialog.accepted):  # Ctrl+S saves from any field
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = desk.assessments.get(dialog.saved_id)
    assert (saved["quadrant"], saved["computed_quadrant"]) == ("enforcement", "mobilization")
    assert saved["override_reason"] == "Two shootings in October; the counts lag behind."


def test_a_missing_answer_is_shown_left_out(qtbot, desk, division, window):
    record_assessment(desk, division.vanier["id"], {**ANSWERS, "calls_for_service": 5000},
                      assessed_on="2026-10-01", assessor="Sgt. Roy")
    record_assessment(desk, division.westboro["id"], ANSWERS, assessed_on="2026-10-01",
                      assessor="Sgt. Roy")
    dialog = open_dialog(qtbot, desk, window, division.rideau)
    dialog.answers.set_answers({**ANSWERS, "assessor_judgement": None})
    rows = {row[0].strip(): row for row in dialog.explanation.rows()}
    assert rows["Assessor's judgement of threat"][1:] == ["not answered", "-", "left out",
                                                          "0.0"]
    assert "not answered and left out: Assessor's judgement" in dialog.explanation.notes.text()
    # Clicking a row says how that indicator was scored.
    tree = dialog.explanation.tree
    calls = tree.topLevelItem(1)
    row = tree.visualItemRect(calls)  # its first column: the row may run past the view
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(row.left() + 20, row.center().y()))
    # Scored against the reference rate; the division beside it, as context only.
    assert dialog.explanation.detail.text() == (
        "Calls for service: 95.2 per 1,000 against the reference 300.0 per 1,000 (the app's "
        "default (calls for service per resident vary widely between services)): 50 x 95.2 / "
        "300.0 = 15.9.\nBeside the division (context only, not scored): Against 1 other "
        "neighbourhood (per 1,000 residents; 1 without a known population left out of the "
        "comparison): above 0, level with 0, below 1.")


def test_a_point_dragged_on_the_diagram_opens_prefilled_and_records_its_scores(
        qtbot, desk, division, window):
    record_assessment(desk, division.rideau["id"], ANSWERS, assessed_on="2026-09-01",
                      assessor="Sgt. Roy")
    dialog = open_dialog(qtbot, desk, window, division.rideau, proposed=(30.0, 80.0))
    assert dialog.placed_quadrant().value == "enforcement"
    assert dialog.answers.counts["calls_for_service"].text() == "400"
    assert "Placed on the diagram at capacity 30.0, threat 80.0" in dialog.banner.text()
    assert "answers of 2026-09-01" in dialog.banner.text()
    assert dialog.quadrant.text().startswith("Enforcement & Crime Suppression")
    assert dialog.reason_label.text() == "Reason (required)"

    click(qtbot, dialog.save_button)
    assert "say why" in dialog.error.text()
    type_into(qtbot, dialog.reason, "Tenants' association folded in October.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    saved = desk.assessments.get(dialog.saved_id)
    assert (saved["capacity"], saved["threat"], saved["quadrant"]) == (30.0, 80.0,
                                                                       "enforcement")
    notes = json.loads(saved["indicators"])["explanation"]["notes"]
    assert any(n.startswith("Placed on the diagram by Sgt. J. Tremblay") for n in notes)


def test_a_recorded_assessment_is_shown_read_only_with_its_reason(
        qtbot, desk, division, window):
    saved = record_assessment(desk, division.rideau["id"], ANSWERS, assessed_on="2026-09-01",
                              assessor="Sgt. Roy", override="enforcement",
                              override_reason="Shots fired twice this week.")
    dialog = open_dialog(qtbot, desk, window, division.rideau, assessment_id=saved["id"])
    assert dialog.reason.toPlainText() == "Shots fired twice this week."
    assert dialog.reason.isReadOnly() and dialog.answers.counts["calls_for_service"].isReadOnly()
    assert dialog.answers.counts["calls_for_service"].text() == "400"
    assert "Recorded on 2026-09-01 by Sgt. Roy" in dialog.banner.text()
    assert dialog.scores.text() == "Recorded: threat 28.6, capacity 45.7."
    assert "Shots fired twice this week." in dialog.explanation.notes.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert not hasattr(dialog, "save_button")
    assert dialog.placed_quadrant().value == "enforcement"
    type_into(qtbot, dialog.answers.counts["calls_for_service"], "9")
    assert dialog.answers.counts["calls_for_service"].text() == "400"


def test_a_point_dropped_a_hair_off_the_field_is_kept_on_its_edge(qtbot, desk, division, window):
    dialog = open_dialog(qtbot, desk, window, division.rideau, proposed=(-0.4, 100.3))
    assert (dialog.proposal.capacity, dialog.proposal.threat) == (0.0, 100.0)
    assert "Enforcement & Crime Suppression" in dialog.quadrant.text()


def test_unticking_the_override_of_a_dragged_point_needs_no_reason(qtbot, desk, division, window):
    record_assessment(desk, division.rideau["id"], ANSWERS, assessed_on="2026-09-01",
                      assessor="Sgt. Roy")
    dialog = open_dialog(qtbot, desk, window, division.rideau, proposed=(30.0, 80.0))
    # The point lies in another quadrant than the answers give: that is an override, shown.
    assert dialog.override.isChecked()
    assert dialog.override_choice.currentData() == "enforcement"
    assert dialog.reason_label.text() == "Reason (required)"
    click(qtbot, dialog.override)
    assert not dialog.override.isChecked()
    assert dialog.reason_label.text() == "Reason"
    assert dialog.scores.text().startswith("Not placed where the point was dropped")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    saved = desk.assessments.get(dialog.saved_id)
    assert (saved["threat"], saved["capacity"], saved["quadrant"], saved["override_reason"]) == (
        28.6, 45.7, "mobilization", "")


def test_a_new_assessment_starts_from_the_last_ones_answers(qtbot, desk, division, window):
    record_assessment(desk, division.rideau["id"], {**ANSWERS, "natural_leaders": 3},
                      assessed_on="2026-09-01", assessor="Sgt. Roy")
    dialog = open_dialog(qtbot, desk, window, division.rideau)
    assert dialog.answers.answers() == {**ANSWERS, "natural_leaders": 3}
    assert "Started from the answers of 2026-09-01" in dialog.banner.text()
    assert not dialog.override.isChecked() and dialog.reason_label.text() == "Reason"
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    assert desk.assessments.get(dialog.saved_id)["override_reason"] == ""


def test_the_dialog_records_who_took_part(qtbot, desk, division, window):
    dialog = open_dialog(qtbot, desk, window, division.rideau)
    dialog.answers.set_answers(ANSWERS)
    dialog.took_part.residents.setFocus()
    dialog.took_part.residents.selectAll()
    qtbot.keyClicks(dialog.took_part.residents, "12")
    click(qtbot, dialog.took_part.form)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    saved = desk.assessments.get(dialog.saved_id)
    assert (saved["residents_surveyed"], saved["partners_consulted"], saved["partner_form"]) \
        == (12, 0, 1)
    shown = open_dialog(qtbot, desk, window, division.rideau, assessment_id=saved["id"])
    assert shown.took_part.residents.value() == 12 and not shown.took_part.residents.isEnabled()
