"""Walking a window's widgets the way a screen reader meets them: which controls have no name,
and every state of the tabs in them (a control on a tab not shown is still a control)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QSlider, QGraphicsView, QTabBar)


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the widget's own, a buddy label's, a button's
    text, a combo box's current item."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside its own controls, named through their owner: the line edit of
    a spin box or an editable combo, a table's header (its cells are the table's column
    headers to a screen reader), scroll and corner buttons ("qt_" names)."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_")
            or isinstance(parent, (QAbstractSpinBox, QComboBox))
            or isinstance(widget, QHeaderView))


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible control under root (root too) that a screen reader would call nothing."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (not isinstance(widget, INTERACTIVE) or not widget.isVisible()
                or _part_of_another(widget)):
            continue
        if not accessible_name(widget):
            parent = widget.parentWidget()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(parent).__name__ if parent else None}"
                         f" {parent.objectName() if parent else ''!r}")
    return found


def every_tab(root: QWidget) -> Iterator[None]:
    """Show each tab of each visible tab widget under root in turn (then the first again)."""
    yield None
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first:
                tabs.setCurrentIndex(index)
                yield None
        tabs.setCurrentIndex(first)


def unnamed_in_every_tab(root: QWidget) -> list[str]:
    found: list[str] = []
    for _ in every_tab(root):
        found += [name for name in unnamed_controls(root) if name not in found]
    return found
