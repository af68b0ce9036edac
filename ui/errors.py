"""The one place that shows errors to the user, and the hook that catches the unexpected."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop import __version__
from ompm_desktop.errors import DeskError
from ompm_desktop.logging_setup import log_file

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: DeskError | str, title: str = "") -> None:
    """A DeskError's message is already the user's message: show it as it is."""
    message = error.message if isinstance(error, DeskError) else str(error)
    QMessageBox.warning(parent, title or QApplication.translate("errors", "Cannot do that"),
                        message)


class ErrorReportDialog(QDialog):
    """Something unexpected happened: say so plainly and give a report to copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The app met an unexpected problem. Your saved records are safe.\n"
            "If it happens again, copy this report and send it to your IT support.\n"
            "The full log is in: {path}").format(path=log_file())))
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def error_report(kind: type[BaseException], value: BaseException,
                 trace: TracebackType | None) -> str:
    lines = traceback.format_exception(kind, value, trace)
    return (f"Community Policing Desk {__version__}\n"
            f"Python {platform.python_version()} on {platform.platform()}\n\n" + "".join(lines))


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        if isinstance(value, DeskError):
            show_error(QApplication.activeWindow(), value)
            return
        log.critical("Unexpected error", exc_info=(kind, value, trace))
        dialog = ErrorReportDialog(error_report(kind, value, trace),
                                   QApplication.activeWindow())
        hook.last_dialog = dialog  # type: ignore[attr-defined]  # kept for tests
        dialog.open()

    sys.excepthook = hook
