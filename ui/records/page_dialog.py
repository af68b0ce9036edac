"""A records page in a window of its own, on the main window's undo stack: Undo and Redo
answer there too (the dialog is a window of its own), and closing it asks about unsaved
edits first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class RecordPageDialog(QDialog):
    def __init__(self, make_page: Callable[[QWidget], Any], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = make_page(self)
        undo = undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.resize(1000, 560)

    def reject(self) -> None:
        if self.page.confirm_leave():  # unsaved edits: save, drop, or stay
            super().reject()
