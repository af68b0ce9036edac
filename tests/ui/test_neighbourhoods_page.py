"""The Neighbourhoods page: the list, the diagram of one neighbourhood or of the division,
opening an assessment from the diagram, proposing one by dragging, and Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QLabel
from records_division import ANSWERS, small_division
from records_helpers import show_page, show_window

from ompm_desktop.model.quadrants import place
from ompm_desktop.scoring.recording import record_assessment
from ui.assessments.assessment_dialog import AssessmentDialog
from ui.pages.neighbourhoods_page import NeighbourhoodsPage
from ui.reports.pdf_options_dialog import PdfOptionsDialog


def assess(desk, hood, day, capacity, threat, assessor="Sgt. J. Tremblay"):
    quadrant = place(capacity, threat).value
    return desk.assessments.create({
        "neighbourhood_id": hood["id"], "assessed_on": day, "assessor": assessor,
        "capacity": capacity, "threat": threat, "computed_quadrant": quadrant,
        "quadrant": quadrant})


@pytest.fixture
def division(desk):
    desk.settings.set("current_user", "Sgt. J. Tremblay")
    d = small_division(desk)
    d.desk = desk
    d.first = assess(desk, d.rideau, "2025-11-01", 20, 80)
    # The current one from indicator answers, as the form records them, so that a
    # reassessment proposed from the diagram starts from them.
    d.second = record_assessment(desk, d.rideau["id"], ANSWERS, assessed_on="2026-05-01",
                                 assessor="Cst. J. Morin", placed=(35, 60),
                                 override_reason="Calls doubled since the lot closed.")
    d.vanier_now = assess(desk, d.vanier, "2026-10-01", 70, 65)
    return d


@pytest.fixture
def opened(monkeypatch):
    """AssessmentDialog.exec records each dialog; `then(dialog)` decides what it does."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        behaviour = getattr(run, "then", None)
        return behaviour(dialog) if behaviour else QDialog.DialogCode.Rejected

    monkeypatch.setattr(AssessmentDialog, "exec", run)
    run.seen = seen
    return run


def open_page(qtbot, desk):
    """The page shown, once the diagram is laid out for the room it has."""
    page, _stack = show_page(qtbot, NeighbourhoodsPage, desk)
    qtbot.waitUntil(lambda: not page.relayout.isActive())
    assert page.view.layout_shown.width > 480  # laid out for the view, not the smallest
    return page


def list_titles(page):
    return [page.hoods.item(row).text().split("\n")[0] for row in range(page.hoods.count())]


def choose(qtbot, page, name):
    for row in range(page.hoods.count()):
        if page.hoods.item(row).text().startswith(name + "\n"):
            page.hoods.setCurrentRow(row)
            qtbot.waitUntil(lambda: page.title.text() == name)
            return
    raise AssertionError(f"{name} is not in the list: {list_titles(page)}")


def screen_pos(page, x, y):
    return page.view.mapFromScene(QPointF(x, y))


def test_the_list_says_each_place_and_opens_on_the_division_overview(division, qtbot):
    page = open_page(qtbot, division.desk)
    assert list_titles(page) == ["Division overview", "Rideau Heights", "Vanier", "Westboro"]
    rideau = page.hoods.item(1).text()
    assert rideau == ("Rideau Heights\nEnforcement & Crime Suppression\n"
                      "Beat 2 - Eastview · assessed 2026-05-01")
    assert page.hoods.item(3).text() == "Westboro\nNot assessed yet\nBeat 5 - Westboro"
    assert page.title.text() == "Division overview"
    assert page.view.diagram.overview
    assert {p.point.neighbourhood_id for p in page.view.diagram.points} == {
        division.rideau["id"], division.vanier["id"]}
    assert not page.new_button.isEnabled() and page.history.isHidden()


