"""The pieces of the quadrant diagram on a QGraphicsScene, each drawn from the plain data
of `ompm_desktop.diagram.shapes`. Scene units are points, as in the layout."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ompm_desktop.diagram.shapes import Arrow, DiagramPoint, Label, QuadrantArea, Shape
from ompm_desktop.diagram.text import PAD
from ompm_desktop.paths import resource_path

# A scene lays text out at 96 dots per inch; the layout measures it in points.
POINTS_TO_FONT = 72 / 96
TEXT_ZOOM = 10.0  # labels are drawn from a font this many times their size (_text_font)
MIN_HIT_RADIUS = 7.0  # a point is at least 14 units across to click, whatever its size
FOCUS_COLOUR = QColor("#000000")

PATTERNS = {
    "cross-hatch": Qt.BrushStyle.DiagCrossPattern,
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "dots": Qt.BrushStyle.Dense7Pattern,
}


FONT_FAMILY = "DejaVu Sans"  # the font the layout measures text in, shipped with the app
_fonts_loaded = False


def _load_fonts() -> None:
    global _fonts_loaded
    if not _fonts_loaded:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            path = resource_path("fonts", name)
            if path.is_file():
                QFontDatabase.addApplicationFont(str(path))
        _fonts_loaded = True


def faded(colour: str, opacity: float = 1.0) -> QColor:
    """A colour mixed with white (1.0: the colour itself), as the exports draw faint things,
    so that nothing under an older point shows through it."""
    base = QColor(colour)
    keep = min(1.0, max(0.0, opacity))
    return QColor(round(255 - (255 - base.red()) * keep),
                  round(255 - (255 - base.green()) * keep),
                  round(255 - (255 - base.blue()) * keep))


def scene_font(size: float, bold: bool = False) -> QFont:
    """A new font (the caller may change it); text_item shares one per size."""
    _load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size * POINTS_TO_FONT)
    font.setBold(bold)
    return font


@lru_cache(maxsize=32)
def _text_font(size: float, bold: bool) -> tuple[QFont, QFontMetricsF, float]:
    """The font a label of this size is drawn from, its metrics and the scale that brings
    it down to the label's size, made once: a scene has hundreds. Qt rounds a font to whole
    pixels (an 8.5-point name came out at 9, 6 % wider than the layout measured it and over
    the point beside it), so the text is drawn from a font TEXT_ZOOM times larger."""
    _load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(size * TEXT_ZOOM)))
    font.setBold(bold)
    return font, QFontMetricsF(font), size / font.pixelSize()


def text_item(label: Label, parent: QGraphicsItem | None = None) -> QGraphicsSimpleTextItem:
    """A label placed as the layout says: (x, y) is its baseline point, at its anchor, and
    as wide as the box the layout measured for it (the PDFs draw it so)."""
    item = QGraphicsSimpleTextItem(label.text, parent)
    font, metrics, factor = _text_font(label.size, label.bold)
    item.setFont(font)
    item.setBrush(QColor(label.colour))
    width = metrics.horizontalAdvance(label.text) * factor
    stretch = 1.0
    if label.box is not None and not label.rotation and width > 0:
        stretch = min(1.1, max(0.9, (label.box.width - 2 * PAD) / width))
    width *= stretch
    shift = {"start": 0.0, "middle": -width / 2, "end": -width}[label.anchor]
    transform = QTransform()
    transform.rotate(-label.rotation)  # the layout turns counter-clockwise; Qt clockwise
    transform.translate(shift, -metrics.ascent() * factor)
    transform.scale(factor * stretch, factor)
    item.setTransform(transform)
    item.setPos(label.x, label.y)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the quadrant below
    return item


def shape_path(shape: Shape, radius: float) -> QPainterPath:
    """A point's mark, centred on (0, 0)."""
    path = QPainterPath()
    r = radius
    if shape == "square":
        side = r * 0.9
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
    elif shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.15), QPointF(r, r * 0.75),
                                   QPointF(-r, r * 0.75), QPointF(0, -r * 1.15)]))
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.2), QPointF(r * 1.2, 0),
                                   QPointF(0, r * 1.2), QPointF(-r * 1.2, 0),
                                   QPointF(0, -r * 1.2)]))
    elif shape == "hexagon":
        corners = [QPointF(r * math.cos(math.pi / 3 * k), r * math.sin(math.pi / 3 * k))
                   for k in range(7)]
        path.addPolygon(QPolygonF(corners))
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


def paint_focus_ring(painter: QPainter, rect: QRectF, round_: bool) -> None:
    """A ring that reads on any tint and in greyscale: white under black dashes."""
    for colour, style, width in ((QColor("#FFFFFF"), Qt.PenStyle.SolidLine, 3.0),
                                 (FOCUS_COLOUR, Qt.PenStyle.DashLine, 1.5)):
        pen = QPen(colour, width, style)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)


