"""The windows the menus open beside the main one (Find, Beats, Recently deleted, Audit log,
Sync, the model, Keyboard shortcuts, About): each imported when first opened, kept as
`dialog` (tests find it there) and gone when closed. The main window owns one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

if TYPE_CHECKING:
    from ui.beats_dialog import BeatsDialog
    from ui.cswb_plan_dialog import CswbPlanDialog
    from ui.privacy.access_request_dialog import AccessRequestDialog
    from ui.sync.conflict_review import ConflictReviewDialog
    from ui.sync.sync_dialog import DeskHost, SyncDialog

Window = TypeVar("Window", bound=QDialog)


def record_windows() -> tuple[type[QWidget], ...]:
    """Windows of records opened from the menus: closed when another database is opened."""
    from ui.audit_log_dialog import AuditLogDialog
    from ui.beats_dialog import BeatsDialog
    from ui.recently_deleted_dialog import RecentlyDeletedDialog
    from ui.search_dialog import SearchDialog

    return (SearchDialog, RecentlyDeletedDialog, AuditLogDialog, BeatsDialog)


class MenuWindows:
    """Opens the menus' windows over `parent`, on the desk `host` shows (and reloads after
    a sync); a record chosen in Find is opened with `open_record`."""

    def __init__(self, parent: QMainWindow, host: DeskHost, undo_stack: QUndoStack,
                 open_record: Callable[[str, str], bool]) -> None:
        self.parent = parent
        self.host = host
        self.undo_stack = undo_stack
        self.open_record = open_record
        self.dialog: QWidget | None = None  # the last window opened, kept for tests

    def show_beats(self) -> BeatsDialog:
        from ui.beats_dialog import BeatsDialog

        return self.present(BeatsDialog(self.host.desk, self.undo_stack, self.parent))

    def show_cswb_plan(self) -> CswbPlanDialog:
        from ui.cswb_plan_dialog import CswbPlanDialog

        return self.present(CswbPlanDialog(self.host.desk, self.undo_stack, self.parent))

    def show_search(self) -> None:
        from ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.host.desk.context, self.parent)
        dialog.chosen.connect(self.open_record)
        self.present(dialog, modal=True)

    def show_recently_deleted(self) -> None:
        from ui.recently_deleted_dialog import RecentlyDeletedDialog

        self.present(RecentlyDeletedDialog(self.host.desk, self.undo_stack, self.parent))

    def show_audit_log(self) -> None:
        from ui.audit_log_dialog import AuditLogDialog

        self.present(AuditLogDialog(self.host.desk, self.parent))

    def show_access_request(self) -> AccessRequestDialog:
        from ui.privacy.access_request_dialog import AccessRequestDialog

        return self.present(AccessRequestDialog(self.host.desk, self.open_record, self.parent))

    def sync_with_hub(self) -> SyncDialog:
        from ui.sync.sync_dialog import SyncDialog

        return self.present(SyncDialog(self.host, self.parent), modal=True)

    def review_sync_conflicts(self) -> ConflictReviewDialog:
        from ui.sync.conflict_review import ConflictReviewDialog

        return self.present(ConflictReviewDialog(self.host, self.parent), modal=True)

    def present(self, dialog: Window, *, modal: bool = False) -> Window:
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

        self.dialog = ModelHelpDialog(self.parent)
        self.dialog.show()

    def show_shortcuts(self) -> None:
        from ui.shortcuts_help import ShortcutsHelpDialog

        self.dialog = ShortcutsHelpDialog(self.parent)
        self.dialog.show()

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        self.dialog = AboutDialog(self.parent)
        self.dialog.show()
