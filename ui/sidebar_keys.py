"""A page's own keys (Ctrl+N, Ctrl+F, Ctrl+Shift+A) pressed while the sidebar has the
keyboard: the page shown answers them, as if the keyboard were in it.

An event filter, not QShortcuts: a shortcut's context names Qt's namespace, which PySide
makes whole (90-odd enums) the first time it is named, and the window must paint first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class SidebarKeys(QObject):
    def __init__(self, sidebar: QWidget, keys: tuple[str, ...],
                 answer: Callable[[str], None]) -> None:
        super().__init__(sidebar)
        self.keys = keys
        self.answer = answer
        self.known: dict[str, str] | None = None  # each key's portable text, when first asked
        sidebar.installEventFilter(self)

    def _pressed(self, event: QKeyEvent) -> str | None:
        if self.known is None:
            self.known = {QKeySequence(keys).toString(): keys for keys in self.keys}
        return self.known.get(QKeySequence(event.keyCombination()).toString())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        keys = self._pressed(event)
        if keys is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the sidebar takes it as a key press: no other shortcut fires
            return True
        self.answer(keys)
        return True
