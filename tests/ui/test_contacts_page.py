"""The Contacts page, driven like a sergeant between calls."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from records_division import small_division
from records_helpers import focused, press, show_page, show_window, tab, type_text

from ompm_desktop.current_user import set_current_user
from ompm_desktop.queries import CONTACTS, ListRequest
from ompm_desktop.services import audit
from ui.pages.contacts_page import ContactsPage


@pytest.fixture
def division(desk):
    set_current_user(desk, "Cst. J. Morin", "4471")
    return small_division(desk)


def newest_contact(desk):
    [row] = CONTACTS.page(desk.context, limit=1)
    return desk.contacts.get(row["id"])


def test_log_a_contact_with_the_keyboard_alone(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "field_occurred_at"  # already says now
    tab(qtbot)  # the officer: the person using the app, already
    tab(qtbot)
    type_text(qtbot, "vani")
    tab(qtbot)
    type_text(qtbot, "tenan")
    press(qtbot, Qt.Key.Key_Return)  # adds the partner
    type_text(qtbot, "amour")
    press(qtbot, Qt.Key.Key_Return)
    tab(qtbot)
    type_text(qtbot, "Mee")  # the kind of contact
    tab(qtbot)
    type_text(qtbot, "Mob")  # the quadrant activity: Mobilize partners
    tab(qtbot)
    type_text(qtbot, "Planning the lighting walk with residents and the school.")
    tab(qtbot)
    type_text(qtbot, "Book the city's lighting engineer")
    tab(qtbot)
    type_text(qtbot, "+3")
    press(qtbot, Qt.Key.Key_Return)  # saves

    assert desk.contacts.count() == 4
    saved = newest_contact(desk)
    assert saved["occurred_at"] == "2026-11-25T02:00:00+00:00"
    assert saved["officer_id"] == division.morin["id"]
    assert saved["neighbourhood_id"] == division.vanier["id"]
    assert saved["partner_ids"] == [division.tenants["id"], division.school["id"]]
    assert (saved["kind"], saved["activity"]) == ("Meeting", "Mobilize partners")
    assert saved["summary"] == "Planning the lighting walk with residents and the school."
    assert (saved["follow_up"], saved["follow_up_due"]) == (
        "Book the city's lighting engineer", "2026-11-27")
    assert page.form.record["id"] == saved["id"]
    assert page.model.record_id(page.table.currentIndex().row()) == saved["id"]


def test_an_unknown_neighbourhood_is_shown_on_its_field(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.new_record()
    page.form.fields["neighbourhood_id"].setText("Nowhere Park")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_text("neighbourhood_id") == (
        "No neighbourhood is named 'Nowhere Park'. Type part of the name and pick from the list.")
    assert focused() is page.form.fields["neighbourhood_id"]
    assert desk.contacts.count() == 3


def test_a_referral_asks_for_the_agency_and_says_what_not_to_write(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.new_record()
    agency = page.form.fields["situation_table_agency"]
    assert not agency.isVisible()
    kind = page.form.fields["kind"]
    kind.setFocus()
    type_text(qtbot, "Ref")
    assert kind.value() == "Referral to a Situation Table"
    assert agency.isVisible()
    hints = [label.text() for label in page.form.findChildren(type(page.count_label))]
    assert any("never" in t.lower() or "do not write why" in t.lower() for t in hints)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Name the agency" in page.form.error_text("situation_table_agency")
    agency.setFocus()
    type_text(qtbot, "CMHA Ottawa")
    press(qtbot, Qt.Key.Key_Return)
    saved = newest_contact(desk)
    assert (saved["kind"], saved["situation_table_agency"]) == (
        "Referral to a Situation Table", "CMHA Ottawa")


def test_delete_then_undo_with_ctrl_z(qtbot, desk, division):
    page, stack = show_page(qtbot, ContactsPage, desk)
    page.open_record(division.lot_contact["id"])
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert desk.contacts.count() == 2
    assert page.model.row_of(division.lot_contact["id"]) == -1
    assert "Undo" in page.notice.text()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.contacts.get(division.lot_contact["id"])["deleted_at"] is None
    assert page.model.row_of(division.lot_contact["id"]) >= 0
    actions = [e["action"] for e in audit.entries(desk.db, row_id=division.lot_contact["id"])]
    assert actions == ["restore", "delete", "create"]


def test_recently_deleted_and_restore(qtbot, desk, division):
    desk.contacts.delete(division.old_contact["id"])
    page, _ = show_page(qtbot, ContactsPage, desk)
    qtbot.mouseClick(page.filters.deleted, Qt.MouseButton.LeftButton)
    assert page.model.total == 1
    page.table.selectRow(0)
    assert page.restore_button.isVisible() and not page.save_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert desk.contacts.get(division.old_contact["id"])["deleted_at"] is None
    assert page.model.total == 0


def test_search_as_you_type_and_follow_ups_due(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        type_text(qtbot, "graffiti")
    assert [page.model.record_id(0)] == [division.old_contact["id"]]
    assert page.count_label.text() == "1 contact found"
    page.filters.search.clear()
    page.filters.set_filter("follow_up", "overdue")
    assert page.model.total == 1 and page.model.record_id(0) == division.lot_contact["id"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert desk.contacts.get(division.lot_contact["id"])["follow_up_done_at"]
    assert page.model.total == 0
    assert "No contacts match" in page.empty.text()


def test_sort_by_a_column_header(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    header = page.table.horizontalHeader()
    column = page.model.column_of("neighbourhood")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
    assert page.model.request.sort == "neighbourhood"
    names = [page.model.rows[n]["neighbourhood"] for n in range(3)]
    assert names == sorted(names)
    assert page.model.request == ListRequest(sort="neighbourhood", descending=False)


def test_leaving_unsaved_edits_asks_first(qtbot, desk, division, monkeypatch):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.open_record(division.old_contact["id"])
    summary = page.form.fields["summary"]
    summary.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " Also the skatepark.")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    page.table.selectRow(0)
    assert asked and page.form.record["id"] == division.old_contact["id"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    page.table.selectRow(0)
    assert desk.contacts.get(division.old_contact["id"])["summary"].endswith("skatepark.")


def test_after_save_the_focus_stays_in_the_page_and_ctrl_f_finds(qtbot, desk, division):
    window = show_window(qtbot, desk, active=True)
    window.show_page(window.page_index("contact"))
    page = window.pages.currentWidget()
    page.open_record(division.old_contact["id"])
    page.form.fields["summary"].setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " Also the skatepark.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert desk.contacts.get(division.old_contact["id"])["summary"].endswith("skatepark.")
    assert focused() is page.table
    assert page.model.record_id(page.table.currentIndex().row()) == division.old_contact["id"]
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.filters.search


def test_a_search_never_leaves_another_record_in_the_form(qtbot, desk, division):
    page, _ = show_page(qtbot, ContactsPage, desk)
    page.open_record(division.lot_contact["id"])
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        type_text(qtbot, "graffiti")
    assert page.count_label.text() == "1 contact found"
    assert page.form.record["id"] == division.old_contact["id"]
    assert page.model.record_id(page.table.currentIndex().row()) == division.old_contact["id"]
    assert focused() is page.filters.search  # the search goes on being typed
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        type_text(qtbot, " nowhere at all")
    assert page.model.total == 0 and page.form.record is None


def test_the_summary_column_shows_on_a_wide_window(qtbot, desk, division):
    window = show_window(qtbot, desk)
    window.resize(1920, 1040)
    window.show_page(window.page_index("contact"))
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    header = page.table.horizontalHeader()
    column = page.model.column_of("summary")
    assert header.sectionSize(column) >= 150
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    assert 0 <= header.sectionViewportPosition(column) and right <= page.table.viewport().width()
