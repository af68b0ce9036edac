"""The windows the menus open beside the main one (Find, Beats, Recently deleted, Audit log,
Sync, the model, Keyboard shortcuts, About): each imported when first opened, shown as the
window's `dialog` (tests find it there) and gone when closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from ompm_desktop.services.desk import Desk

if TYPE_CHECKING:
    from ui.beats_dialog import BeatsDialog
    from ui.sync.conflict_review import ConflictReviewDialog
    from ui.sync.sync_dialog import SyncDialog


class MenuWindows(QMainWindow):
    """What the main window is built on; the main window gives it these:"""

    desk: Desk
    undo_stack: QUndoStack
    dialog: QWidget | None
    open_record: Callable[[str, str], bool]
    load: Callable[[Desk], None]

    def show_beats(self) -> BeatsDialog:
        from ui.beats_dialog import BeatsDialog

        dialog: BeatsDialog = self._present(BeatsDialog(self.desk, self.undo_stack, self))
        return dialog

    def show_search(self) -> None:
        from ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.desk.context, self)
        dialog.chosen.connect(self.open_record)
        self._present(dialog, modal=True)

    def show_recently_deleted(self) -> None:
        from ui.recently_deleted_dialog import RecentlyDeletedDialog

        self._present(RecentlyDeletedDialog(self.desk, self.undo_stack, self))

    def show_audit_log(self) -> None:
        from ui.audit_log_dialog import AuditLogDialog

        self._present(AuditLogDialog(self.desk, self))

    def sync_with_hub(self) -> SyncDialog:
        from ui.sync.sync_dialog import SyncDialog

        dialog: SyncDialog = self._present(SyncDialog(self, self), modal=True)
        return dialog

    def review_sync_conflicts(self) -> ConflictReviewDialog:
        from ui.sync.conflict_review import ConflictReviewDialog

        dialog: ConflictReviewDialog = self._present(ConflictReviewDialog(self, self), modal=True)
        return dialog

    def _present(self, dialog: Any, *, modal: bool = False) -> Any:
        """Show a window of the app's (kept as self.dialog for tests), gone when closed."""
        from PySide6.QtCore import Qt  # its namespace is not made before the window shows

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def show_model_help(self) -> None:
        from ui.model_help import ModelHelpDialog

        self.dialog = ModelHelpDialog(self)
        self.dialog.show()

    def show_shortcuts(self) -> None:
        from ui.shortcuts_help import ShortcutsHelpDialog

        self.dialog = ShortcutsHelpDialog(self)
        self.dialog.show()

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        self.dialog = AboutDialog(self)
        self.dialog.show()