def test_the_beat_filter_narrows_the_list_and_the_overview(division, qtbot):
    page = open_page(qtbot, division.desk)
    page.beat_filter.setCurrentIndex(page.beat_filter.findText("Beat 5 - Westboro"))
    page.beat_filter.activated.emit(page.beat_filter.currentIndex())
    assert list_titles(page) == ["Division overview", "Westboro"]
    assert page.title.text() == "Overview of Beat 5 - Westboro"
    assert page.view.diagram.points == []
    page.beat_filter.setCurrentIndex(page.beat_filter.findText("Beat 2 - Eastview"))
    page.beat_filter.activated.emit(page.beat_filter.currentIndex())
    assert list_titles(page) == ["Division overview", "Rideau Heights", "Vanier"]
    assert len(page.view.diagram.points) == 2


def test_clicking_a_point_of_the_overview_opens_that_neighbourhood(division, qtbot):
    page = open_page(qtbot, division.desk)
    vanier = next(p for p in page.view.diagram.points
                  if p.point.neighbourhood_id == division.vanier["id"])
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, vanier.point.x, vanier.point.y))
    qtbot.waitUntil(lambda: page.title.text() == "Vanier")
    assert page.hoods.currentItem().text().startswith("Vanier\n")
    assert not page.view.diagram.overview
    assert [p.point.assessment_id for p in page.view.diagram.points] == [
        division.vanier_now["id"]]
    assert page.history.rowCount() == 1


def test_a_neighbourhood_shows_its_trajectory_history_and_quadrant_panel(division, qtbot):
    page = open_page(qtbot, division.desk)
    choose(qtbot, page, "Rideau Heights")
    points = page.view.diagram.points
    assert [p.point.assessment_id for p in points] == [division.first["id"],
                                                      division.second["id"]]
    assert [p.draggable for p in points] == [False, True]
    assert "Beat 2 - Eastview" in page.facts.text() and "population 4,200" in page.facts.text()
    history = [[page.history.item(row, column).text() for column in range(5)]
               for row in range(page.history.rowCount())]
    assert history == [
        ["2026-05-01", "Cst. J. Morin", "35.0", "60.0", "Enforcement & Crime Suppression"],
        ["2025-11-01", "Sgt. J. Tremblay", "20.0", "80.0", "Enforcement & Crime Suppression"]]
    area = page.view.diagram.quadrant_item("enforcement").rect()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, area.x() + 12, area.bottom() - 12))
    assert "Crime analysis" in page.panel.body.text()
    assert "Compton St. lot" in page.panel.body.text()


def test_clicking_a_point_opens_that_assessment(division, qtbot, opened):
    page = open_page(qtbot, division.desk)
    choose(qtbot, page, "Rideau Heights")
    first = page.view.point_item(division.first["id"]).point
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, first.x, first.y))
    assert len(opened.seen) == 1
    dialog = opened.seen[0]
    assert dialog.record["id"] == division.first["id"] and dialog.read_only
    page.history.setFocus()
    page.history.selectRow(0)
    qtbot.keyClick(page.history, Qt.Key.Key_Return)
    assert opened.seen[-1].record["id"] == division.second["id"]


