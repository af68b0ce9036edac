"""A dark palette and a larger type, as a person with low vision sets the desktop; and the
labels whose text no longer fits them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def dark_palette() -> QPalette:
    """The dark palette of a desktop in dark mode (light text on near-black)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"), (roles.WindowText, "#E8EAED"), (roles.Base, "#17181A"),
        (roles.AlternateBase, "#26282B"), (roles.Text, "#E8EAED"), (roles.Button, "#303134"),
        (roles.ButtonText, "#E8EAED"), (roles.Highlight, "#2F65CA"),
        (roles.HighlightedText, "#FFFFFF"), (roles.ToolTipBase, "#303134"),
        (roles.ToolTipText, "#E8EAED"), (roles.PlaceholderText, "#9AA0A6"),
        (roles.Link, "#8AB4F8"), (roles.BrightText, "#FFFFFF"), (roles.Light, "#3C4043"),
        (roles.Midlight, "#35363A"), (roles.Mid, "#2A2B2E"), (roles.Dark, "#111214"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7F8389"))
    return palette


def high_contrast_palette() -> QPalette:
    """A high-contrast theme: white on black, yellow selection, nothing in between."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#000000"), (roles.WindowText, "#FFFFFF"), (roles.Base, "#000000"),
        (roles.AlternateBase, "#1A1A1A"), (roles.Text, "#FFFFFF"), (roles.Button, "#000000"),
        (roles.ButtonText, "#FFFFFF"), (roles.Highlight, "#FFFF00"),
        (roles.HighlightedText, "#000000"), (roles.ToolTipBase, "#000000"),
        (roles.ToolTipText, "#FFFFFF"), (roles.PlaceholderText, "#C0C0C0"),
        (roles.Link, "#00FFFF"), (roles.BrightText, "#FFFFFF"), (roles.Light, "#FFFFFF"),
        (roles.Midlight, "#C0C0C0"), (roles.Mid, "#808080"), (roles.Dark, "#FFFFFF"),
        (roles.Shadow, "#FFFFFF"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#00FF00"))
    return palette


PALETTES = {"dark": dark_palette, "high contrast": high_contrast_palette}


def larger(font: QFont, factor: float = 1.5) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    return bigger


def clipped_labels(root: QWidget) -> list[str]:
    """Visible one-line labels narrower or lower than their text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text().strip():
            continue
        need, have = label.sizeHint(), label.size()
        if need.width() > have.width() + 1 or need.height() > have.height() + 1:
            found.append(f"{label.objectName() or type(label.parentWidget()).__name__}: "
                         f"{label.text()[:40]!r} needs {need.width()}x{need.height()}, "
                         f"has {have.width()}x{have.height()}")
    return found
