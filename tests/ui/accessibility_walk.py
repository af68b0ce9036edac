"""Walking a window's widgets the way a screen reader meets them: which controls have no name,
and every state of the tabs in them (a control on a tab not shown is still a control)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
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

IDENTIFIER = re.compile(r"[a-z]+(_[a-z]+)+")
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QSlider, QGraphicsView, QTabBar)


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the widget's own, a buddy label's, a button's
    text, a combo box's current item."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside its own controls, named through their owner: the line edit of
    a spin box or an editable combo, a scroll area's viewport, a table's header (its cells
    are the table's column headers to a screen reader), scroll and corner buttons ("qt_"
    names); a tab widget hands the focus to its tab bar, which is checked itself."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_")
            or isinstance(parent, (QAbstractSpinBox, QComboBox))
            or isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()
            or isinstance(widget, (QHeaderView, QTabWidget)))  # a tab widget's bar has focus


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible control under root (root too), and anything else Tab stops on, that a
    screen reader would call nothing."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if (not (isinstance(widget, INTERACTIVE) or reachable) or not widget.isVisible()
                or _part_of_another(widget)):
            continue
        name = accessible_name(widget)
        if not name or IDENTIFIER.fullmatch(name):  # "follow_ups" says nothing to a person
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


def tab_stops(window: QWidget) -> list[QWidget]:
    """The visible, enabled controls of window that Tab should reach (a control with a focus
    proxy counts as its proxy; Qt's own parts of a control count as the control)."""
    stops = []
    for widget in window.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and not _part_of_another(widget)):
            stops.append(widget)
    return stops


def tab_round(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from start until the focus comes back to it: each widget the focus was on,
    in order (a widget keeping the focus over several presses is listed once). Fails when
    the focus does not come back within `limit` presses: a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    visited: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"Tab after {visited[-1:]} left nothing with the focus"
        if now is start:
            return visited
        if not visited or visited[-1] is not now:
            visited.append(now)
    held = visited[-1] if visited else start
    raise AssertionError(f"Tab did not come back to {start.objectName()!r} in {limit} "
                         f"presses: caught in {type(held).__name__} {held.objectName()!r}")
