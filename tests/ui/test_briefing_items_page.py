"""The Briefing items page: a be-on-the-lookout gets its default expiry, expired items leave
the lists in force by themselves and are still found by a search."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import focused, press, show_page, tab, type_text

from ompm_desktop.queries import BRIEFING_ITEMS, ListRequest
from ui.pages.briefing_items_page import BriefingItemsPage


@pytest.fixture
def division(desk):
    return small_division(desk)


@pytest.fixture
def items(desk, division):
    """At 18:00 on 24 Nov 2026: one expired, one in force, one upcoming."""
    return {
        "expired": desk.briefing_items.create({
            "kind": "bolo", "title": "Grey Honda Civic, plate CBRT 418",
            "text": "Seen leaving the Compton St. lot.", "starts_at": "2026-10-01 07:00",
            "expires_at": "2026-10-31 07:00"}),
        "in_force": desk.briefing_items.create({
            "kind": "hazard", "title": "Aggressive dog behind 12 Paisley Rd.",
            "starts_at": "2026-11-20 07:00"}),
        "upcoming": desk.briefing_items.create({
            "kind": "directed_patrol", "title": "Civic centre parking, Friday night",
            "scope": "beat", "beat_id": division.beat["id"], "starts_at": "2026-11-27 19:00",
            "expires_at": "2026-11-28 03:00"}),
    }


def listed(page):
    return [page.model.record_id(n) for n in range(page.model.rowCount())]


def test_a_bolo_left_without_expiry_shows_and_gets_thirty_days(qtbot, desk, division):
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    assert "No briefing items yet" in page.empty.text()
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "field_kind"
    assert page.form.fields["kind"].currentText() == "Be on the lookout"
    beat = page.form.fields["beat_id"]
    assert not beat.isVisible()
    tab(qtbot)
    type_text(qtbot, "On")  # For: one beat
    assert beat.isVisible()
    tab(qtbot)
    type_text(qtbot, "eastv")
    tab(qtbot)
    type_text(qtbot, "Grey Honda Civic, plate CBRT 418")
    tab(qtbot)
    type_text(qtbot, "Do not approach; call the shift supervisor.")
    note = page.form.expiry_note.text()
    assert "30 days after it starts (Thu 24 Dec 2026, 21:00)" in note
    assert page.form.fields["expires_at"].placeholderText() == "2026-12-24 21:00 unless changed"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [row] = BRIEFING_ITEMS.page(desk.context, ListRequest(search="civic"))
    saved = desk.briefing_items.get(row["id"])
    assert (saved["kind"], saved["scope"], saved["beat_id"]) == (
        "bolo", "beat", division.beat["id"])
    assert saved["starts_at"] == "2026-11-25T02:00:00+00:00"
    assert saved["expires_at"] == "2026-12-25T02:00:00+00:00"
    assert page.form.fields["expires_at"].text() == "2026-12-24 21:00"
    assert page.form.state.text() == "<b>In force</b> until Thu 24 Dec 2026, 21:00."
    assert listed(page) == [saved["id"]]


def test_a_notice_left_without_expiry_stays_in_force(qtbot, desk, division):
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    page.new_record()
    type_text(qtbot, "No")  # Kind: notice
    assert page.form.fields["kind"].value() == "notice"
    assert "stays in force until you give it an expiry" in page.form.expiry_note.text()
    page.form.fields["title"].setFocus()
    type_text(qtbot, "New referral process")
    press(qtbot, Qt.Key.Key_Return)
    [row] = BRIEFING_ITEMS.page(desk.context)
    assert desk.briefing_items.get(row["id"])["expires_at"] is None


def test_a_neighbourhood_item_asks_for_the_neighbourhood(qtbot, desk, division):
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    page.new_record()
    page.form.fields["scope"].setFocus()
    type_text(qtbot, "On")  # One beat
    press(qtbot, Qt.Key.Key_Down)  # One neighbourhood
    assert page.form.fields["scope"].value() == "neighbourhood"
    assert page.form.fields["neighbourhood_id"].isVisible()
    page.form.fields["title"].setFocus()
    type_text(qtbot, "Break-ins on Dufferin")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_text("neighbourhood_id") == "Choose the neighbourhood this item is for."
    assert focused() is page.form.fields["neighbourhood_id"]
    type_text(qtbot, "Rideau")
    press(qtbot, Qt.Key.Key_Return)
    [row] = BRIEFING_ITEMS.page(desk.context)
    assert desk.briefing_items.get(row["id"])["neighbourhood_id"] == division.rideau["id"]


def test_expired_items_leave_the_lists_in_force_but_a_search_finds_them(qtbot, desk, items):
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    assert page.filters.combos["state"].currentText() == "In force or upcoming"
    assert set(listed(page)) == {items["in_force"]["id"], items["upcoming"]["id"]}
    assert page.count_label.text() == "2 in force or upcoming"
    page.filters.set_filter("state", "active")
    assert listed(page) == [items["in_force"]["id"]]
    assert page.count_label.text() == "1 in force now"

    page.filters.search.setFocus()
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        type_text(qtbot, "civic")
    assert listed(page) == []
    assert page.elsewhere.isVisible()
    assert page.elsewhere.text().startswith("2 more items match among expired or other items.")
    page.elsewhere.linkActivated.emit("all")  # the "Show all states" link
    assert page.filters.combos["state"].currentText() == "Any state"
    assert listed(page) == [items["upcoming"]["id"], items["expired"]["id"]]
    assert not page.elsewhere.isVisible()

    page.filters.set_filter("state", "expired")
    assert listed(page) == [items["expired"]["id"]]
    page.table.selectRow(0)
    assert page.form.state.text().startswith("<b>Expired</b> Sat 31 Oct 2026, 07:00.")


def test_with_only_expired_items_the_empty_list_says_where_they_are(qtbot, desk, division):
    desk.briefing_items.create({"kind": "notice", "title": "Old road closure",
                                "starts_at": "2026-09-01 07:00", "expires_at": "2026-09-02 07:00"})
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty.text() == ("Nothing is in force or upcoming. Add an item with New briefing "
                                 "item (Ctrl+N). Expired items are kept: choose Any state to see "
                                 "them.")
    page.show_all_states()
    assert page.model.total == 1 and page.list_stack.currentWidget() is page.table


def test_an_item_leaves_the_list_in_force_by_itself_when_it_expires(qtbot, desk, items):
    page, _ = show_page(qtbot, BriefingItemsPage, desk)
    page.filters.set_filter("state", "active")
    assert listed(page) == [items["in_force"]["id"]]
    desk.briefing_items.update(items["in_force"]["id"], {"expires_at": "2026-11-25 07:00"})
    page.hide()
    desk.context.clock = lambda: datetime(2026, 11, 25, 13, 0, tzinfo=UTC)  # 08:00 next day
    page.show()  # back to the page the next morning
    assert listed(page) == []
    page.filters.set_filter("state", "expired")
    assert listed(page) == [items["in_force"]["id"], items["expired"]["id"]]
