"""The quadrant diagram widget, driven like a person: hover, click, drag, keys, zoom."""

from __future__ import annotations

import pytest
from diagram_layouts import HISTORY, HOODS, neighbourhood_layout, overview_layout
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QHBoxLayout, QToolTip, QWidget
from records_division import small_division

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ui.diagram.diagram_view import DiagramView
from ui.diagram.quadrant_panel import QuadrantPanel


@pytest.fixture
def view(qtbot) -> DiagramView:
    shown = DiagramView()
    qtbot.addWidget(shown)
    shown.resize(700, 680)
    shown.set_layout(neighbourhood_layout(HISTORY))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def at(view: DiagramView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def centre_of(view: DiagramView, assessment_id: str) -> QPoint:
    point = view.point_item(assessment_id).point
    return at(view, point.x, point.y)


def test_hovering_a_point_shows_its_date_assessor_and_scores(qtbot, view):
    where = centre_of(view, "a2")
    qtbot.mouseMove(view.viewport(), where)
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == ("2025-11-01 · Sgt. J. Tremblay\nCapacity 35, threat 60\n"
                               "Enforcement & Crime Suppression")
    assert view.point_item("a2").hovered


def test_clicking_a_quadrant_shows_its_definition_actions_initiatives_and_contacts(qtbot, desk):
    d = small_division(desk)
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    view, panel = DiagramView(), QuadrantPanel(desk)
    row.addWidget(view, 3)
    row.addWidget(panel, 2)
    view.set_layout(neighbourhood_layout(HISTORY, neighbourhood_id=d.rideau["id"]))
    view.quadrant_clicked.connect(lambda q: panel.show_quadrant(q, d.rideau["id"]))
    box.resize(1100, 640)
    box.show()
    qtbot.waitExposed(box)
    assert "Click a quadrant" in panel.body.text()

    enforcement = view.diagram.quadrant_item(Quadrant.ENFORCEMENT).rect()
    with qtbot.waitSignal(view.quadrant_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=at(view, enforcement.x() + 30, enforcement.bottom() - 60))
    assert clicked.args == ["enforcement"]
    text = panel.body.text()
    assert panel.name.text() == "<b>Enforcement &amp; Crime Suppression</b>"
    # The model's words, quoted, with the source; the app's reading apart.
    assert "“Enforcement is an integral component of Community Policing where there are " \
        "threats to community safety and security”" in text
    assert "Source: Ontario Association of Chiefs of Police" in text
    assert "The app’s reading (not the model’s words)" in text
    assert "High threat, low community capacity: the app places" in text
    for action in QUADRANTS[Quadrant.ENFORCEMENT].actions:
        assert f"<li>{action}</li>" in text
    assert "Compton St. lot" in text and "Initiatives here (1)" in text
    assert "No contact logged for these actions yet" in text
    assert view.diagram.quadrant_item(Quadrant.ENFORCEMENT).chosen

    mobilization = view.diagram.quadrant_item(Quadrant.MOBILIZATION).rect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=at(view, mobilization.x() + 30, mobilization.bottom() - 30))
    text = panel.body.text()
    assert "Community Mobilization &amp; Crime Prevention" in panel.name.text()
    assert "Residents worried about the Compton St. lot after dark." in text
    assert "Contacts for mobilize partners" in text and "(1)" in text
    assert "No open initiative in this quadrant" in text
    assert not view.diagram.quadrant_item(Quadrant.ENFORCEMENT).chosen


def test_dragging_the_current_point_proposes_the_scores_of_the_drop_and_snaps_back(qtbot, view):
    current = view.point_item("a3")
    home = current.pos()
    layout = view.layout_shown
    target = layout.to_xy(70, 25)
    with qtbot.waitSignal(view.point_dragged) as dragged:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=centre_of(view, "a3"))
        qtbot.mouseMove(view.viewport(), at(view, (home.x() + target[0]) / 2, target[1]))
        assert view.diagram.drag_note.isVisible()
        qtbot.mouseMove(view.viewport(), at(view, *target))
        assert view.diagram.drag_text.endswith(": Community Safety & Consultation")
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, *target))
    capacity, threat = dragged.args
    tolerance = 100 / layout.plot.width / view.zoom() + 0.2  # a pixel on screen
    assert capacity == pytest.approx(70, abs=tolerance)
    assert threat == pytest.approx(25, abs=tolerance)
    assert current.pos() == home
    assert not view.diagram.drag_note.isVisible()


