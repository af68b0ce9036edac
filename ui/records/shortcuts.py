"""Keyboard shortcuts that work only where they should."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(keys: str | QKeySequence | QKeySequence.StandardKey, parent: QWidget,
             slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
             ) -> QShortcut:
    """A shortcut active while the focus is in `parent` (or its children, by default)."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made
