"""The sidebar's pages, in order: one list. A page's module is imported, and the page built,
the first time it is shown, so the window opens with the Today page alone."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.pages.today_page import TodayPage

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

PageFactory = Callable[[Any, QUndoStack], QWidget]


@dataclass(frozen=True)
class PageEntry:
    title: str
    factory: PageFactory
    kind: str = ""  # the kind of record the page lists or opens ("" for none)


def _later(module: str, name: str) -> PageFactory:
    """A factory that imports the page's module when the page is first wanted."""

    def build(desk: Desk, stack: QUndoStack) -> QWidget:
        page_class = getattr(importlib.import_module(module), name)
        page: QWidget = page_class(desk, stack)
        return page

    return build


# Titles are marked for Qt Linguist in the window's context: it shows them with self.tr().
PAGES: tuple[PageEntry, ...] = (
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Today")),
              lambda desk, stack: TodayPage(desk)),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Neighbourhoods")),
              _later("ui.pages.neighbourhoods_page", "NeighbourhoodsPage"), "neighbourhood"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Partners")),
              _later("ui.pages.partners_page", "PartnersPage"), "partner"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Contacts")),
              _later("ui.pages.contacts_page", "ContactsPage"), "contact"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Initiatives")),
              _later("ui.pages.initiatives_page", "InitiativesPage"), "initiative"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Shifts")),
              _later("ui.pages.shifts_page", "ShiftsPage"), "shift"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Officers")),
              _later("ui.pages.officers_page", "OfficersPage"), "officer"),
    PageEntry(str(QT_TRANSLATE_NOOP("MainWindow", "Briefing items")),
              _later("ui.pages.briefing_items_page", "BriefingItemsPage"), "briefing_item"),
)
