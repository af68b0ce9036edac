"""The division overview shows its points at once and its names when they are placed, a
slice at a time between events: the scene then holds exactly what the overview laid out
at once draws, and copying or another layout never catches the names half placed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from ompm_desktop.diagram.overview import OverviewInSteps, overview_layout
from tests.core.test_diagram_layout import crowded_division
from ui.diagram.diagram_view import DiagramView


@pytest.fixture
def crowded(memory_desk):
    crowded_division(memory_desk, count=200)
    return memory_desk


def shown_view(qtbot) -> DiagramView:
    view = DiagramView()
    qtbot.addWidget(view)
    view.resize(900, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def drawn(view: DiagramView) -> list[tuple]:
    """Every item of the scene: its kind, where it is drawn and any text."""
    return sorted(
        (type(item).__name__, *(round(v, 2) for v in item.sceneBoundingRect().getRect()),
         item.text() if isinstance(item, QGraphicsSimpleTextItem) else "", item.zValue())
        for item in view.diagram.items())


def texts(view: DiagramView) -> list[str]:
    return [item.text() for item in view.diagram.items()
            if isinstance(item, QGraphicsSimpleTextItem)]


def test_points_first_then_names_where_the_whole_layout_puts_them(qtbot, crowded):
    whole = overview_layout(crowded)
    at_once = shown_view(qtbot)
    at_once.set_layout(whole, overview=True)

    view = shown_view(qtbot)
    steps = OverviewInSteps(crowded)
    with qtbot.waitSignal(view.names_placed, timeout=10_000):
        view.show_overview(steps)
        assert len(view.diagram.points) == 200
        assert not any(p.point.label for p in view.diagram.points)
        assert "Placing the names…" in texts(view)
        names = {p.label.text for p in whole.points if p.label}
        assert not names & set(texts(view))
        assert view.naming is steps and not view.naming_timer.isActive()
        view.grab()  # the points painted: the names are placed from now on
        assert view.naming_timer.isActive()
    assert view.naming is None and not view.naming_timer.isActive()
    assert view.layout_shown == whole
    assert "Placing the names…" not in texts(view)
    assert drawn(view) == drawn(at_once)
    assert [p.point for p in view.diagram.points] == list(whole.points)


def test_copying_while_names_are_placed_copies_them_all(qtbot, crowded):
    view = shown_view(qtbot)
    view.show_overview(OverviewInSteps(crowded))
    assert view.naming is not None
    QGuiApplication.clipboard().clear()
    view.copy_image()
    assert not QGuiApplication.clipboard().image().isNull()
    assert view.naming is None
    assert view.layout_shown == overview_layout(crowded)
    assert "Placing the names…" not in texts(view)


def test_another_layout_stops_the_names_of_the_one_before(qtbot, crowded):
    view = shown_view(qtbot)
    placed = []
    view.names_placed.connect(lambda: placed.append(True))
    view.show_overview(OverviewInSteps(crowded))
    other = overview_layout(crowded, width=700.0, height=600.0)
    view.set_layout(other, overview=True)
    assert view.naming is None and not view.naming_timer.isActive()
    for _ in range(20):  # a timer still running would fire here
        QApplication.processEvents()
    assert placed == [] and view.layout_shown == other


def test_a_small_division_is_named_at_once(qtbot, memory_desk):
    crowded_division(memory_desk, count=12)
    view = shown_view(qtbot)
    with qtbot.waitSignal(view.names_placed, timeout=1000):
        view.show_overview(OverviewInSteps(memory_desk))
    assert view.naming is None
    assert view.layout_shown == overview_layout(memory_desk)
    assert any(p.point.label for p in view.diagram.points)
