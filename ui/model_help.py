"""Help > The model (F1): the model in its own words, then the app's reading of it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ompm_desktop.i18n import CATALOGUE_LOCALES, current_language
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.seed import (
    CRIME_PREVENTION_QUOTES,
    DEFINITIONS,
    ENGAGEMENT_SIDE,
    MOBILIZATION_SIDE,
    MODEL_NAME,
    side_of,
)
from ompm_desktop.paths import resource_path
from ui.colours import readable
from ui.model_words import action_html, quote_html, reading_heading, source_html


def model_html() -> str:
    """The model in its own words (quoted in English, the source named), then the app's
    reading of it: the quadrants' colours, who leads and the rules that place a
    neighbourhood, and how the app scores."""
    parts = [f"<h2>{action_html(MODEL_NAME)}</h2>",
             "<h3>" + escape(QCoreApplication.translate(
                 "ModelHelpDialog", "In the model’s own words")) + "</h3>", source_html()]
    for definition in DEFINITIONS:
        parts.append(f"<p><b>{escape(definition.term)}</b></p>{quote_html(definition.text)}")
    actions_title = QCoreApplication.translate("ModelHelpDialog", "Front-line officer actions:")
    for side in (MOBILIZATION_SIDE, ENGAGEMENT_SIDE):
        parts.append(f"<h3>{escape(side.heading)}</h3>")
        parts += [quote_html(line) for line in side.lines]
        for info in QUADRANTS.values():
            if side_of(info.high_capacity) is not side:
                continue
            actions = "".join(f"<li>{action_html(a)}</li>" for a in info.actions)
            colour = readable(info.colour, role=QPalette.ColorRole.Base)  # on the base
            parts.append(f"<h4 style='color:{colour}'>{escape(info.name)}</h4>"
                         f"<p>{escape(actions_title)}</p><ul>{actions}</ul>")
    said = QCoreApplication.translate(
        "ModelHelpDialog", "On crime prevention, as said in the consultation on the model:")
    parts.append(f"<p><b>{escape(said)}</b></p>")
    parts += [quote_html(line) for line in CRIME_PREVENTION_QUOTES]
    parts.append(reading_heading("h2"))
    for info in QUADRANTS.values():
        colour = readable(info.colour, role=QPalette.ColorRole.Base)
        parts.append(
            f"<h4 style='color:{colour}'>{escape(info.label)} "
            f"<small>({info.colour_label})</small></h4>"
            f"<p><b>{escape(info.lead_label)}.</b> {escape(info.meaning)}</p>")
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
