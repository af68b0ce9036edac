"""The first start on a computer: create your division (a new database, encrypted with a
passphrase), or look around a demo division first. Says where each is kept; the demo is
kept apart from the division and marked as a demo wherever it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.demo_division import DEMO_MARKING
from ompm_desktop.i18n import _, app_title


class FirstStartDialog(QDialog):
    """After exec(): `choice` is "create" or "demo" (accepted), or "" (quit)."""

    def __init__(self, division_path: Path, demo_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to {0}").format(app_title()))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<p>Nothing is set up on this computer yet.</p>"
            "<p><b>Create your division</b>: a new, empty database for your division's "
            "records, encrypted with a passphrase you choose. It is kept in<br>{0}</p>"
            "<p>Or <b>look around a demo division</b> first: a made-up division to try the "
            "app on. It is kept apart, in<br>{1}<br>and marked “{2}” in the title bar, the "
            "status bar and its PDFs. What you write there is not a record.</p>").format(
            division_path, demo_path, _(DEMO_MARKING)), self)
        text.setWordWrap(True)
        text.setMinimumWidth(600)  # wrapped at this width, the dialog's height fits it
        text.setObjectName("first_start_text")
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        self.create_button: QPushButton = buttons.addButton(
            self.tr("&Create my division…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button: QPushButton = buttons.addButton(
            self.tr("&Look around a demo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button: QPushButton = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(lambda: self._chosen("create"))
        self.demo_button.clicked.connect(lambda: self._chosen("demo"))
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.create_button.setDefault(True)  # Return creates (set once in the dialog)

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.accept()
