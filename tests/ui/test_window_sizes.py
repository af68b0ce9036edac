"""The window on a small screen: it opens within the screen's available area, and every
page keeps its buttons inside it, at 1024x700 and on a 1366x768 laptop at 150 % (which has
910x512 to give: Qt's scale leaves the fonts as they are within that logical size). The
division overview keeps the room its names need to be read."""

from __future__ import annotations

import pytest
from palette_and_scale import larger
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QPushButton,
    QTabBar,
    QWidget,
)

from ompm_desktop.paths import resource_path
from ompm_desktop.services.desk import Desk
from ui.colours import house_style as ui_house_style
from ui.main_window import MainWindow
from ui.pages.neighbourhoods_page import NeighbourhoodsPage
from ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

SCREENS = {"1024x700": QRect(0, 0, 1024, 700),
           "1366x768 at 150 %": QRect(0, 0, round(1366 / 1.5), round(768 / 1.5))}


@pytest.fixture(autouse=True)
def house_style(qapp):
    """The app's own style sheet, as it starts: its padding widens buttons and drop-downs."""
    qapp.setStyleSheet(ui_house_style(resource_path("style.qss").read_text(encoding="utf-8")))
    yield
    qapp.setStyleSheet("")


@pytest.fixture
def demo_desk(demo_db):
    opened = Desk.open(demo_db)
    opened.actor = "Sgt. Test"
    yield opened
    opened.close()


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request, monkeypatch) -> QRect:
    """The screen's available area, as the window asks for it."""
    area = SCREENS[request.param]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(area))
    return area


def fitted_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def scrolls_with_its_content(button: QWidget, page: QWidget) -> bool:
    """A button in a list or board that scrolls (a Take in the task board), or a tab bar's
    own arrows: reached by scrolling, not laid out in the page."""
    parent = button.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def buttons_cut_off(window: MainWindow) -> list[str]:
    page = window.pages.currentWidget()
    cut = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisible() or scrolls_with_its_content(button, page):
            continue
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        whole = button.visibleRegion().boundingRect() == button.rect() and (
            not isinstance(button, QPushButton) or button.width() >= button.sizeHint().width())
        if not window.rect().contains(where) or not whole:
            cut.append(f"{type(page).__name__}: {button.text() or button.objectName()}")
    return cut


def test_the_window_opens_within_the_screen(qtbot, demo_desk, screen):
    window = fitted_window(qtbot, demo_desk)
    framed = QRect(window.pos(), window.size() + QSize(FRAME_WIDTH, FRAME_HEIGHT))
    assert screen.contains(framed), (framed, screen)


def test_every_page_keeps_its_buttons_inside_the_window(qtbot, demo_desk, screen):
    window = fitted_window(qtbot, demo_desk)
    assert window.width() <= screen.width() and window.height() <= screen.height()
    size = window.size()
    cut = []
    for index in range(window.pages.count()):
        window.show_page(index)
        qtbot.wait(1)  # the page's own layout requests, as the window would see them
        assert window.size() == size, f"page {index} widened the window past the screen"
        cut += buttons_cut_off(window)
        page = window.pages.currentWidget()
        if isinstance(page, NeighbourhoodsPage):  # a neighbourhood, with its history
            page.hoods.setCurrentRow(1)
            qtbot.wait(1)
            assert window.size() == size, "a neighbourhood made the window taller than the screen"
            cut += buttons_cut_off(window)
    assert cut == []


def test_the_overview_keeps_its_names_readable_at_1024x700(qtbot, demo_desk, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCREENS["1024x700"])
    window = fitted_window(qtbot, demo_desk)
    window.show_page(1)
    page = window.pages.currentWidget()
    assert isinstance(page, NeighbourhoodsPage)
    qtbot.waitUntil(lambda: not page.relayout.isActive())
    page._lay_out_again()
    assert page.view.viewport().width() >= 500  # was about 260, beside the quadrant panel
    # The names at three quarters of their size at least (they were at two fifths): a
    # point of the layout is logicalDpi / 72 pixels at its true size.
    true_size = page.view.logicalDpiX() / 72
    assert page.view.zoom() >= 0.75 * true_size


@pytest.fixture
def large_type(qapp):
    font = qapp.font()
    qapp.setFont(larger(font))
    yield
    qapp.setFont(font)


def test_the_buttons_stay_whole_in_large_type_in_french(qtbot, demo_desk, monkeypatch,
                                                         french, large_type):
    """A record's buttons ("Passer à l'étape Évaluation", "Historique…") wrap onto another
    row where the form is narrow, instead of being cut."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 768))
    window = fitted_window(qtbot, demo_desk)
    cut = []
    for index in range(window.pages.count()):
        window.show_page(index)
        page = window.pages.currentWidget()
        if hasattr(page, "form"):
            page.table.selectRow(0)  # a record's own buttons
        qtbot.wait(1)
        cut += buttons_cut_off(window)
    assert cut == []


def test_a_long_partners_name_in_a_narrow_form_keeps_its_row(qtbot, demo_desk, monkeypatch,
                                                             french, large_type):
    """No horizontal scroll bar takes the row of the only partner chosen: the name is
    shortened, whole in its tooltip."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 768))
    window = fitted_window(qtbot, demo_desk)
    window.show_page(window.page_index("contact"))
    page = window.pages.currentWidget()
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        chosen = page.form.fields["partner_ids"].chosen
        if chosen.count() == 1 and chosen.sizeHintForColumn(0) > chosen.viewport().width():
            break
    else:
        pytest.fail("no contact with a partner's name wider than the form")
    qtbot.wait(1)
    assert not chosen.horizontalScrollBar().isVisible()
    assert chosen.visualItemRect(chosen.item(0)).bottom() < chosen.viewport().height()
    assert chosen.item(0).toolTip() == chosen.item(0).text()
