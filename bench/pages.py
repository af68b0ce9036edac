"""Every page of the window opened on the large division, as the sidebar opens it: the page
made (its module imported the first time) and shown, to the end of its first paint. Medians
in milliseconds, by page; nothing is asserted.

    .venv/bin/python bench/run.py --only pages
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """When the first paint of a window is over: a zero timer set in its first paint event
    fires once the paint (its children's too) is done, as the app's start-up measures it."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: float | None = None
        self._asked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        self.painted = time.perf_counter()


def open_ms(factory: Any, desk: Any) -> float:
    """One page made, shown and painted once: milliseconds."""
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    page: QWidget = factory(desk, QUndoStack())
    watch = _FirstPaint()
    page.installEventFilter(watch)
    page.resize(1280, 760)
    page.show()
    while watch.painted is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    took = (watch.painted - start) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return took


def pages_open_ms(desk: Any, runs: int) -> dict[str, float]:
    """Each page's median open time, by its (English) title."""
    from ui.navigation import PAGES

    return {entry.title: statistics.median(open_ms(entry.factory, desk) for _ in range(runs))
            for entry in PAGES}


def figure_key(title: str) -> str:
    return "page_" + "_".join(title.lower().split()) + "_ms"
