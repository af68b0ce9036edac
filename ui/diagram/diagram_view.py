"""The quadrant diagram as a widget: zoom, fit, keyboard, hover, click and drag, all turned
into intents the page wires to services.

Mouse: hover a point for its date, assessor and scores; click a point to open it; click a
quadrant to show what it means; drag the current point to propose a reassessment.
Keyboard: Tab / arrow keys move between points, then quadrants (a ring shows which);
Enter opens a point; Space (or Enter) on a quadrant shows it; Shift+arrow keys move the
current point, Enter proposes the reassessment there and Esc puts it back; Ctrl+= / Ctrl+-
zoom, Ctrl+0 fits the window, Ctrl+C copies the diagram as an image.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsView, QMenu, QWidget

from ompm_desktop.diagram.overview import OverviewInSteps
from ompm_desktop.diagram.shapes import DiagramLayout
from ompm_desktop.errors import DeskError
from ui.diagram.diagram_export import export_file, render_image
from ui.diagram.diagram_items import PointItem, QuadrantItem
from ui.diagram.diagram_scene import DiagramScene
from ui.errors import show_error

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.25, 8.0
NUDGE = 5.0  # score units moved by one Shift+arrow key
NAMING_SLICE = 0.012  # seconds of placing names between two looks at the window's events


class DiagramView(QGraphicsView):
    point_activated = Signal(str)  # assessment id
    neighbourhood_activated = Signal(str)  # neighbourhood id (the overview)
    quadrant_clicked = Signal(str)  # Quadrant value
    point_dragged = Signal(float, float)  # (capacity, threat) the drop implies
    exported = Signal(str)  # the file written
    resized = Signal()  # the page may lay the diagram out again for the new size
    names_placed = Signal()  # the overview's names are on the scene (show_overview)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = DiagramScene(self)
        self.setScene(self.diagram)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Quadrant diagram"))
        self.setMinimumSize(260, 160)  # with a history under it in 512 pixels (150 %)
        # The overview's names, placed a slice at a time between paints (show_overview).
        self.naming: OverviewInSteps | None = None
        self.naming_timer = QTimer(self)
        self.naming_timer.setInterval(0)
        self.naming_timer.timeout.connect(self._place_some_names)
        self.fitted = True  # follows the window's size until the user zooms
        self.focus_index = -1  # which of focus_items has the ring
        self.diagram.point_picked_signal.connect(self._point_picked)
        self.diagram.quadrant_picked_signal.connect(self._quadrant_picked)
        self.diagram.point_dropped_signal.connect(self.point_dragged)
        self.zoom_in_action = self._action(self.tr("Zoom in"), self.zoom_in,
                                           ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = self._action(self.tr("Zoom out"), self.zoom_out, ["Ctrl+-"])
        self.fit_action = self._action(self.tr("Fit to window"), self.fit, ["Ctrl+0"])
        self.copy_action = self._action(self.tr("Copy diagram as image"), self.copy_image,
                                        ["Ctrl+C"])
        self.export_action = self._action(self.tr("Export SVG or PNG…"), self.export,
                                          ["Ctrl+Shift+E"])

    def _action(self, text: str, slot: Callable[[], object], keys: list[str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def menu_actions(self) -> list[QAction]:
        return [self.export_action, self.copy_action, self.zoom_in_action,
                self.zoom_out_action, self.fit_action]

    # ---- content ----------------------------------------------------------------------

    @property
    def layout_shown(self) -> DiagramLayout | None:
        return self.diagram.layout

    def set_layout(self, layout: DiagramLayout, *, overview: bool = False) -> None:
        self._stop_naming()
        self.diagram.show_layout(layout, overview=overview)
        self.focus_index = -1
        self.fit()
        self._describe()

    def show_overview(self, steps: OverviewInSteps) -> None:
        """The overview's points and arrows at once, their names when they are placed: from
        the first paint of the points on, a slice of the placing at a time between events, so
        the window paints and answers in between; `names_placed` says when they are on the
        scene. A hidden view places them when it is shown (or copied, or exported)."""
        self.set_layout(steps.first, overview=True)
        if steps.finished:
            self.names_placed.emit()
            return
        self.naming = steps  # begun once the points are painted (paintEvent)

    def finish_names(self) -> None:
        """Place the overview's names now (before copying or exporting what is shown)."""
        if self.naming is not None:
            self.naming.place_names()
            self._place_some_names()

    def _place_some_names(self) -> None:
        steps = self.naming
        if steps is None or not steps.place_names(NAMING_SLICE):
            return
        self._stop_naming()
        assert steps.layout is not None
        self.diagram.add_names(steps.layout)
        if self.fitted:
            self.fit()
        self.names_placed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        super().paintEvent(event)
        if self.naming is not None and not self.naming_timer.isActive():
            self.naming_timer.start()  # the points are on the screen: their names now

    def _stop_naming(self) -> None:
        self.naming_timer.stop()
        self.naming = None

    def _describe(self, item: QGraphicsItem | None = None) -> None:
        """What a screen reader says of the diagram: the point or quadrant the keyboard is
        on, or else every point drawn (who, when, scores) since it cannot see them."""
        if item is not None:
            text = str(item.data(0) or item.toolTip())
        else:
            text = "; ".join(str(point.data(0) or point.toolTip())
                             for point in self.diagram.points)
        self.setAccessibleDescription(text or self.tr("No assessment drawn yet."))
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def focus_items(self) -> list[QGraphicsItem]:
        """What Tab and the arrow keys go through: the points in order, then the quadrants."""
        return [*self.diagram.points, *self.diagram.quadrant_items]

    def point_item(self, assessment_id: str) -> PointItem:
        return next(p for p in self.diagram.points if p.point.assessment_id == assessment_id)

    # ---- zoom -------------------------------------------------------------------------

    def layout_size(self, smallest: tuple[float, float]) -> tuple[float, float]:
        """The size in points a layout should have to fill this view with its text at its
        true size; never below `smallest` (the view then scales the diagram down)."""
        if not self.isVisible():
            return smallest
        area = self.viewport().size()
        points_per_pixel = 72 / max(72.0, self.logicalDpiX())
        width = max(smallest[0], (area.width() - 4) * points_per_pixel)
        height = max(smallest[1], (area.height() - 4) * points_per_pixel)
        return float(round(width)), float(round(height))

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM / self.zoom(), min(MAX_ZOOM / self.zoom(), factor))
        self.scale(factor, factor)
        self.fitted = False

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.fitInView(self.diagram.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        if self.fitted:
            self.fit()
        self.resized.emit()

    # ---- copy and export --------------------------------------------------------------

    def copy_image(self) -> None:
        self.finish_names()
        QGuiApplication.clipboard().setImage(render_image(self.diagram))
        self._restore_ring()

    def export(self) -> Path | None:
        self.finish_names()
        layout = self.diagram.layout
        if layout is None:
            return None
        name = _file_stem(layout.title)
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the diagram"), name + ".svg",
            self.tr("SVG image (*.svg);;PNG image (*.png)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".svg", ".png"):
            path = path.with_suffix(".png" if "png" in selected.lower() else ".svg")
        try:
            written = export_file(layout, self.diagram, path)
        except (DeskError, OSError) as error:
            show_error(self, error if isinstance(error, DeskError) else str(error),
                       self.tr("Could not export the diagram"))
            return None
        self._restore_ring()
        self.exported.emit(str(written))
        return written

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addActions(self.menu_actions())
        menu.exec(event.globalPos())

    # ---- keyboard ---------------------------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt's name
        """Tab goes through the diagram's points and quadrants before leaving it."""
        items = self.focus_items()
        target = self.focus_index + (1 if forward else -1)
        if self.hasFocus() and items and 0 <= target < len(items):
            self.select_item(target)
            return True
        if self.hasFocus():
            self.select_item(-1)
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt's name
        super().focusInEvent(event)
        if self.focus_index < 0 and self.focus_items():
            reason = event.reason()
            backwards = reason == Qt.FocusReason.BacktabFocusReason
            self.select_item(len(self.focus_items()) - 1 if backwards else 0)

    def select_item(self, index: int) -> None:
        items = self.focus_items()
        self.diagram.clearSelection()
        self.focus_index = index if 0 <= index < len(items) else -1
        if self.focus_index >= 0:
            item = items[self.focus_index]
            item.setSelected(True)
            self.ensureVisible(item, 8, 8)
        self._describe(self.selected_item())

    def _restore_ring(self) -> None:
        if self.focus_index >= 0:
            self.select_item(self.focus_index)

    def selected_item(self) -> QGraphicsItem | None:
        items = self.focus_items()
        return items[self.focus_index] if 0 <= self.focus_index < len(items) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        item = self.selected_item()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        if key in arrows and modifiers & Qt.KeyboardModifier.ShiftModifier:
            if isinstance(item, PointItem) and item.draggable:
                self._nudge(item, *arrows[key])
            event.accept()
            return
        if key in arrows:
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            count = len(self.focus_items())
            if count:
                step = 1 if forward else -1
                self.select_item((self.focus_index + step) % count if self.focus_index >= 0
                                 else 0)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and item is not None:
            if isinstance(item, PointItem):
                if item.pos() != item.home:
                    self.diagram.point_dropped(item, item.pos())
                else:
                    self._point_picked(item)
            elif isinstance(item, QuadrantItem):
                self.diagram.quadrant_picked(item)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and isinstance(item, PointItem) and item.pos() != item.home:
            item.snap_back()
            if self.diagram.drag_note is not None:
                self.diagram.drag_note.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def _nudge(self, item: PointItem, capacity_step: int, threat_step: int) -> None:
        layout = self.diagram.layout
        assert layout is not None
        capacity, threat = layout.to_scores(item.pos().x(), item.pos().y())
        x, y = layout.to_xy(capacity + capacity_step * NUDGE, threat + threat_step * NUDGE)
        item.setPos(QPointF(x, y))

    # ---- intents ----------------------------------------------------------------------

    def _point_picked(self, item: PointItem) -> None:
        if self.diagram.overview:
            self.neighbourhood_activated.emit(item.point.neighbourhood_id)
        else:
            self.point_activated.emit(item.point.assessment_id)

    def _quadrant_picked(self, quadrant: str) -> None:
        self.diagram.choose_quadrant(quadrant)
        self.quadrant_clicked.emit(quadrant)


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in title.casefold()).strip("-")
    while "--" in stem:
        stem = stem.replace("--", "-")
    return "diagram-" + (stem or "neighbourhood")
