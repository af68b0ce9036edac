"""The quadrant diagram on a QGraphicsScene: exactly what a DiagramLayout holds (the four
quadrants with their names, the axes, the trajectory, the initiatives), then the legend and
any notes below it. The scene says what was picked; the view turns that into intents."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem

from ompm_desktop.diagram.frame import NAME_INK
from ompm_desktop.diagram.shapes import DiagramLayout, DiagramPoint, Label, Marker
from ompm_desktop.i18n.dates import number
from ompm_desktop.model.quadrants import Quadrant, Thresholds, place
from ui.diagram.diagram_items import (
    ArrowItem,
    PointItem,
    QuadrantItem,
    faded,
    point_item,
    scene_font,
    shape_path,
    text_item,
)

LEGEND_SIZE = 8.0  # as the layout measures its legend and notes
NOTE_SIZE = 7.5
LEGEND_ROW = 14.0
NOTE_ROW = 11.0
PAPER = QColor("#FFFFFF")  # the diagram is drawn on paper, as it prints, in any palette
INK = "#212121"


class DiagramScene(QGraphicsScene):
    point_picked_signal = Signal(object)  # the PointItem clicked
    point_dropped_signal = Signal(float, float)  # the (capacity, threat) of a drop
    quadrant_picked_signal = Signal(str)  # the Quadrant value clicked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout: DiagramLayout | None = None
        self.overview = False
        self.points: list[PointItem] = []
        self.quadrant_items: list[QuadrantItem] = []
        self.drag_note: QGraphicsPathItem | None = None
        self.drag_text = ""  # what the note beside a dragged point says
        self.note_items: list[QGraphicsSimpleTextItem] = []
        self._notes_top = 0.0  # where the notes start, under the legend
        self.setBackgroundBrush(PAPER)

    # ---- drawing ----------------------------------------------------------------------

    def show_layout(self, layout: DiagramLayout, *, overview: bool = False) -> None:
        """Draw a layout. In the overview a point stands for a neighbourhood and none moves;
        in one neighbourhood's diagram its current point may be dragged."""
        self.clear()
        self.layout, self.overview = layout, overview
        self.points, self.quadrant_items = [], []
        self.drag_note = None
        self.note_items = []
        paper = self.addRect(QRectF(0, 0, layout.width, layout.height),
                             QPen(Qt.PenStyle.NoPen), PAPER)
        paper.setZValue(-10)
        for area in layout.quadrants:
            item = QuadrantItem(area)
            self.addItem(item)
            self.quadrant_items.append(item)
            for label in area.labels:
                self._label(label, z=1)
        for label in layout.axis_labels:
            self._label(label, z=1)
        for marker in layout.markers:
            self._marker(marker)
        for arrow in layout.arrows:
            self.addItem(ArrowItem(arrow))
        for point in layout.points:
            mark = point_item(point, draggable=point.current and not overview)
            self.addItem(mark)
            self.points.append(mark)
            self._name(point)
        bottom = self._legend_and_notes(layout)
        self.setSceneRect(QRectF(0, 0, layout.width, max(layout.height, bottom)))

    def add_names(self, layout: DiagramLayout) -> None:
        """The names of the points shown, and the notes, from the finished `layout` of the
        same points (its first stage is on the scene): what `show_layout` would draw."""
        assert self.layout is not None and len(layout.points) == len(self.points)
        self.layout = layout
        for item, point in zip(self.points, layout.points, strict=True):
            item.point = point
            self._name(point)
        for note in self.note_items:
            self.removeItem(note)
        self.note_items = []
        bottom = self._notes(layout, self._notes_top)
        self.setSceneRect(QRectF(0, 0, layout.width, max(layout.height, bottom)))

    def _name(self, point: DiagramPoint) -> None:
        if point.label is not None:
            self._backed_label(point.label, z=8)
        if point.leader is not None:
            x1, y1, x2, y2 = point.leader
            line = self.addLine(x1, y1, x2, y2, QPen(faded(point.colour, 0.55), 0.5))
            line.setZValue(7)

    def _label(self, label: Label, z: float) -> QGraphicsSimpleTextItem:
        item = text_item(label)
        item.setZValue(z)
        self.addItem(item)
        return item

    def _backed_label(self, label: Label, z: float) -> None:
        """A point's label on a white patch, readable over any pattern."""
        if label.box is not None:
            box = label.box
            path = QPainterPath()
            path.addRoundedRect(QRectF(box.x, box.y, box.width, box.height), 1.5, 1.5)
            patch = QGraphicsPathItem(path)
            patch.setBrush(PAPER)
            patch.setPen(QPen(Qt.PenStyle.NoPen))
            patch.setZValue(z - 0.1)
            patch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(patch)
        self._label(label, z)

    def _marker(self, marker: Marker) -> None:
        """An active initiative: a white box edged in its quadrant's colour, a bar on the left."""
        box = marker.box
        colour = QColor(NAME_INK.get(marker.quadrant, marker.quadrant.info.colour))
        path = QPainterPath()
        path.addRoundedRect(QRectF(box.x, box.y, box.width, box.height), 2, 2)
        frame = QGraphicsPathItem(path)
        frame.setBrush(PAPER)
        frame.setPen(QPen(colour, 0.8))
        frame.setZValue(2)
        frame.setToolTip(self.tr("Active initiative: {0}").format(marker.label.text))
        frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(frame)
        bar = self.addRect(QRectF(box.x, box.y, 2.5, box.height), QPen(Qt.PenStyle.NoPen),
                           colour)
        bar.setZValue(2.2)
        self._label(marker.label, z=2.5)

    def _legend_and_notes(self, layout: DiagramLayout) -> float:
        """The legend's entries in rows, left to right, then the notes; returns the bottom.
        They go where the layout keeps room for them, or else under it."""
        area = layout.legend_area
        if not layout.legend and not layout.notes:
            self._notes_top = area.y if area is not None else layout.height + 6
            return layout.height
        left = area.x if area is not None else layout.plot.x
        top = area.y if area is not None else layout.height + 6
        right = area.right if area is not None else layout.width - 8
        metrics = QFontMetricsF(scene_font(LEGEND_SIZE))
        line = LEGEND_ROW
        x, y = left, top
        for entry in layout.legend:
            width = 14 + metrics.horizontalAdvance(entry.text) + 16
            if x + width > right and x > left:
                x, y = left, y + line
            mark = QGraphicsPathItem(shape_path(entry.shape, 4.0))
            if entry.hollow:
                mark.setBrush(QColor("#FFFFFF"))
                mark.setPen(QPen(QColor(entry.colour), 1.5))
            else:
                mark.setBrush(QColor(entry.colour))
                mark.setPen(QPen(QColor("#FFFFFF"), 0.8))
            mark.setPos(x + 5, y + line / 2)
            self.addItem(mark)
            self._label(Label(entry.text, x + 14, y + line / 2 + LEGEND_SIZE * 0.35,
                              size=LEGEND_SIZE, colour=INK), z=1)
            x += width
        if layout.legend:
            y += line
        self._notes_top = y
        return self._notes(layout, y)

    def _notes(self, layout: DiagramLayout, top: float) -> float:
        """The notes from `top` down; returns the bottom."""
        area = layout.legend_area
        left = area.x if area is not None else layout.plot.x
        right = area.right if area is not None else layout.width - 8
        metrics = QFontMetricsF(scene_font(NOTE_SIZE))
        y = top
        for note in layout.notes:
            for line in _wrapped(note, right - left, metrics):  # a small diagram: more lines
                self.note_items.append(self._label(
                    Label(line, left, y + NOTE_SIZE, size=NOTE_SIZE, colour="#424242"), z=1))
                y += NOTE_ROW
            if not note:
                y += NOTE_ROW
        return y + 4

    # ---- what the items report ----------------------------------------------------------

    def point_picked(self, item: PointItem) -> None:
        self.point_picked_signal.emit(item)

    def quadrant_picked(self, item: QuadrantItem) -> None:
        self.quadrant_picked_signal.emit(item.area.quadrant.value)

    def point_moving(self, item: PointItem, at: QPointF) -> None:
        """While the current point is dragged, say what scores and quadrant it implies."""
        if self.layout is None:
            return
        capacity, threat = self.layout.to_scores(at.x(), at.y())
        quadrant = place(capacity, threat, _thresholds(self.layout))
        text = self.tr("Capacity {0}, threat {1}: {2}").format(
            number(capacity, 1), number(threat, 1), quadrant.label)
        self.drag_text = text
        if self.drag_note is None:
            self.drag_note = QGraphicsPathItem()
            self.drag_note.setZValue(20)
            self.drag_note.setBrush(QColor(INK))
            self.drag_note.setPen(QPen(Qt.PenStyle.NoPen))
            self.addItem(self.drag_note)
        path = QPainterPath()
        font = scene_font(9, bold=True)
        path.addText(0, 0, font, text)
        self.drag_note.setPath(path)
        width = QFontMetricsF(font).horizontalAdvance(text)
        x = min(max(at.x() - width / 2, 2.0), self.layout.width - width - 2)
        self.drag_note.setPos(x, max(at.y() - 16, 12.0))
        self.drag_note.show()

    def point_dropped(self, item: PointItem, at: QPointF) -> None:
        if self.drag_note is not None:
            self.drag_note.hide()
        item.snap_back()
        if self.layout is not None:
            self.point_dropped_signal.emit(*self.layout.to_scores(at.x(), at.y()))

    # ---- finding things ----------------------------------------------------------------

    def quadrant_item(self, quadrant: Quadrant | str) -> QuadrantItem:
        return next(item for item in self.quadrant_items
                    if item.area.quadrant == Quadrant(quadrant))

    def current_point(self) -> PointItem | None:
        return next((item for item in self.points if item.draggable), None)

    def choose_quadrant(self, quadrant: Quadrant | str | None) -> None:
        """Mark the quadrant the panel shows (a thicker border)."""
        for item in self.quadrant_items:
            item.chosen = quadrant is not None and item.area.quadrant == Quadrant(quadrant)
            item.update()


def _thresholds(layout: DiagramLayout) -> Thresholds:
    capacity, threat = layout.thresholds
    return Thresholds(capacity=capacity, threat=threat)


def _wrapped(text: str, width: float, metrics: QFontMetricsF) -> list[str]:
    """A note in lines no wider than `width`, broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
