"""Small parts of the assessment dialog: a box of a few lines of notes, and the style of
the label that shows a quadrant in its colours."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant


class NotesBox(QPlainTextEdit):
    """A few lines of text; Tab moves on. Its changes are read when saving, not signalled."""

    def __init__(self, lines: int, placeholder: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str) -> None:
        self.setPlainText(value)


def quadrant_style(quadrant: Quadrant) -> str:
    info = QUADRANTS[quadrant]
    return (f"QLabel {{ background: {info.tint}; color: #1a1a1a; border: 3px solid "
            f"{info.colour}; border-left-width: 14px; padding: 6px; font-weight: bold; }}")
