"""Figures taken inside one process with Qt offscreen: the Contacts page opened and its first
rows painted, search as you type over every contact, and the division overview's scene
built and painted. Medians in milliseconds; nothing is asserted."""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from timing import median_ms

# Twenty words a sergeant types into the search box, whole and as typed so far.
SEARCH_WORDS = ("graffiti", "parking", "lighting", "speeding", "noise", "bike", "loitering",
                "break", "drug", "youth", "tenant", "school", "mental", "seniors", "park",
                "snow", "shoplifting", "plaza", "lane", "meeting")


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def _painted(widget: QWidget) -> None:
    application().processEvents()
    widget.grab()  # paints the whole widget now, as the screen would


def contacts_open_ms(desk: Any, runs: int) -> float:
    from ui.pages.contacts_page import ContactsPage

    kept: list[QWidget] = []

    def open_page() -> None:
        page = ContactsPage(desk, QUndoStack())
        page.resize(1280, 760)
        page.show()
        _painted(page)
        kept.append(page)

    took = median_ms(open_page, runs)
    for page in kept:
        page.close()
        page.deleteLater()
    return took


def search_ms(desk: Any) -> float:
    """From a word in the search box to the matching rows painted: median over the words."""
    from ui.pages.contacts_page import ContactsPage

    page = ContactsPage(desk, QUndoStack())
    page.resize(1280, 760)
    page.show()
    _painted(page)
    times = []
    for word in SEARCH_WORDS:
        start = time.perf_counter()
        page.filters.set_search(word)
        page.filters.apply_now()
        _painted(page.table)
        times.append((time.perf_counter() - start) * 1000)
    page.close()
    return statistics.median(times)


def overview_ms(desk: Any, runs: int) -> float | None:
    """The division overview: layout computed, scene built and painted. None until the
    diagram's scene exists."""
    try:
        from ompm_desktop.diagram.overview import overview_layout
        from ui.diagram.diagram_view import DiagramView
    except ImportError:
        return None

    def build() -> None:
        view = DiagramView()
        view.resize(1000, 760)
        view.set_layout(overview_layout(desk), overview=True)
        view.show()
        _painted(view)
        view.close()

    return median_ms(build, runs)
