"""The Today page opens what each line is about (Enter or a double-click) on its own page,
and an empty division is not told that every neighbourhood has a recent assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import press, show_window

from ui.pages.neighbourhoods_page import NeighbourhoodsPage
from ui.pages.today_page import TodayPage


def today(window) -> TodayPage:
    page = window.pages.currentWidget()
    assert isinstance(page, TodayPage)
    return page


def line(listing, start: str):
    return next(listing.item(row) for row in range(listing.count())
                if listing.item(row).text().startswith(start))


def double_click(qtbot, listing, item) -> None:
    listing.scrollToItem(item)
    at = listing.visualItemRect(item).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_enter_on_a_follow_up_opens_its_contact(qtbot, desk):
    division = small_division(desk)
    window = show_window(qtbot, desk, active=True)
    follow_ups = today(window).lists["follow_ups"]
    follow_ups.setFocus()
    follow_ups.setCurrentItem(line(follow_ups, "Overdue since"))
    press(qtbot, Qt.Key.Key_Return)
    page = window.pages.currentWidget()
    assert window.sidebar.currentItem().text() == "Contacts"
    assert page.form.record["id"] == division.lot_contact["id"]


def test_double_click_on_an_initiative_and_a_briefing_item_opens_them(qtbot, desk):
    division = small_division(desk)
    item = desk.briefing_items.create({"kind": "hazard", "title": "Dog at 12 Elm",
                                       "starts_at": "2026-11-20 07:00",
                                       "expires_at": "2026-12-20 07:00"})
    window = show_window(qtbot, desk, active=True)
    initiatives = today(window).lists["initiatives"]
    double_click(qtbot, initiatives, initiatives.item(0))
    assert window.sidebar.currentItem().text() == "Initiatives"
    assert window.pages.currentWidget().form.record["id"] == division.lot["id"]

    window.show_page(0)
    items = today(window).lists["items"]
    double_click(qtbot, items, line(items, "Officer-safety hazard: Dog at 12 Elm"))
    assert window.sidebar.currentItem().text() == "Briefing items"
    assert window.pages.currentWidget().form.record["id"] == item["id"]


def test_enter_on_a_neighbourhood_to_assess_opens_it(qtbot, desk):
    small_division(desk)
    window = show_window(qtbot, desk, active=True)
    stale = today(window).lists["stale"]
    stale.setFocus()
    stale.setCurrentItem(line(stale, "Rideau Heights"))
    press(qtbot, Qt.Key.Key_Enter)
    page = window.pages.currentWidget()
    assert isinstance(page, NeighbourhoodsPage)
    assert page.title.text() == "Rideau Heights"


def test_an_empty_division_is_not_told_its_neighbourhoods_are_assessed(qtbot, desk):
    window = show_window(qtbot, desk)
    stale = today(window).lists["stale"]
    assert stale.count() == 1 and not stale.isEnabled()
    assert stale.item(0).text().startswith("No neighbourhood yet.")
    # The empty lists' hints open nothing.
    follow_ups = today(window).lists["follow_ups"]
    today(window).lists["follow_ups"].itemActivated.emit(follow_ups.item(0))
    assert isinstance(window.pages.currentWidget(), TodayPage)


def test_a_referral_holding_a_summary_is_listed_and_enter_opens_it(qtbot, desk):
    division = small_division(desk)
    old = desk.contacts.create({"occurred_at": "2026-11-20 10:00",
                                "kind": "Referral to a Situation Table",
                                "neighbourhood_id": division.vanier["id"],
                                "situation_table_agency": "CMHA"})
    desk.db.table("contact").update(old["id"], {"summary": "Mother called about her son"})
    window = show_window(qtbot, desk, active=True)
    follow_ups = today(window).lists["follow_ups"]
    # Added once the page has painted (they look at every referral of the division).
    qtbot.waitUntil(lambda: any(follow_ups.item(row).text().startswith("Review the Situation")
                                for row in range(follow_ups.count())))
    follow_ups.setFocus()
    follow_ups.setCurrentItem(line(follow_ups, "Review the Situation Table referral of "
                                               "2026-11-20"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.sidebar.currentItem().text() == "Contacts"
    assert window.pages.currentWidget().form.record["id"] == old["id"]