def test_earlier_points_do_not_move_and_a_click_opens_them(qtbot, view):
    assert not view.point_item("a1").draggable and view.point_item("a3").draggable
    with qtbot.waitSignal(view.point_activated) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "a1"))
    assert opened.args == ["a1"]


def test_keys_move_the_ring_between_points_and_enter_opens_the_one_chosen(qtbot, view):
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.point_item("a1").isSelected()  # focus lands on the oldest point
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.point_item("a2").isSelected() and not view.point_item("a1").isSelected()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.point_item("a3").isSelected()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    with qtbot.waitSignal(view.point_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["a2"]
    for _ in range(2):  # past the last point come the quadrants: Space shows one
        qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.quadrant_clicked) as shown:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown.args == [view.diagram.quadrant_items[0].area.quadrant.value]


def test_shift_arrows_move_the_current_point_and_enter_proposes_that_place(qtbot, view):
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select_item(2)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(view.point_dragged) as dragged:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dragged.args == [pytest.approx(60.0), pytest.approx(35.0)]
    assert view.point_item("a3").pos() == view.point_item("a3").home
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # Esc puts it back without proposing
    assert view.point_item("a3").pos() == view.point_item("a3").home


def test_zoom_with_keys_and_ctrl_wheel_then_fit_to_window(qtbot, view):
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    fitted = view.zoom()
    assert view.fitted
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * 1.2)
    assert not view.fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted / 1.2)
    middle = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(middle, QPointF(view.viewport().mapToGlobal(middle.toPoint())),
                        QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.2)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted) and view.fitted
    view.resize(900, 860)
    qtbot.waitUntil(lambda: view.zoom() > fitted * 1.1)  # a fitted diagram follows the window


def test_overview_points_open_their_neighbourhood_and_never_move(qtbot):
    view = DiagramView()
    qtbot.addWidget(view)
    view.resize(700, 680)
    view.set_layout(overview_layout(HOODS), overview=True)
    view.show()
    qtbot.waitExposed(view)
    assert not any(item.draggable for item in view.diagram.points)
    westboro = next(p for p in view.diagram.points if p.point.neighbourhood_id == "h3")
    with qtbot.waitSignal(view.neighbourhood_activated) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=at(view, westboro.point.x, westboro.point.y))
    assert opened.args == ["h3"]


def test_copy_puts_the_diagram_on_the_clipboard_as_an_image(qtbot, view):
    QGuiApplication.clipboard().clear()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == round(view.diagram.sceneRect().width() * 2)
    assert view.point_item("a1").isSelected()  # the ring comes back after the copy


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_export_writes_the_file_chosen(qtbot, view, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"rideau{suffix}"
    asked = []

    def choose(*args, **kwargs):
        asked.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    with qtbot.waitSignal(view.exported):
        view.export_action.trigger()
    assert asked == ["diagram-rideau-heights.svg"]
    assert target.is_file()
    if suffix == ".png":
        image = QImage(str(target))
        assert image.width() > 300 and image.height() > 300
    else:
        text = target.read_text(encoding="utf-8")
        assert "<svg" in text and "Enforcement" in text


def test_a_long_note_wraps_within_the_diagram(qtbot):
    """A note wider than the room under the legend goes on as many lines as it needs."""
    from dataclasses import replace

    note = ("149 of 200 names left off where there was no room: each point still names its "
            "neighbourhood when pointed at.")
    layout = replace(overview_layout(HOODS), notes=(note,))
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_layout(layout, overview=True)
    items = view.scene().note_items
    assert len(items) >= 2
    assert " ".join(item.text() for item in items) == note
    right = layout.legend_area.right if layout.legend_area else layout.width
    assert all(item.sceneBoundingRect().right() <= right + 1 for item in items)
