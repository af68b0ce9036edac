"""Beats (Go > Beats): the division's beats with their neighbourhoods, in a window of their
own; a beat found with Ctrl+K opens there."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import focused, press, show_page, show_window, tab, type_text

from ompm_desktop.queries import BEATS, ListRequest
from ui.beats_dialog import BeatsDialog
from ui.pages.beats_page import BeatsPage


@pytest.fixture
def division(desk):
    return small_division(desk)


def test_add_a_beat_and_a_name_taken_is_refused(qtbot, desk, division):
    page, _ = show_page(qtbot, BeatsPage, desk)
    assert page.count_label.text() == "2 beats"
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "field_name"
    type_text(qtbot, "beat 5 - westboro")
    tab(qtbot)
    type_text(qtbot, "B5")
    press(qtbot, Qt.Key.Key_Return)
    assert page.form.error_text("name") == "There is already a beat named beat 5 - westboro."
    page.form.fields["name"].selectAll()
    type_text(qtbot, "Beat 7 - Orleans")
    press(qtbot, Qt.Key.Key_Return)
    [row] = BEATS.page(desk.context, ListRequest(search="orleans"))
    assert desk.beats.get(row["id"])["code"] == "B5"
    assert page.form.neighbourhoods.text() == "No neighbourhood is in this beat yet."


def test_a_beat_shows_its_neighbourhoods(qtbot, desk, division):
    page, _ = show_page(qtbot, BeatsPage, desk)
    page.open_record(division.beat["id"])
    assert page.form.neighbourhoods.text() == "Neighbourhoods: Rideau Heights; Vanier."


def test_go_menu_and_ctrl_k_open_beats(qtbot, desk, division):
    window = show_window(qtbot, desk)
    [go] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Go"]
    [beats] = [a for a in go.actions() if a.text() == "&Beats…"]
    beats.trigger()
    assert isinstance(window.dialog, BeatsDialog)
    assert window.dialog.page.model.total == 2
    window.dialog.close()

    assert window.open_record("beat", division.beat_west["id"])  # what Ctrl+K's Enter does
    dialog = window.dialog
    assert isinstance(dialog, BeatsDialog) and dialog.isVisible()
    assert dialog.page.form.record["id"] == division.beat_west["id"]
    assert dialog.page.form_title.text() == "Beat 5 - Westboro"
