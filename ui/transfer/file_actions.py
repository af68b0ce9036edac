"""The File menu's Import…, Import neighbourhood boundaries…, Export…, Back up now,
Restore… and Review retention…, and the automatic backup when the app closes. The main
window adds them with two calls:

    self.transfer = TransferActions(self, lambda: self.desk)
    self.transfer.add_to_menu(file_menu)       # and connect transfer.data_changed to a reload

and calls `backup_on_close(self.desk)` as it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.backup import (
    auto_backup,
    back_up,
    backup_time,
    backups_folder,
    inspect_backup,
    restore_backup,
)

# The dialogs (and the export's kinds, the import's charset detection...) are imported when
# first opened, not with the window: its File menu holds only the actions.
if TYPE_CHECKING:
    from ompm_desktop.cswb.boundaries import BoundaryImport
    from ui.import_wizard.wizard import ImportWizard
    from ui.transfer.export_dialog import ExportDialog
    from ui.transfer.retention_dialog import RetentionDialog

log = logging.getLogger(__name__)


def backup_on_close(desk: Desk | None) -> Path | None:
    """The automatic backup: at most once a day, the last N kept. Never stops the app closing."""
    if desk is None or desk.path is None:
        return None
    try:
        return auto_backup(desk)
    except (DeskError, OSError):
        log.exception("The automatic backup of %s failed", desk.path)
        return None


class TransferActions(QObject):
    data_changed = Signal()  # an import or a restore changed the data: pages reload

    def __init__(self, window: QWidget, desk: Callable[[], Desk]) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.import_action = self._action(self.tr("&Import…"), self.import_file, "Ctrl+I")
        self.boundaries_action = self._action(self.tr("Import neighbourhood bo&undaries…"),
                                              self.import_boundaries)
        self.export_action = self._action(self.tr("&Export…"), self.export_file, "Ctrl+E")
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = self._action(self.tr("&Restore…"), self.restore)
        self.retention_action = self._action(self.tr("Review re&tention…"),
                                             self.review_retention)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])  # not setShortcut: see MainWindow
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.import_action, self.boundaries_action, self.export_action,
                self.backup_action,
                self.restore_action, self.retention_action]

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        menu.addAction(self.boundaries_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.retention_action)

    # ---- the actions -----------------------------------------------------------------

    def import_file(self) -> ImportWizard:
        from ui.import_wizard.wizard import ImportWizard

        wizard = ImportWizard(self.desk(), self.window)
        wizard.imported.connect(lambda _result: self.data_changed.emit())
        wizard.open()
        return wizard

    def import_boundaries(self) -> BoundaryImport | None:
        from ui.transfer.boundaries_import import BoundaryImporter

        result = BoundaryImporter(self.window, self.desk()).run()
        if result is not None:
            self.data_changed.emit()
        return result

    def export_file(self) -> ExportDialog:
        from ui.transfer.export_dialog import ExportDialog

        dialog = ExportDialog(self.desk(), self.window)
        dialog.accepted.connect(lambda: self._tell(
            self.tr("Exported"), self.tr("Exported {0} rows to {1}.").format(
                dialog.count, dialog.written)))
        dialog.open()
        return dialog

    def back_up_now(self) -> Path | None:
        try:
            made = back_up(self.desk())
        except (DeskError, OSError) as error:
            self._warn(self.tr("Backup failed"), getattr(error, "message", str(error)))
            return None
        self._tell(self.tr("Backed up"), self.tr("Backed up to {0}.").format(made))
        return made

    def restore(self) -> bool:
        desk = self.desk()
        if desk.path is None:
            return False
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(backups_folder(desk.path)),
            self.tr("Backups (*.db);;All files (*)"))
        if not chosen:
            return False
        try:
            info = inspect_backup(Path(chosen), desk.passphrase, beside=desk.path)
        except DeskError as error:
            self._warn(self.tr("Cannot restore"), error.message)
            return False
        taken = backup_time(Path(chosen))
        when = taken.strftime("%Y-%m-%d %H:%M") if taken else Path(chosen).name
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"),
            self.tr("Replace everything in this database with the backup of {when} "
                    "({records} contacts, partners and neighbourhoods)? The database as it is "
                    "now is kept aside first.").format(when=when, records=info.records),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = restore_backup(desk.path, Path(chosen), desk=desk)
        except (DeskError, OSError) as error:
            self._warn(self.tr("Cannot restore"), getattr(error, "message", str(error)))
            return False
        self.data_changed.emit()
        self._tell(self.tr("Restored"), self.tr(
            "Restored from {0}. The database as it was is kept in {1}.").format(
                Path(chosen).name, result.set_aside))
        return True

    def review_retention(self) -> RetentionDialog:
        from ui.transfer.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.desk(), self.window)
        dialog.accepted.connect(self.data_changed.emit)
        dialog.open()
        return dialog

    def scheduled_retention(self) -> RetentionDialog | None:
        """The service's retention review, when it is due and has something to erase."""
        from ompm_desktop.privacy.retention_schedule import scheduled_review
        from ui.transfer.retention_dialog import RetentionDialog

        try:
            review = scheduled_review(self.desk())
        except DeskError as error:
            log.warning("The scheduled retention review could not run: %s", error.message)
            return None
        if review is None:
            return None
        dialog = RetentionDialog(self.desk(), self.window, scheduled=review)
        dialog.accepted.connect(self.data_changed.emit)
        dialog.open()
        return dialog

    # ---- messages ----------------------------------------------------------------------

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
