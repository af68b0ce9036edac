"""The Partners page: business details for all, a resident's personal details kept apart."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import press, show_page, type_text

from ompm_desktop.queries import PARTNERS, ListRequest
from ui.pages.partners_page import PartnersPage


@pytest.fixture
def division(desk):
    return small_division(desk)


def fill(qtbot, page, name, text):
    field = page.form.fields[name]
    field.setFocus()
    field.selectAll() if hasattr(field, "selectAll") else None
    type_text(qtbot, text)


def test_add_an_agency_serving_two_neighbourhoods(qtbot, desk, division):
    page, _ = show_page(qtbot, PartnersPage, desk)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, "Ottawa Community Housing")
    page.form.fields["kind"].setFocus()
    type_text(qtbot, "Hou")
    fill(qtbot, page, "neighbourhood_ids", "rideau")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "vanier")
    press(qtbot, Qt.Key.Key_Return)
    fill(qtbot, page, "contact_name", "Lise Caron")
    fill(qtbot, page, "phone", "613-555-0180")
    press(qtbot, Qt.Key.Key_Return)
    [row] = PARTNERS.page(desk.context, ListRequest(search="housing"))
    saved = desk.partners.get(row["id"])
    assert (saved["kind"], saved["contact_name"], saved["phone"]) == (
        "Housing provider", "Lise Caron", "613-555-0180")
    assert saved["neighbourhood_ids"] == [division.rideau["id"], division.vanier["id"]]
    assert desk.partner_personal.for_partner(saved["id"]) is None


def test_a_residents_personal_details_go_apart_and_undo_as_one(qtbot, desk, division):
    page, stack = show_page(qtbot, PartnersPage, desk)
    page.open_record(division.leader["id"])
    assert page.form.personal_box.parentWidget().isVisible()  # a person: the box shows
    fill(qtbot, page, "home_phone", "613-555-0199")
    fill(qtbot, page, "notes", "Runs the Vanier walking group.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    personal = desk.partner_personal.for_partner(division.leader["id"])
    assert personal["home_phone"] == "613-555-0199"
    partner = desk.partners.get(division.leader["id"])
    assert partner["notes"] == "Runs the Vanier walking group."
    assert "613-555-0199" not in str(partner)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.partner_personal.for_partner(division.leader["id"]) is None
    assert desk.partners.get(division.leader["id"])["notes"] == ""
    assert page.form.fields["home_phone"].text() == ""


def test_an_organization_has_no_personal_details(qtbot, desk, division):
    page, _ = show_page(qtbot, PartnersPage, desk)
    page.open_record(division.school["id"])
    assert not page.form.personal_box.parentWidget().isVisible()


def test_refusals_are_shown_on_their_field(qtbot, desk, division):
    page, _ = show_page(qtbot, PartnersPage, desk)
    page.open_record(division.tenants["id"])
    fill(qtbot, page, "email", "amina at example")
    press(qtbot, Qt.Key.Key_Return)
    assert page.form.error_text("email") == "'amina at example' is not an email address."
    page.revert()
    page.new_record()
    type_text(qtbot, "École Saint-Amour")
    page.form.fields["kind"].set_value("School")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_text("name") == "There is already a school named École Saint-Amour."
    assert desk.partners.count() == 3


def test_the_last_contact_and_open_initiatives_at_a_glance(qtbot, desk, division):
    page, _ = show_page(qtbot, PartnersPage, desk)
    page.open_record(division.tenants["id"])
    glance = page.form.glance.text()
    assert "2026-11-20 14:00" in glance and "Compton St. lot (Scanning)" in glance
    row = page.model.rows[page.model.row_of(division.tenants["id"])]
    assert PARTNERS.display(row, "last_contact") == "2026-11-20"
    assert row["open_initiatives"] == 1


def test_the_languages_a_partner_speaks_are_typed_in_the_form_and_shown_in_the_list(
        qtbot, desk, division):
    page, _ = show_page(qtbot, PartnersPage, desk)
    page.open_record(division.tenants["id"])
    field = page.form.fields["languages_spoken"]
    label = page.form.rows["languages_spoken"][0].labelForField(
        page.form.rows["languages_spoken"][1])
    assert label.text() == "Languages spoken" and label.buddy() is field
    fill(qtbot, page, "languages_spoken", "English, Somali")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert desk.partners.get(division.tenants["id"])["languages_spoken"] == "English, Somali"
    model = page.table.model()
    column = [model.headerData(n, Qt.Orientation.Horizontal)
              for n in range(model.columnCount())].index("Languages spoken")
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert "English, Somali" in shown
