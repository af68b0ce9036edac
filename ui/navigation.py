"""The sidebar's pages, in order: one list, so a new page replaces a placeholder in one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ompm_desktop.model.quadrants import Quadrant
from ui.pages.briefing_items_page import BriefingItemsPage
from ui.pages.contacts_page import ContactsPage
from ui.pages.initiatives_page import InitiativesPage
from ui.pages.officers_page import OfficersPage
from ui.pages.partners_page import PartnersPage
from ui.pages.placeholder_page import PlaceholderPage
from ui.pages.shifts_page import ShiftsPage
from ui.pages.today_page import TodayPage

PageFactory = Callable[[Any, QUndoStack], QWidget]


@dataclass(frozen=True)
class PageEntry:
    title: str
    factory: PageFactory


def _neighbourhood_facts(desk: Any) -> list[str]:
    lines = []
    for hood in desk.neighbourhoods.list():
        latest = desk.assessments.latest(hood["id"])
        place = latest["quadrant"] if latest else ""
        name = Quadrant(place).label if place else "not assessed yet"
        lines.append(f"{hood['name']}: {name}")
    return lines or ["No neighbourhoods yet. Import a spreadsheet from File > Import."]


def _placeholder(title: str, purpose: str, facts: Callable[[Any], list[str]]) -> PageFactory:
    return lambda desk, stack: PlaceholderPage(title, purpose, facts, desk)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("Today", lambda desk, stack: TodayPage(desk)),
    PageEntry("Neighbourhoods", _placeholder(
        "Neighbourhoods", "Each neighbourhood's place on the model's quadrant diagram.",
        _neighbourhood_facts)),
    PageEntry("Partners", PartnersPage),
    PageEntry("Contacts", ContactsPage),
    PageEntry("Initiatives", InitiativesPage),
    PageEntry("Shifts", ShiftsPage),
    PageEntry("Officers", OfficersPage),
    PageEntry("Briefing items", BriefingItemsPage),
)
