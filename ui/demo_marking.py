"""The demo's mark in the status bar: a made-up division says so, always in sight."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class DemoMarking(QLabel):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("demo_marking")
        self.setStyleSheet("QLabel { background: #b00020; color: white; font-weight: bold;"
                           " padding: 1px 8px; }")
        self.setText(self.tr("Demo division: not a record"))
        self.setToolTip(self.tr("A made-up division to try the app on. Create your own with "
                                "File > New database…"))
        window.statusBar().addPermanentWidget(self)


def mark_demo(window: QMainWindow, demo: bool) -> None:
    """Show the mark on a demo division's window, and hide it on any other."""
    mark = window.findChild(DemoMarking, "demo_marking")
    if mark is None:
        mark = DemoMarking(window)
    mark.setVisible(demo)
