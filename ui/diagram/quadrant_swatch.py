"""A quadrant as a small swatch (in lists beside its name): its tint, its pattern and a
border in its colour, as on the diagram, so that it reads in greyscale too."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from ompm_desktop.model.quadrants import Quadrant
from ui.diagram.diagram_items import PATTERNS


def quadrant_icon(quadrant: str | None) -> QIcon:
    """A swatch of the quadrant beside its name in the list, tinted and patterned as on the
    diagram so that it reads in greyscale too (an empty box: not assessed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    rect = QRectF(1, 1, 14, 14)
    if quadrant:
        info = Quadrant(quadrant).info
        painter.fillRect(rect, QColor(info.tint))
        pattern = PATTERNS.get(info.pattern)
        if pattern is not None:
            painter.fillRect(rect, QBrush(QColor(info.colour), pattern))
        painter.setPen(QPen(QColor(info.colour), 2))
    else:
        painter.setPen(QPen(QColor("#9E9E9E"), 1, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    painter.end()
    return QIcon(pixmap)
