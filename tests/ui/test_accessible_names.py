"""Every control a person can reach has a name a screen reader can say: on every page of the
demo division, on every tab of its forms, and in each window the menus and pages open."""

from __future__ import annotations

from operator import attrgetter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget

from ompm_desktop.services.desk import Desk
from tests.ui.accessibility_walk import unnamed_controls, unnamed_in_every_tab
from ui.main_window import MainWindow
from ui.navigation import PAGES
from ui.pages.neighbourhoods_page import assessment_dialog_class


@pytest.fixture
def window(qtbot, demo_db):
    path = demo_db
    shown = MainWindow(Desk.open(path))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.desk.close()


def test_the_walk_finds_an_unnamed_box_and_takes_a_label_or_text_as_a_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    unnamed = QLineEdit(root)
    unnamed.setObjectName("nameless")
    labelled = QLineEdit(root)
    QLabel("&Badge", root).setBuddy(labelled)
    QPushButton("Save", root)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit 'nameless' in QWidget ''"]
    unnamed.setAccessibleName("follow_ups")  # a name in the code's words says nothing
    assert unnamed_controls(root) == ["QLineEdit 'nameless' in QWidget ''"]
    unnamed.setAccessibleName("Search")
    assert unnamed_controls(root) == []


@pytest.mark.parametrize("index", range(len(PAGES)), ids=[entry.title for entry in PAGES])
def test_every_control_of_a_page_has_a_name(window, index):
    window.show_page(index)
    page = window.pages.currentWidget()
    assert unnamed_in_every_tab(window) == []
    table = getattr(page, "table", None)
    if isinstance(table, QTableView) and table.model().rowCount():  # a record in the form
        table.selectRow(0)
        assert unnamed_in_every_tab(window) == []


def test_a_neighbourhood_shown_with_its_diagram_names_its_controls(window, qtbot):
    window.show_page(1)
    page = window.pages.currentWidget()
    hood = window.desk.neighbourhoods.list()[0]
    page.open_neighbourhood(hood["id"])
    assert page.neighbourhood_id == hood["id"]
    assert unnamed_in_every_tab(window) == []


MENU_WINDOWS = ("menu_windows.show_beats", "menu_windows.show_search",
                "menu_windows.show_recently_deleted", "menu_windows.show_audit_log",
                "new_database", "change_passphrase", "menu_windows.show_model_help",
                "menu_windows.show_shortcuts", "menu_windows.show_about")


@pytest.mark.parametrize("opener", MENU_WINDOWS)
def test_each_window_the_menus_open_names_its_controls(window, qtbot, opener):
    attrgetter(opener)(window)()
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert unnamed_in_every_tab(dialog) == []
    dialog.close()


def test_windows_the_pages_open_name_their_controls(window, qtbot):
    window.show_page(1)
    hoods = window.pages.currentWidget()
    neighbourhood = hoods.edit_neighbourhood(new=True)
    qtbot.waitExposed(neighbourhood)
    assert unnamed_in_every_tab(neighbourhood) == []
    neighbourhood.reject()
    hood_id = window.desk.neighbourhoods.list()[0]["id"]
    hoods.open_neighbourhood(hood_id)
    assessment = assessment_dialog_class()(window.desk, hoods.stack, hood_id, parent=hoods)
    qtbot.addWidget(assessment)
    assessment.show()
    qtbot.waitExposed(assessment)
    assert unnamed_in_every_tab(assessment) == []
    assessment.reject()
    window.show_page(5)
    shifts = window.pages.currentWidget()
    for dialog in (shifts.new_shift(), shifts.export_officer_calendars()):
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert unnamed_in_every_tab(dialog) == []
        dialog.reject()


def test_the_diagram_says_in_words_what_it_draws(window, qtbot):
    window.show_page(1)
    page = window.pages.currentWidget()
    hood = window.desk.neighbourhoods.list()[0]
    page.open_neighbourhood(hood["id"])
    view = page.findChild(QWidget, "diagram")
    history = window.desk.assessments.history(hood["id"])
    assert history
    described = view.accessibleDescription()
    for assessment in history:  # every point drawn, with its date and scores
        assert assessment["assessed_on"] in described
    assert "capacity" in described and "threat" in described
    view.setFocus(Qt.FocusReason.TabFocusReason)
    first = view.selected_item()
    assert first is not None and view.accessibleDescription() == str(first.data(0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.accessibleDescription() == str(view.selected_item().data(0)
                                               or view.selected_item().toolTip())
    assert view.accessibleDescription() != str(first.data(0))
