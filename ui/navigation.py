"""The sidebar's pages, in order: one list, so a new page replaces a placeholder in one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.pages.briefing_items_page import BriefingItemsPage
from ui.pages.contacts_page import ContactsPage
from ui.pages.initiatives_page import InitiativesPage
from ui.pages.neighbourhoods_page import NeighbourhoodsPage
from ui.pages.officers_page import OfficersPage
from ui.pages.partners_page import PartnersPage
from ui.pages.shifts_page import ShiftsPage
from ui.pages.today_page import TodayPage

PageFactory = Callable[[Any, QUndoStack], QWidget]


@dataclass(frozen=True)
class PageEntry:
    title: str
    factory: PageFactory


PAGES: tuple[PageEntry, ...] = (
    PageEntry("Today", lambda desk, stack: TodayPage(desk)),
    PageEntry("Neighbourhoods", NeighbourhoodsPage),
    PageEntry("Partners", PartnersPage),
    PageEntry("Contacts", ContactsPage),
    PageEntry("Initiatives", InitiativesPage),
    PageEntry("Shifts", ShiftsPage),
    PageEntry("Officers", OfficersPage),
    PageEntry("Briefing items", BriefingItemsPage),
)
