"""Colours that stay readable on the system's palette: the house's reds and quadrant colours
are made for a light window, and some all but vanish on a dark one (or, amber, on white)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ERROR_ON_LIGHT = "#B71C1C"
ERROR_ON_DARK = "#FF8A80"
TEXT_CONTRAST = 4.5  # WCAG AA for body text


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is drawn light on dark (the desktop's dark mode or a dark theme)."""
    palette = _palette(palette)
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def luminance(colour: QColor) -> float:
    """Relative luminance, as WCAG defines it."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: str, palette: QPalette | None = None,
             role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """The colour itself when text in it reads well on the palette's background (`role`);
    otherwise mixed towards the palette's text colour just enough that it does, so red,
    amber, blue and green stay apart and legible on light and dark windows alike."""
    palette = _palette(palette)
    background = palette.color(role)
    text = palette.color(QPalette.ColorRole.WindowText)
    base = QColor(colour)
    for step in range(11):
        share = step / 10
        mixed = QColor.fromRgbF(base.redF() + (text.redF() - base.redF()) * share,
                                base.greenF() + (text.greenF() - base.greenF()) * share,
                                base.blueF() + (text.blueF() - base.blueF()) * share)
        if contrast(mixed, background) >= TEXT_CONTRAST:
            return mixed.name()
    return text.name()


def error_colour(palette: QPalette | None = None) -> str:
    return ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT


def error_style(bold: bool = False) -> str:
    """The style sheet of a refusal or warning label."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {error_colour()};{weight}"


# Where a theme draws fields in the window's own colour (high contrast: black on black), the
# platform style's frames vanish with it: draw them in the text colour.
FIELD_BORDERS = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView {
    border: 1px solid palette(window-text);
    border-radius: 2px;
    padding: 1px 3px;
}
"""


def house_style(sheet: str, palette: QPalette | None = None) -> str:
    """The app's style sheet (resources/style.qss) for this palette."""
    palette = _palette(palette)
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    if contrast(base, window) < 1.05:  # the same colour, near enough (light themes: 1.15)
        return FIELD_BORDERS + sheet  # the focus ring, after it, still wins
    return sheet
