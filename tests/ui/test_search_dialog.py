"""Find anything (Ctrl+K): type, see every kind of record, arrows and Enter open one on its
page."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import focused, press, show_window, type_text

from ui.pages.briefing_items_page import BriefingItemsPage
from ui.pages.officers_page import OfficersPage
from ui.search_dialog import SearchDialog


@pytest.fixture
def division(desk):
    found = small_division(desk)
    found.bolo = desk.briefing_items.create({
        "kind": "bolo", "title": "Grey Honda Civic seen at the Compton St. lot",
        "starts_at": "2026-10-01 07:00", "expires_at": "2026-10-31 07:00"})  # expired
    return found


@pytest.fixture
def window(qtbot, desk, division):
    shown = show_window(qtbot, desk, active=True)
    return shown


def open_search(qtbot, window):
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(lambda: focused() is dialog.box)
    return dialog


def search(qtbot, dialog, text):
    with qtbot.waitSignal(dialog.results_shown, timeout=2000):
        type_text(qtbot, text)


def shown_rows(dialog):
    return [dialog.list.item(n).text().strip().split("\n")[0]
            for n in range(dialog.list.count())]


def test_type_arrow_enter_opens_an_expired_item_on_its_page(qtbot, window, division):
    window.sidebar.setFocus()
    dialog = open_search(qtbot, window)
    assert "Type a name" in dialog.note.text()
    search(qtbot, dialog, "compton")
    assert shown_rows(dialog) == [
        "Initiatives", "Compton St. lot",
        "Briefing items", "Grey Honda Civic seen at the Compton St. lot",
        "Contacts", "2026-11-20 14:00 · Meeting · Rideau Heights"]
    assert dialog.current_hit() == ("initiative", division.lot["id"])
    press(qtbot, Qt.Key.Key_Down)  # over the heading, to the briefing item
    assert dialog.current_hit() == ("briefing_item", division.bolo["id"])
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    page = window.pages.currentWidget()
    assert isinstance(page, BriefingItemsPage)
    assert window.sidebar.currentItem().text() == "Briefing items"
    assert page.form.record["id"] == division.bolo["id"]
    assert page.model.record_id(page.table.currentIndex().row()) == division.bolo["id"]
    assert page.form.state.text().startswith("<b>Expired</b>")


def test_ctrl_k_wins_over_a_text_box_and_up_stays_on_the_first(qtbot, window, division):
    window.show_page(window.page_index("officer"))
    page = window.pages.currentWidget()
    assert isinstance(page, OfficersPage)
    page.filters.search.setFocus()
    type_text(qtbot, "zzz")
    page.filters.search.setCursorPosition(0)  # on X11 a text box cuts to the end on Ctrl+K
    dialog = open_search(qtbot, window)
    assert page.filters.search.text() == "zzz"  # Ctrl+K did not cut the line
    search(qtbot, dialog, "4471")
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.current_hit() == ("officer", division.morin["id"])
    press(qtbot, Qt.Key.Key_Return)
    assert page.form.record["id"] == division.morin["id"]
    assert page.filters.search.text() == ""  # the search hid Morin: cleared to show her


def test_nothing_found_says_what_to_try(qtbot, window):
    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "xylophone")
    assert not dialog.list.isVisible()
    assert dialog.note.text().startswith("Nothing matches “xylophone”.")
    press(qtbot, Qt.Key.Key_Return)  # nothing to open: the dialog stays
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
