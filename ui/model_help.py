"""Help > The model (F1): the four quadrants, who leads, what front-line officers do."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ompm_desktop.i18n import CATALOGUE_LOCALES, current_language
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.paths import resource_path
from ui.colours import readable


def model_html() -> str:
    """The model in the current language (the quadrants' words come from the core's
    catalogue)."""
    parts = [QCoreApplication.translate(
        "ModelHelpDialog",
        "<h2>Ontario's Mobilization &amp; Engagement Model of Community Policing</h2>")]
    actions_title = QCoreApplication.translate("ModelHelpDialog", "Front-line officer actions:")
    for info in QUADRANTS.values():
        actions = "".join(f"<li>{escape(a)}</li>" for a in info.action_labels)
        colour = readable(info.colour, role=QPalette.ColorRole.Base)  # on the browser's base
        parts.append(
            f"<h3 style='color:{colour}'>{escape(info.label)} "
            f"<small>({info.colour_label})</small></h3>"
            f"<p><b>{escape(info.lead_label)}.</b> {escape(info.meaning)}</p>"
            f"<p>{escape(actions_title)}</p><ul>{actions}</ul>")
    help_file = _help_file()
    if help_file.exists():
        parts.append(help_file.read_text(encoding="utf-8"))
    return "".join(parts)


def _help_file() -> Path:
    """The help page in the current language (model.fr_CA.html), else the English one."""
    locale = CATALOGUE_LOCALES.get(current_language())
    translated = resource_path("help", f"model.{locale}.html") if locale else None
    return translated if translated and translated.exists() else resource_path("help",
                                                                                "model.html")


class ModelHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The model"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setHtml(model_html())
        self.browser.setAccessibleName(self.tr("The model's quadrants"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 600)