def test_dragging_the_point_proposes_a_reassessment_and_ctrl_z_takes_it_back(
        division, qtbot, opened):
    desk = division.desk
    page = open_page(qtbot, desk)
    choose(qtbot, page, "Rideau Heights")

    def save(dialog):
        dialog.reason.set_value("The tenants' association runs the lot patrols now.")
        dialog.save()
        return QDialog.DialogCode.Accepted if dialog.saved_id else QDialog.DialogCode.Rejected

    opened.then = save
    layout = page.view.layout_shown
    current = page.view.point_item(division.second["id"]).point
    target = layout.to_xy(75, 20)
    qtbot.mousePress(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, current.x, current.y))
    qtbot.mouseMove(page.view.viewport(), screen_pos(page, *target))
    qtbot.mouseRelease(page.view.viewport(), Qt.MouseButton.LeftButton,
                       pos=screen_pos(page, *target))
    assert len(opened.seen) == 1
    dialog = opened.seen[0]
    assert dialog.proposal is not None
    assert dialog.proposal.capacity == pytest.approx(75, abs=1)
    assert dialog.proposal.threat == pytest.approx(20, abs=1)
    assert dialog.saved_id, dialog.error.text()
    saved = desk.assessments.get(dialog.saved_id)
    assert saved["neighbourhood_id"] == division.rideau["id"]
    assert saved["quadrant"] == "safety"
    qtbot.waitUntil(lambda: len(page.view.diagram.points) == 3)
    assert page.view.diagram.current_point().point.assessment_id == dialog.saved_id
    assert page.history.rowCount() == 3
    assert "Community Safety & Consultation" in page.hoods.currentItem().text()

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.view.diagram.points) == 2)
    assert desk.assessments.latest(division.rideau["id"])["id"] == division.second["id"]
    assert page.view.diagram.current_point().point.assessment_id == division.second["id"]
    assert page.history.rowCount() == 2
    assert page.title.text() == "Rideau Heights"


def test_new_assessment_by_keyboard_and_profile_pdf_asks_the_window(division, qtbot, opened):
    page = open_page(qtbot, division.desk)
    choose(qtbot, page, "Vanier")
    page.hoods.setFocus()
    qtbot.keyClick(page.hoods, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(opened.seen) == 1 and opened.seen[0].proposal is None
    assert opened.seen[0].neighbourhood_id == division.vanier["id"]
    with qtbot.waitSignal(page.profile_requested) as asked:
        qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    assert asked.args == [division.vanier["id"]]


def test_details_change_the_name_and_population_and_ctrl_z_puts_them_back(division, qtbot):
    desk = division.desk
    page = open_page(qtbot, desk)
    choose(qtbot, page, "Vanier")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    name, population = dialog.form.fields["name"], dialog.form.fields["population"]
    assert name.text() == "Vanier" and population.text() == "16000"
    name.selectAll()
    qtbot.keyClicks(name, "Vanier Nord")
    population.selectAll()
    qtbot.keyClicks(population, "sixteen")
    qtbot.keyClick(population, Qt.Key.Key_Return)
    assert dialog.form.error_text("population") == (
        "Population must be a whole number, not 'sixteen'.")
    population.selectAll()
    qtbot.keyClicks(population, "16,500")
    qtbot.keyClick(population, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.title.text() == "Vanier Nord")
    stored = desk.neighbourhoods.get(division.vanier["id"])
    assert (stored["name"], stored["population"]) == ("Vanier Nord", 16500)
    assert page.hoods.currentItem().text().startswith("Vanier Nord\n")
    assert "population 16,500" in page.facts.text()

    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.hoods.setFocus()
    qtbot.keyClick(page.hoods, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.title.text() == "Vanier")
    assert desk.neighbourhoods.get(division.vanier["id"])["name"] == "Vanier"


def test_ctrl_n_adds_a_neighbourhood_in_a_beat_and_opens_it(division, qtbot):
    desk = division.desk
    page = open_page(qtbot, desk)
    page.hoods.setFocus()
    qtbot.keyClick(page.hoods, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.form.fields["name"], Qt.Key.Key_Return)
    assert dialog.form.error_text("name") == "Name is required."
    qtbot.keyClicks(dialog.form.fields["name"], "Overbrook")
    beats = dialog.form.fields["beat_id"]
    beats.setCurrentIndex(beats.findText("Beat 5 - Westboro"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.title.text() == "Overbrook")
    added = next(n for n in desk.neighbourhoods.list() if n["name"] == "Overbrook")
    assert added["beat_id"] == division.beat_west["id"]
    assert page.neighbourhood_id == added["id"]
    assert "not assessed yet" in page.facts.text()
    assert page.view.diagram.points == [] and page.history.rowCount() == 0


def test_a_quadrant_of_the_overview_lists_the_neighbourhoods_there_now(division, qtbot):
    page = open_page(qtbot, division.desk)
    area = page.view.diagram.quadrant_item("engagement").rect()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, area.right() - 12, area.bottom() - 12))
    text = page.panel.body.text()
    assert "Community Engagement &amp; Liaison" in page.panel.name.text()
    assert "Neighbourhoods here now (1)" in text
    assert "<li>Vanier · Beat 2 - Eastview · assessed 2026-10-01</li>" in text
    page.beat_filter.setCurrentIndex(page.beat_filter.findText("Beat 5 - Westboro"))
    page.beat_filter.activated.emit(page.beat_filter.currentIndex())
    assert "Neighbourhoods here now (0)" in page.panel.body.text()
    assert page.hoods.item(1).text() == "Westboro\nNot assessed yet\nBeat 5 - Westboro"