class QuadrantItem(QGraphicsRectItem):
    """A quadrant's field: pale tint, a greyscale-safe pattern, a border in full colour."""

    def __init__(self, area: QuadrantArea) -> None:
        rect = area.rect
        super().__init__(QRectF(rect.x, rect.y, rect.width, rect.height))
        self.area = area
        self.chosen = False  # the quadrant the panel beside the diagram shows
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(area.name)
        self.setZValue(0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.rect()
        colour = QColor(self.area.colour)
        painter.fillRect(rect, QColor(self.area.tint))
        pattern = PATTERNS.get(self.area.pattern)
        if pattern is not None:
            ink = QColor(colour)
            ink.setAlpha(70)
            painter.fillRect(rect, QBrush(ink, pattern))
        pen = QPen(colour, 3.0 if self.chosen else 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        if self.isSelected():
            paint_focus_ring(painter, rect.adjusted(5, 5, -5, -5), round_=False)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.contains(event.pos()):
            scene = self.scene()
            if scene is not None:
                scene.clearSelection()
                self.setSelected(True)
                scene.quadrant_picked(self)  # type: ignore[attr-defined]


class ArrowItem(QGraphicsPathItem):
    """From an earlier place to a later one, with a head; the layout has already stopped it
    short of both points."""

    def __init__(self, arrow: Arrow) -> None:
        super().__init__()
        self.arrow = arrow
        colour = faded(arrow.colour, arrow.opacity)
        self.setZValue(3)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        dx, dy = arrow.x2 - arrow.x1, arrow.y2 - arrow.y1
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length > 0:
            ux, uy = dx / length, dy / length
            head = min(4.0 + 2 * arrow.width, length * 0.6)
            tip = QPointF(arrow.x2, arrow.y2)
            base = QPointF(arrow.x2 - ux * head, arrow.y2 - uy * head)
            path.moveTo(arrow.x1, arrow.y1)
            path.lineTo(base)
            side = QPointF(-uy * head * 0.45, ux * head * 0.45)
            head_path = QPainterPath()
            head_path.addPolygon(QPolygonF([tip, base + side, base - side, tip]))
            head_item = QGraphicsPathItem(head_path, self)
            head_item.setBrush(colour)
            head_item.setPen(QPen(Qt.PenStyle.NoPen))
        self.setPath(path)
        pen = QPen(colour, arrow.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)


class PointItem(QGraphicsObject):
    """A neighbourhood at one assessment: solid when it is the current place, hollow and
    fainter when older. The current point of one neighbourhood can be dragged."""

    def __init__(self, point: DiagramPoint, *, draggable: bool) -> None:
        super().__init__()
        self.point = point
        self.draggable = draggable
        self.hovered = False
        self._looks: dict[bool, tuple[QPainterPath, QPen, QBrush]] = {}
        self.home = QPointF(point.x, point.y)
        self.setPos(self.home)
        self.setToolTip(point.tooltip)
        self.setAcceptHoverEvents(True)
        self.setZValue(10 if point.current else 5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if draggable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(point.tooltip.replace("\n", ", "))

    def setAccessibleName(self, text: str) -> None:  # like QWidget's
        self.setData(0, text)

    @property
    def hit_radius(self) -> float:
        return max(self.point.radius, MIN_HIT_RADIUS)

    def boundingRect(self) -> QRectF:  # Qt's name
        r = self.hit_radius * 1.25 + 6
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.hit_radius, self.hit_radius)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path, pen, brush = self._look()
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)
        if self.isSelected():
            r = self.hit_radius * 1.25 + 4
            paint_focus_ring(painter, QRectF(-r, -r, 2 * r, 2 * r), round_=True)

    def _look(self) -> tuple[QPainterPath, QPen, QBrush]:
        """The mark's path, pen and brush, worked out once for each of its two sizes (a
        point is painted again at every scroll, zoom and hover)."""
        look = self._looks.get(self.hovered)
        if look is None:
            point = self.point
            colour = faded(point.colour, point.opacity)
            path = shape_path(point.shape, point.radius * (1.25 if self.hovered else 1.0))
            if not point.hollow:
                look = path, QPen(QColor("#FFFFFF"), 1.0), QBrush(colour)
            else:
                look = path, QPen(colour, 1.8), QBrush(QColor("#FFFFFF"))
            self._looks[self.hovered] = look
        return look

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.draggable:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is None:
            return
        if self.draggable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        moved = self.pos() - self.home
        if abs(moved.x()) > 1 or abs(moved.y()) > 1:
            scene.point_dropped(self, self.pos())  # type: ignore[attr-defined]
        elif self.contains(event.pos()):
            scene.point_picked(self)  # type: ignore[attr-defined]

    def snap_back(self) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.setPos(self.home)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, self.draggable)


class DraggablePointItem(PointItem):
    """The current point of one neighbourhood, which a sergeant drags to propose a
    reassessment: kept inside the field, saying where it would land as it moves. (Apart from
    PointItem because PySide calls a Python itemChange for every change of every item that
    has one: ten per point as a scene is built.)"""

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            plot = self.scene().layout.plot  # type: ignore[attr-defined]
            x = min(plot.right, max(plot.x, value.x()))
            y = min(plot.bottom, max(plot.y, value.y()))
            self.scene().point_moving(self, QPointF(x, y))  # type: ignore[attr-defined]
            return QPointF(x, y)
        return super().itemChange(change, value)


def point_item(point: DiagramPoint, *, draggable: bool) -> PointItem:
    return (DraggablePointItem if draggable else PointItem)(point, draggable=draggable)
