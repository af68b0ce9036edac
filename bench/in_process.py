"""Figures taken inside one process with Qt offscreen: the Contacts page opened and its first
rows painted, search as you type over every contact, and the division overview's points
shown, then its names placed. Medians in milliseconds; nothing is asserted."""

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


def overview_ms(desk: Any, runs: int) -> tuple[float, float] | None:
    """The division overview as the Neighbourhoods page shows it, both from the same start (the
    view made, the layout begun): its points and arrows built and painted ("points shown"),
    then its names placed a slice at a time between events, added and painted ("names
    placed"). Medians of each; None until the diagram's scene exists."""
    try:
        from ompm_desktop.diagram.overview import OverviewInSteps
        from ui.diagram.diagram_view import DiagramView
    except ImportError:
        return None

    shown: list[float] = []
    named: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        view = DiagramView()
        view.resize(1000, 760)
        view.show_overview(OverviewInSteps(desk))
        view.show()
        _painted(view)
        shown.append((time.perf_counter() - start) * 1000)
        while view.naming is not None:  # the names still being placed
            application().processEvents()
        _painted(view)
        named.append((time.perf_counter() - start) * 1000)
        view.close()
    return statistics.median(shown), statistics.median(named)
