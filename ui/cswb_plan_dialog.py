"""The CSWB plan in a window of its own (Go > CSWB plan), on the main window's undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.pages.cswb_plan_page import CswbPlanPage
from ui.records.page_dialog import RecordPageDialog

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class CswbPlanDialog(RecordPageDialog):
    page: CswbPlanPage

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(lambda owner: CswbPlanPage(desk, undo_stack, owner), undo_stack,
                         parent)
        self.setWindowTitle(self.tr("Community Safety and Well-Being plan"))