def test_an_empty_division_says_how_to_add_neighbourhoods(desk, qtbot):
    page = open_page(qtbot, desk)
    assert page.hoods.count() == 2
    hint = page.hoods.item(1)
    assert hint.text().startswith("No neighbourhoods here yet. Add one with New neighbourhood…")
    assert not hint.flags() & Qt.ItemFlag.ItemIsSelectable
    assert page.title.text() == "Division overview" and page.view.diagram.points == []


def test_profile_pdf_opens_the_windows_pdf_options_for_that_neighbourhood(desk, qtbot):
    small_division(desk)
    window = show_window(qtbot, desk)
    window.show_page(next(i for i in range(window.pages.count())
                          if isinstance(window.page(i), NeighbourhoodsPage)))
    page = window.pages.currentWidget()
    choose(qtbot, page, "Rideau Heights")
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PdfOptionsDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Print the profile of Rideau Heights." in [
        label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()


def test_a_quadrant_chosen_on_the_overview_is_not_kept_for_the_neighbourhood_opened(
        division, qtbot):
    page = open_page(qtbot, division.desk)
    area = page.view.diagram.quadrant_item("safety").rect()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, area.right() - 12, area.bottom() - 12))
    assert "Community Safety &amp; Consultation" in page.panel.name.text()
    vanier = next(p for p in page.view.diagram.points
                  if p.point.neighbourhood_id == division.vanier["id"])
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, vanier.point.x, vanier.point.y))
    qtbot.waitUntil(lambda: page.title.text() == "Vanier")
    assert page.panel.quadrant is None
    assert "Initiatives here" not in page.panel.body.text()
    assert not any(item.chosen for item in page.view.diagram.quadrant_items)
    # A quadrant chosen in a neighbourhood stays while it is redrawn, not for the next one.
    area = page.view.diagram.quadrant_item("enforcement").rect()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen_pos(page, area.x() + 12, area.bottom() - 12))
    page.refresh()
    assert page.panel.quadrant is not None
    choose(qtbot, page, "Rideau Heights")
    assert page.panel.quadrant is None


def test_a_neighbourhood_with_an_unknown_capacity_is_shown_not_yet_placed(division, qtbot):
    desk = division.desk
    desk.assessments.create({
        "neighbourhood_id": division.westboro["id"], "assessed_on": "2011-12-31",
        "assessor": "City of Toronto", "threat": 57.4, "capacity": None})
    page = open_page(qtbot, desk)
    assert page.hoods.item(3).text() == ("Westboro\nNot yet placed (capacity unknown)\n"
                                         "Beat 5 - Westboro · assessed 2011-12-31")
    choose(qtbot, page, "Westboro")
    assert "not yet placed: capacity unknown (threat 57.4, 2011-12-31)" in page.facts.text()
    assert [page.history.item(0, column).text() for column in range(5)] == [
        "2011-12-31", "City of Toronto", "unknown", "57.4", "not yet placed"]
    assert page.view.diagram.layout.points == ()
