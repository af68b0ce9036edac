"""File > Sync with station hub…: the hub's file is chosen once (kept in the database's
settings), then one button sends this laptop's changes and takes everyone else's, with a
progress bar and a summary. The window's connection is closed during the sync and the
database opened again after it, so every page shows what came in."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.encryption import WrongPassphraseError, looks_encrypted
from ompm_desktop.sync.conflict_log import ConflictLog
from ompm_desktop.sync.engine import SyncSummary, default_machine_name
from ui.errors import show_error
from ui.records.record_form import HINT_STYLE
from ui.sync.conflict_review import ConflictReviewDialog
from ui.sync.sync_runner import SyncRunner

HUB_SETTING = "sync_hub_path"


class DeskHost(Protocol):
    """The window that shows the database: its desk, and load() to show a reopened one."""

    desk: Desk

    def load(self, desk: Desk) -> None: ...


class SyncDialog(QDialog):
    def __init__(self, host: DeskHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.runner: SyncRunner | None = None
        self.summary: SyncSummary | None = None
        self._hub_passphrase: str | None = None
        self.setWindowTitle(self.tr("Sync with station hub"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Send the changes made on this laptop to the station hub, and take back the "
            "changes the other sergeants sent. A record edited on two laptops keeps the latest "
            "edit; the other version is kept for review. The database closes while it syncs "
            "and opens again after."))
        intro.setWordWrap(True)
        self.hub_label = QLabel()
        self.hub_label.setWordWrap(True)
        self.hub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose hub file…"))
        self.choose_button.clicked.connect(self.choose_hub)
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub_label, 1)
        hub_row.addWidget(self.choose_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(False)
        self.step_label = QLabel()
        self.step_label.setStyleSheet(HINT_STYLE)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(self.tr("&Sync now"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button = buttons.addButton(self.tr("S&top"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button = buttons.addButton(self.tr("&Review conflicts…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.start_sync)
        self.stop_button.clicked.connect(self.stop_sync)
        self.review_button.clicked.connect(self.review_conflicts)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(hub_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_state()

    # ---- the hub's file -------------------------------------------------------------

    def hub_path(self) -> Path | None:
        saved = self.host.desk.settings.get(HUB_SETTING)
        return Path(saved) if saved else None

    def choose_hub(self) -> None:
        start = self.hub_path() or (self.host.desk.path.parent if self.host.desk.path else None)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the station hub's file"), str(start or ""),
            self.tr("Databases (*.db *.sqlite);;All files (*)"))
        if not name:
            return
        path = Path(name)
        if self.host.desk.path and path.resolve() == self.host.desk.path.resolve():
            self._say(self.tr(
                "That is this laptop's own database. Choose the station hub's file (made with "
                "`python -m ompm_desktop hub --db HUBPATH --init-from YOURDATABASE`)."))
            return
        try:
            self.host.desk.settings.set(HUB_SETTING, str(path))
        except DeskError as error:
            show_error(self, error, self.tr("Cannot remember the hub"))
            return
        self._say("")
        self._show_state()

    # ---- the sync -------------------------------------------------------------------

    def _refusal(self) -> str:
        desk = self.host.desk
        if desk.path is None:
            return self.tr("This database is not a file, so it cannot be synced.")
        if desk.read_only:
            return self.tr("This database is open read-only (another copy of the app holds "
                           "it), so it cannot be synced. Close the other copy first.")
        hub = self.hub_path()
        if hub is None:
            return self.tr("Choose the station hub's file first.")
        if not hub.is_file():
            return self.tr("The station hub {hub} cannot be found. Plug in the drive it is "
                           "on, or choose the file again.").format(hub=hub)
        return ""

    def start_sync(self) -> None:
        refusal = self._refusal()
        if refusal:
            self._say(refusal)
            return
        desk = self.host.desk
        hub = self.hub_path()
        assert hub is not None and desk.path is not None
        hub_passphrase = self._hub_passphrase or desk.passphrase
        if not looks_encrypted(hub):
            hub_passphrase = None
        user = desk.settings.get("current_user")
        machine = f"{user} on {socket.gethostname()}" if user else default_machine_name()
        self._reopen = (desk.path, desk.passphrase, desk.context.clock, desk.actor)
        self.runner = SyncRunner(desk.path, hub, desk.passphrase, hub_passphrase, machine,
                                 desk.context.clock)
        self.runner.progressed.connect(self._progressed)
        self.runner.ended.connect(self._ended)
        idle_lock = getattr(self.host, "idle_lock", None)
        if idle_lock is not None:
            idle_lock.timer.stop()  # it reads the database; load() starts it again after
        desk.close()  # the app's own connection and writer lock, until the sync is done
        self._say("")
        self.progress.setValue(0)
        self.step_label.setText(self.tr("Starting…"))
        self.runner.start()
        self._show_state()

    def stop_sync(self) -> None:
        if self.runner is not None:
            self.runner.stop.set()
            self.step_label.setText(self.tr("Stopping after this step…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.step_label.setText(text)

    def _ended(self, summary: object, error: object) -> None:
        assert self.runner is not None
        self.runner.wait()
        self.runner.deleteLater()
        self.runner = None
        path, passphrase, clock, actor = self._reopen
        try:
            reopened = Desk.open(path, passphrase=passphrase, clock=clock, writer=True)
        except DeskError as reopen_error:
            show_error(self, reopen_error, self.tr("Cannot open the database again"))
        else:
            reopened.actor = actor
            self.host.load(reopened)  # every page reads the database again
        if isinstance(error, WrongPassphraseError) and error.path != path:
            self.step_label.setText("")
            if self._ask_hub_passphrase():
                self.start_sync()
            else:
                self._say(error.message)
            return
        if isinstance(error, DeskError):
            self.step_label.setText(self.tr("Not synced."))
            self._say(error.message)
        elif isinstance(summary, SyncSummary):
            self.summary = summary
            self.progress.setValue(self.progress.maximum())
            self.step_label.setText(self.tr("Done."))
            self._say(summary.describe())
        self._show_state()

    def _ask_hub_passphrase(self) -> bool:
        text, ok = QInputDialog.getText(
            self, self.tr("The hub's passphrase"),
            self.tr("This laptop's passphrase does not open the station hub. Type the hub's "
                    "passphrase:"), QLineEdit.EchoMode.Password)
        if ok and text:
            self._hub_passphrase = text
            return True
        return False

    # ---- the rest -------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """Put a result or a refusal under the progress bar, the dialog grown to show it all."""
        self.result_label.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint()
        self.resize(max(self.width(), wanted.width()), max(self.height(), wanted.height()))

    def review_conflicts(self) -> ConflictReviewDialog:
        dialog = ConflictReviewDialog(self.host, self)
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _show_state(self) -> None:
        running = self.runner is not None
        hub = self.hub_path() if not running else None
        if not running:
            self.hub_label.setText(self.tr("Station hub: {hub}").format(hub=hub) if hub else
                                   self.tr("No station hub chosen yet: choose its file (on the "
                                           "shared drive or USB stick)."))
        self.sync_button.setEnabled(not running and hub is not None)
        self.choose_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        waiting = 0 if running else ConflictLog(self.host.desk).count_unrestored()
        self.review_button.setEnabled(not running and waiting > 0)
        self.review_button.setText(self.tr("&Review conflicts ({count})…").format(count=waiting)
                                   if waiting else self.tr("&Review conflicts…"))

    def reject(self) -> None:
        if self.runner is None:  # a sync runs to its end (or its Stop) first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if self.runner is not None:
            event.ignore()
            return
        super().closeEvent(event)
