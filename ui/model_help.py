"""Help > The model (F1): the four quadrants, who leads, what front-line officers do."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.paths import resource_path
from ui.colours import readable


def model_html() -> str:
    parts = ["<h2>Ontario's Mobilization &amp; Engagement Model of Community Policing</h2>"]
    for info in QUADRANTS.values():
        actions = "".join(f"<li>{escape(a)}</li>" for a in info.actions)
        colour = readable(info.colour, role=QPalette.ColorRole.Base)  # on the browser's base
        parts.append(
            f"<h3 style='color:{colour}'>{escape(info.name)} "
            f"<small>({info.colour_name})</small></h3>"
            f"<p><b>{escape(info.who_leads)}.</b> {escape(info.definition)}</p>"
            f"<p>Front-line officer actions:</p><ul>{actions}</ul>")
    help_file = resource_path("help", "model.html")
    if help_file.exists():
        parts.append(help_file.read_text(encoding="utf-8"))
    return "".join(parts)


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
