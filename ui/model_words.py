"""The model's own words as the window shows them: quoted in English as the model was
presented, the app's translation under them where the language is another, the source
named; and the app's reading set apart under a heading of its own."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ompm_desktop.i18n import _
from ompm_desktop.model.seed import SOURCE, translation


def quote_html(text: str) -> str:
    """A line of the model, word for word, and the app's translation labelled as such."""
    html = f"<p>“{escape(text)}”"
    translated = translation(text)
    if translated:
        label = QCoreApplication.translate("ModelWords", "The app’s translation:")
        html += f"<br><i>{escape(label)} {escape(translated)}</i>"
    return html + "</p>"


def source_html() -> str:
    label = QCoreApplication.translate("ModelWords", "Source:")
    return f"<p><small>{escape(label)} {escape(_(SOURCE))}</small></p>"


def reading_heading(level: str = "h3") -> str:
    text = QCoreApplication.translate("ModelWords", "The app’s reading (not the model’s words)")
    return f"<{level}>{escape(text)}</{level}>"


def action_html(text: str) -> str:
    """One of the model's names (a quadrant, an action), in English, and the app's
    translation after it where the language is another."""
    translated = translation(text)
    return escape(text) + (f" <i>({escape(translated)})</i>" if translated else "")
