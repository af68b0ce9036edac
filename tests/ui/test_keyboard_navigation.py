"""Every page can be worked from the keyboard alone: Tab reaches each control in reading
order and comes back round to the sidebar (no trap), and the control with the focus shows a
ring in the palette's highlight colour."""

from __future__ import annotations

from operator import attrgetter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from records_helpers import active_window_on

from ompm_desktop.paths import resource_path
from tests.ui.accessibility_walk import tab_round, tab_stops
from ui.navigation import PAGES
from ui.shortcuts_help import ShortcutLine, ShortcutsHelpDialog, window_shortcuts


@pytest.fixture
def window(qtbot, demo_db):
    shown = active_window_on(qtbot, demo_db)
    yield shown
    shown.desk.close()


def describe(widgets) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}" for w in widgets]


def assert_tab_reaches_everything(window, qtbot) -> list[QWidget]:
    visited = tab_round(qtbot, window.sidebar)
    missed = [w for w in tab_stops(window) if w not in visited and w is not window.sidebar]
    assert describe(missed) == [], "Tab never reaches these"
    return visited


@pytest.mark.parametrize("index", range(len(PAGES)), ids=[entry.title for entry in PAGES])
def test_tab_goes_round_every_page_and_reaches_each_control(window, qtbot, index):
    window.show_page(index)
    visited = assert_tab_reaches_everything(window, qtbot)
    assert visited, "Tab from the sidebar goes nowhere on the page"
    assert all(window.pages.currentWidget().isAncestorOf(w) for w in visited)


@pytest.mark.parametrize("index", [i for i, entry in enumerate(PAGES)
                                   if entry.title not in ("Today", "Neighbourhoods", "Shifts")])
def test_a_list_page_is_read_top_down_then_list_then_form(window, qtbot, index):
    window.show_page(index)
    page = window.pages.currentWidget()
    page.table.selectRow(0)  # a record in the form: Delete shows
    visited = tab_round(qtbot, window.sidebar)
    fields = [w for w in visited if page.form.isAncestorOf(w)]
    order = [page.new_button, page.filters.search, page.table, fields[0], page.delete_button]
    assert [visited.index(w) for w in order] == sorted(visited.index(w) for w in order)
    # within the form, the fields go top to bottom as they are laid out
    tops = [w.mapTo(page.form, w.rect().topLeft()).y() for w in fields if w.isVisible()]
    assert tops == sorted(tops)


def test_tab_leaves_a_list_at_once_arrows_move_in_it(window, qtbot):
    window.show_page(2)  # Partners
    page = window.pages.currentWidget()
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.fields["name"]


def test_tab_goes_round_a_neighbourhood_and_its_diagram(window, qtbot):
    window.show_page(1)
    page = window.pages.currentWidget()
    page.open_neighbourhood(window.desk.neighbourhoods.list()[0]["id"])
    visited = assert_tab_reaches_everything(window, qtbot)
    assert page.findChild(QWidget, "diagram") in visited
    assert page.findChild(QWidget, "assessment_history") in visited


@pytest.fixture
def house_style(qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    yield qapp
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("kind", [QLineEdit, QPushButton])
def test_the_focused_control_has_a_ring_in_the_highlight_colour(qtbot, house_style, kind):
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    first, second = kind("First"), kind("Second")
    column.addWidget(first)
    column.addWidget(second)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    highlight = first.palette().color(first.palette().ColorRole.Highlight)

    def left_edge(widget: QWidget) -> QColor:
        return widget.grab().toImage().pixelColor(1, widget.height() // 2)

    assert left_edge(first) == highlight
    assert left_edge(second) != highlight
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert left_edge(second) == highlight and left_edge(first) != highlight


def test_help_lists_each_shortcut_of_the_menus_from_the_actions(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, ShortcutsHelpDialog)
    qtbot.waitExposed(dialog)
    shown = {(dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text())
             for row in range(dialog.table.rowCount())}
    assert {("Ctrl+K", "Edit > Find anything"), ("F1", "Help > The model"),
            ("Ctrl+1", "Go > Today"), ("Ctrl+8", "Go > Briefing items"),
            ("Ctrl+Shift+Z, Ctrl+Y", "Edit > Redo"),
            ("Ctrl+/", "Help > Keyboard shortcuts")} <= shown
    in_menus = [action for menu in window.menuBar().findChildren(QMenu)
                for action in menu.actions() if action.shortcuts()]
    assert len(shown) == len(in_menus) >= 17
    dialog.close()
    extra = window.menuBar().actions()[0].menu().addAction("&Print roll call…")
    extra.setShortcut(QKeySequence("Ctrl+Shift+R"))
    assert ShortcutLine("Ctrl+Shift+R", "File > Print roll call") in window_shortcuts(window)


MENU_WINDOWS = ("menu_windows.show_beats", "menu_windows.show_search",
                "menu_windows.show_recently_deleted", "menu_windows.show_audit_log",
                "new_database", "change_passphrase", "menu_windows.show_model_help",
                "menu_windows.show_shortcuts", "menu_windows.show_about")


@pytest.mark.parametrize("opener", MENU_WINDOWS)
def test_tab_goes_round_each_window_the_menus_open(window, qtbot, opener):
    attrgetter(opener)(window)()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert tab_stops(dialog), "nothing in the window takes the keyboard"
    if QApplication.focusWidget() not in tab_stops(dialog):
        tab_stops(dialog)[0].setFocus(Qt.FocusReason.TabFocusReason)
    # One Tab first: leaving a field may change what is enabled (Save greys out once the
    # list chooses a record), and the round starts from there.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    start = QApplication.focusWidget()
    visited = tab_round(qtbot, start)
    missed = [w for w in tab_stops(dialog) if w not in visited and w is not start]
    assert describe(missed) == [], "Tab never reaches these"
    dialog.close()
