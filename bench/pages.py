"""Every page of the window opened on the large division, as the sidebar opens it: the page
made (its module imported the first time), shown and painted. Medians in milliseconds, by
page; nothing is asserted.

    .venv/bin/python bench/run.py --only pages
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget


def open_ms(factory: Any, desk: Any) -> float:
    """One page made, shown, laid out and painted whole (every child, as its first paint
    does): milliseconds. Painted with grab() rather than by waiting on the event loop for
    the window's paint, which on a shared machine adds the wait for a turn of the CPU at
    every wake-up; what a page leaves to a timer (the Shifts page's other beats) is after."""
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    page: QWidget = factory(desk, QUndoStack())
    page.resize(1280, 760)
    page.show()
    QApplication.sendPostedEvents()  # its layout and polish, as the first paint has them
    page.grab()
    took = (time.perf_counter() - start) * 1000
    page.close()
    page.deleteLater()  # gone before the next one: pages left about slow the ones after
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return took


def pages_open_ms(desk: Any, runs: int) -> dict[str, float]:
    """Each page's median open time, by its (English) title."""
    from ui.navigation import PAGES

    return {entry.title: statistics.median(open_ms(entry.factory, desk) for _ in range(runs))
            for entry in PAGES}


def figure_key(title: str) -> str:
    return "page_" + "_".join(title.lower().split()) + "_ms"
