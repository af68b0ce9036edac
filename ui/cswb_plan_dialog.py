"""The CSWB plan in a window of its own (Go > CSWB plan), on the main window's undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.pages.cswb_plan_page import CswbPlanPage

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class CswbPlanDialog(QDialog):
    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Community Safety and Well-Being plan"))
        self.page = CswbPlanPage(desk, undo_stack, self)
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
