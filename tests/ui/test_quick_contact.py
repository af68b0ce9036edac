"""Ctrl+L from any page: the Contacts page, a new contact, the cursor in its first field."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from records_division import small_division
from records_helpers import focused, press, show_window, tab, type_text

from ompm_desktop.queries import CONTACTS
from ui.pages.contacts_page import ContactsPage
from ui.pages.partners_page import PartnersPage


@pytest.fixture
def window(qtbot, desk):
    small_division(desk)
    shown = show_window(qtbot, desk, active=True)
    return shown


def test_ctrl_l_from_today_logs_a_contact(qtbot, window, desk):
    assert window.pages.currentIndex() == 0
    window.sidebar.setFocus()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget()
    assert isinstance(page, ContactsPage)
    assert window.sidebar.currentItem().text() == "Contacts"
    assert page.form.record is None and page.form_title.text() == "New contact"
    assert focused() is page.form.fields["occurred_at"]
    assert focused().text() == "2026-11-24 21:00"  # now, already
    tab(qtbot, 2)
    type_text(qtbot, "westb")
    # partners, kind, asked to identify (a patrol conversation's question), quadrant
    # activity, summary
    tab(qtbot, 5)
    assert focused() is page.form.fields["summary"]
    type_text(qtbot, "Shop owners on Richmond Rd. asked about the graffiti.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [newest] = CONTACTS.page(desk.context, limit=1)
    assert newest["summary"].startswith("Shop owners on Richmond Rd.")
    assert desk.contacts.count() == 4


def test_ctrl_l_from_a_text_box_on_another_page(qtbot, window):
    window.show_page(window.page_index("partner"))
    partners = window.pages.currentWidget()
    assert isinstance(partners, PartnersPage)
    partners.new_record()
    assert focused() is partners.form.fields["name"]
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), ContactsPage)
    assert focused().objectName() == "field_occurred_at"


def test_unsaved_contact_edits_are_asked_about_first(qtbot, window, monkeypatch):
    window.log_contact()
    page = window.pages.currentWidget()
    type_text(qtbot, "yesterday 9:00")
    window.show_page(0)
    asked = []

    def stay(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", staticmethod(stay))
    window.sidebar.setFocus()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["This contact has changes that are not saved. Save them?"]
    assert window.pages.currentWidget() is page
    assert page.form.fields["occurred_at"].text() == "yesterday 9:00"  # kept, not wiped
