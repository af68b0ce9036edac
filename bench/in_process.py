"""Figures taken inside one process with Qt offscreen: the Contacts page opened and its first
rows painted, search as you type over every contact (typed a key at a time), and the division
overview's points shown, then its names placed. Medians in milliseconds; nothing is asserted."""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from timing import median_ms

# How a sergeant types into the search box: a key every 90 ms, and one hesitation after the
# first three letters, longer than the box's 180 ms pause, so that the part typed so far is
# searched (and its rows painted) while the rest of the word is still to come.
KEY_GAP_MS = 90
HESITATION_MS = 300
HESITATE_AFTER = 3
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


def search_ms(desk: Any) -> tuple[float, float]:
    """Search as you type on the Contacts page, each word typed a key at a time into an empty
    box (with the hesitation that searches a part of it): from the last key to the whole
    word's rows painted, which holds the box's 180 ms pause, and the part of that after the
    pause (the search itself and the paint). Medians over the words."""
    from ui.pages.contacts_page import ContactsPage

    page = ContactsPage(desk, QUndoStack())
    page.resize(1280, 760)
    page.show()
    _painted(page)
    box = page.filters.search
    box.setFocus()
    searched: list[float] = []  # when each search began (the pause over)
    page.filters.request_changed.connect(lambda _request: searched.append(time.perf_counter()))
    to_rows: list[float] = []
    after_pause: list[float] = []
    for word in SEARCH_WORDS:
        QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(box, Qt.Key.Key_Backspace)  # the last word out, as a user clears it
        page.filters.apply_now()
        _painted(page.table)
        for typed, letter in enumerate(word, start=1):
            QTest.keyClicks(box, letter)
            if typed < len(word):  # events handled meanwhile: the part typed may be searched
                QTest.qWait(HESITATION_MS if typed == HESITATE_AFTER else KEY_GAP_MS)
        last_key = time.perf_counter()
        while page.filters.request.search != word:  # until the pause is over and it searches
            application().processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        _painted(page.table)
        painted = time.perf_counter()
        to_rows.append((painted - last_key) * 1000)
        after_pause.append((painted - searched[-1]) * 1000)
    page.close()
    return statistics.median(to_rows), statistics.median(after_pause)


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
