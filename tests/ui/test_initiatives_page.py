"""The Initiatives page: start one, write each stage, move it through SARA, hand it over."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import press, show_page, type_text

from ompm_desktop.queries import INITIATIVES, ListRequest
from ui.pages.initiatives_page import InitiativesPage


@pytest.fixture
def division(desk):
    return small_division(desk)


def write(qtbot, page, name, text):
    field = page.form.fields[name]
    field.setFocus()
    type_text(qtbot, text)


def test_create_an_initiative_and_move_it_through_sara(qtbot, desk, division):
    page, stack = show_page(qtbot, InitiativesPage, desk)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Speeding on Montreal Road")
    write(qtbot, page, "neighbourhood_ids", "vanier")
    press(qtbot, Qt.Key.Key_Return)
    page.form.fields["quadrant"].setFocus()
    type_text(qtbot, "Enf")
    write(qtbot, page, "problem_statement", "Complaints of speeding at school hours.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    [row] = INITIATIVES.page(desk.context, ListRequest(search="montreal"))
    initiative_id = row["id"]
    saved = desk.initiatives.get(initiative_id)
    assert (saved["stage"], saved["quadrant"], saved["neighbourhood_ids"]) == (
        "scanning", "enforcement", [division.vanier["id"]])
    assert page.advance_button.text() == "Move to Analysis"

    qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
    assert desk.initiatives.get(initiative_id)["stage"] == "analysis"
    assert page.form.tabs.currentIndex() == 1  # the Analysis tab is open
    write(qtbot, page, "analysis_place", "School zone, no signage")
    qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)  # asks nothing: saves
    assert desk.initiatives.get(initiative_id)["analysis_place"] == "School zone, no signage"
    for expected in ("assessment", "closed"):
        qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
        assert desk.initiatives.get(initiative_id)["stage"] in ("response", expected)
    final = desk.initiatives.get(initiative_id)
    assert (final["stage"], final["status"]) == ("closed", "closed")
    assert not page.advance_button.isVisible()
    stages = [e["to_value"] for e in desk.initiatives.events(initiative_id)
              if e["kind"] == "stage"]
    assert stages == ["scanning", "analysis", "response", "assessment", "closed"]

    stack.undo()  # back from Closed to Assessment, recorded too
    undone = desk.initiatives.get(initiative_id)
    assert (undone["stage"], undone["status"]) == ("assessment", "active")
    assert page.advance_button.text() == "Move to Closed"


def test_handing_the_lead_to_the_community_is_dated(qtbot, desk, division):
    page, _ = show_page(qtbot, InitiativesPage, desk)
    page.open_record(division.lot["id"])
    page.form.fields["lead"].setFocus()
    type_text(qtbot, "Com")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    hand_overs = desk.initiatives.hand_overs(division.lot["id"])
    assert [(e["from_value"], e["to_value"]) for e in hand_overs] == [
        (None, "police"), ("police", "community")]
    assert "Community lead from 2026-11-24" in page.form.history.text()


def test_a_due_date_without_a_next_step_is_refused_on_the_field(qtbot, desk, division):
    page, _ = show_page(qtbot, InitiativesPage, desk)
    page.open_record(division.lot["id"])
    page.form.fields["next_step"].clear()
    page.form.fields["next_step"].edited.emit()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_text("next_step") == "Say what the next step is, or clear its due date."
    assert desk.initiatives.get(division.lot["id"])["next_step"] == "Lighting audit with the city"
