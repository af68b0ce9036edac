"""The main window's first size: what it wants, or the screen's available area where that
is smaller (a 1366x768 laptop at 150 % has 910x512 to give), so that no part of it opens
beyond the screen's edge."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's frame, before it is known (a title bar and thin borders).
FRAME_WIDTH, FRAME_HEIGHT = 12, 40


def fit_to_screen(window: QWidget, wanted: tuple[int, int], area: QRect | None = None) -> None:
    """Size `window` to `wanted`, within `area` (the screen's available geometry: less any
    panel or taskbar) and centred on it."""
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            window.resize(*wanted)
            return
        area = screen.availableGeometry()
    width = min(wanted[0], area.width() - FRAME_WIDTH)
    height = min(wanted[1], area.height() - FRAME_HEIGHT)
    window.resize(width, height)
    window.move(area.x() + (area.width() - width - FRAME_WIDTH) // 2,
                area.y() + (area.height() - height - FRAME_HEIGHT) // 2)
