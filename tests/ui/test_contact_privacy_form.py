"""The contact form's guardrails, used as a sergeant would: a summary that looks like it
holds personal details is said before it is saved; a patrol conversation asks whether the
person was asked to identify themselves, and then keeps nothing identifying; a referral to a
Situation Table shows its agency and outcome."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from records_division import small_division
from records_helpers import press, show_page, type_text

from ompm_desktop.queries import CONTACTS
from ui.pages.contacts_page import ContactsPage


@pytest.fixture
def page(qtbot, desk):
    small_division(desk)
    shown, _window = show_page(qtbot, ContactsPage, desk)
    shown.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return shown


def visible(page, name):
    layout, holder = page.form.rows[name]
    return layout.isRowVisible(holder)


def asked(monkeypatch, reply):
    said = []

    def question(parent, title, text, *rest):
        said.append((title, text))
        return reply
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return said


def test_a_personal_summary_is_said_before_saving(qtbot, desk, page, monkeypatch):
    assert page.form.contact_kind.value() == "Patrol conversation"
    page.form.fields["summary"].setFocus()
    type_text(qtbot, "Mr. Gagnon says the lot is dark; call him at 613-555-0199")
    said = asked(monkeypatch, QMessageBox.StandardButton.Cancel)
    before = desk.contacts.count()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [(title, text)] = said
    assert title == "Personal details?"
    assert "a person's name (Mr. Gagnon); a phone number (613-555-0199)" in text
    assert desk.contacts.count() == before and page.form.dirty  # still being written
    said = asked(monkeypatch, QMessageBox.StandardButton.Save)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert desk.contacts.count() == before + 1


def test_asked_to_identify_keeps_nothing_identifying(qtbot, desk, page, monkeypatch):
    assert visible(page, "identification_requested")
    assert not page.form.identified_note.isVisible()
    qtbot.mouseClick(page.form.identified, Qt.MouseButton.LeftButton)
    assert page.form.identified_note.isVisible()
    page.form.fields["summary"].setFocus()
    type_text(qtbot, "Gave his cell 613-555-0199")
    asked(monkeypatch, QMessageBox.StandardButton.Save)  # not asked: refused outright
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "records system" in page.form.error_text("summary")
    page.form.fields["summary"].clear()
    type_text(qtbot, "Asked about the break-ins on the block")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [row] = CONTACTS.page(desk.context, limit=1)
    assert desk.contacts.get(row["id"])["identification_requested"] == 1


def test_a_referral_shows_its_agency_and_outcome_only(qtbot, page):
    assert not visible(page, "situation_table_outcome")
    page.form.contact_kind.setFocus()
    type_text(qtbot, "Refer")
    assert visible(page, "situation_table_agency") and visible(page, "situation_table_outcome")
    assert not visible(page, "identification_requested")


def test_one_officers_contacts_are_listed_but_never_counted(qtbot, desk, page):
    morin = desk.officers.find_by_badge("4471")
    page.filters.set_filter("officer_id", morin["id"])
    page.filters.apply_now()
    assert page.model.total == 2  # both of her contacts are listed
    assert page.count_label.text() == ("Contacts logged by the officer chosen (not counted "
                                       "per officer)")
    assert "2" not in page.count_label.text()
    page.filters.set_filter("officer_id", "")
    page.filters.apply_now()
    assert page.count_label.text() == "3 contacts"  # the division's, counted as before
