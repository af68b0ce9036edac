"""The record pages in French: the list, its filters, every tab of the form, the buttons, what
a save or a delete says, the question before unsaved edits are left, Edit > Undo's words,
and the Find, Recently deleted and Audit log windows. The kind of record is named in French
in each sentence ("fiche partenaire"); what is stored stays English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from records_division import small_division
from records_helpers import show_page

from ui.audit_log_dialog import AuditLogDialog
from ui.pages.briefing_items_page import BriefingItemsPage
from ui.pages.contacts_page import ContactsPage
from ui.pages.initiatives_page import InitiativesPage
from ui.pages.officers_page import OfficersPage
from ui.pages.partners_page import PartnersPage
from ui.recently_deleted_dialog import RecentlyDeletedDialog
from ui.search_dialog import SearchDialog


@pytest.fixture
def division(desk):
    return small_division(desk)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_partners_page_speaks_french_from_the_list_to_undo(qtbot, desk, division, french,
                                                              monkeypatch):
    page, stack = show_page(qtbot, PartnersPage, desk)
    assert page.heading.text() == "Partenaires"
    assert page.new_button.text() == page.form_title.text() == "Nouveau partenaire"
    assert page.count_label.text() == "3 partenaires"
    assert page.filters.deleted.text() == "Supprimés récemment"
    assert [page.save_button.text(), page.revert_button.text()] == ["Enregistrer", "Annuler"]
    kinds = page.form.fields["kind"]
    assert kinds.itemText(kinds.findData("Housing provider")) == "Fournisseur de logement"
    assert page.form.fields["neighbourhood_ids"].line.placeholderText() == (
        "Tapez trois lettres d'un nom, Entrée pour l'ajouter")

    page.open_record(division.tenants["id"])
    assert page.history_button.text() == "Historique…"
    assert page.form.glance.text().startswith("Dernier contact : <b>")
    page.form.fields["phone"].setText("613-555-0100")
    page.form.fields["phone"].textEdited.emit("613-555-0100")
    asked = []

    def answer(parent, title, text, *args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    click(qtbot, page.new_button)
    assert asked == [("Modifications non enregistrées",
                      "La fiche partenaire a des modifications non enregistrées. "
                      "Les enregistrer ?")]

    page.open_record(division.tenants["id"])
    click(qtbot, page.delete_button)
    assert page.notice.text() == ("Fiche partenaire supprimée. Annuler (Ctrl+Z) la rétablit, "
                                  "tout comme Éléments supprimés récemment.")
    assert page.undo_button.text() == "Annuler l'action"
    assert stack.undoText() == "Suppression d'une fiche partenaire"
    page.filters.deleted.setChecked(True)
    assert page.count_label.text() == "1 partenaire supprimé"
    page.open_record(division.tenants["id"])
    assert page.form_title.text().endswith(" (fiche supprimée)")
    click(qtbot, page.restore_button)
    assert page.notice.text() == "Fiche partenaire rétablie."
    assert stack.undoText() == "Rétablissement d'une fiche partenaire"

    page.filters.deleted.setChecked(False)
    page.filters.set_search("zzzz")
    assert page.count_label.text() == "0 partenaire répondant aux critères"
    assert page.empty.text() == ("Aucun résultat parmi les partenaires. Modifiez la recherche "
                                 "ou les filtres.")


def test_an_initiative_moves_through_its_stages_in_french(qtbot, desk, division, french):
    page, stack = show_page(qtbot, InitiativesPage, desk)
    assert page.new_button.text() == "Nouvelle initiative"
    tabs = page.form.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Repérage", "Analyse", "Intervention", "Évaluation"]
    assert page.form.fields["lead"].accessibleName() == "Qui dirige"
    assert page.form.fields["lead"].currentText() == "Direction policière"
    page.open_record(division.lot["id"])
    assert page.form.progress.text().startswith("Étape : <b>[ Repérage ]</b>")
    assert page.advance_button.text() == "Passer à l'étape Analyse"
    click(qtbot, page.advance_button)
    assert page.notice.text() == "Initiative passée à l'étape Analyse."
    assert stack.undoText() == "Passer l'initiative à l'étape suivante"
    assert page.form.history.text().startswith("Direction : Direction policière depuis le ")


def test_a_contact_form_and_a_briefing_item_in_french(qtbot, desk, division, french):
    contacts, _ = show_page(qtbot, ContactsPage, desk)
    form = contacts.form
    assert form.fields["officer_id"].placeholderText() == "Tapez trois lettres du nom"
    assert form.fields["kind"].itemText(form.fields["kind"].findData("Meeting")) == "Réunion"
    contacts.open_record(division.lot_contact["id"])
    assert form.fields["activity"].currentText().startswith("Mobiliser les partenaires · ")
    assert contacts.done_button.text() == "Marquer le suivi comme fait"
    form.fields["officer_id"].setText("Nobody at all")
    assert not contacts.save()
    assert form.error_text("officer_id").startswith(
        "Aucun nom de la liste ne correspond à « Nobody at all ».")

    desk.briefing_items.create({"kind": "bolo", "scope": "division", "title": "Grey Honda",
                                "starts_at": "2026-11-22 07:00"})
    items, _ = show_page(qtbot, BriefingItemsPage, desk)
    assert items.heading.text() == "Éléments de breffage"
    assert items.count_label.text() == "1 en vigueur ou à venir"
    items.table.selectRow(0)
    state = items.form.state.text()
    assert state.startswith("<b>En vigueur</b> jusqu'au ") and " déc. 2026, " in state
    assert items.form.fields["expires_at"].placeholderText().startswith("AAAA-MM-JJ")

    officers, _ = show_page(qtbot, OfficersPage, desk)
    assert officers.heading.text() == "Agents" and officers.new_button.text() == "Nouvel agent"
    assert officers.filters.combos["platoon"].itemText(0) == "Peloton : sans filtre"


def test_find_recently_deleted_and_the_audit_log_in_french(qtbot, desk, division, french):
    search = SearchDialog(desk.context)
    qtbot.addWidget(search)
    assert search.windowTitle() == "Tout chercher"
    search.box.setText("vanier")
    search.search_now()
    headings = [search.list.item(row).text() for row in range(search.list.count())
                if search.list.item(row).data(Qt.ItemDataRole.UserRole + 1) is None]
    assert headings[:2] == ["Partenaires", "Quartiers"]

    desk.contacts.delete(division.old_contact["id"])
    page, stack = show_page(qtbot, ContactsPage, desk)
    deleted = RecentlyDeletedDialog(desk, stack)
    qtbot.addWidget(deleted)
    headers = [deleted.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers[:3] == ["Type", "Fiche", "Détails"] and headers[4] == "Par"
    assert deleted.kind.itemText(0) == "Tous les types"
    assert deleted.kind.itemText(deleted.kind.findData("briefing_item")) == (
        "Éléments de breffage")
    assert deleted.table.item(0, 0).text() == "Contact"
    click(qtbot, deleted.restore_button)
    assert deleted.notice.text().startswith("Fiche contact rétablie : ")
    assert deleted.empty.text() == ("Aucune fiche supprimée parmi les fiches. Une fiche "
                                    "supprimée attend ici d'être rétablie.")

    desk.partners.update(division.school["id"], {"phone": "613-555-0101"})
    log = AuditLogDialog(desk, record_id=division.school["id"], name="École Saint-Amour")
    qtbot.addWidget(log)
    assert log.windowTitle().startswith("Historique") and "École Saint-Amour" in log.windowTitle()
    assert log.heading.text().startswith("Fiche partenaire “École Saint-Amour” modifiée, ")
    headers = [log.fields.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Champ", "Avant", "Après"]
    assert log.fields.item(0, 1).text() == "(vide)"


def test_english_stays_as_it_was(qtbot, desk, division):
    page, stack = show_page(qtbot, PartnersPage, desk)
    assert page.new_button.text() == "New partner" and page.count_label.text() == "3 partners"
    page.open_record(division.tenants["id"])
    click(qtbot, page.delete_button)
    assert page.notice.text() == ("Partner deleted. Undo (Ctrl+Z) brings it back; so does "
                                  "Recently deleted.")
    assert stack.undoText() == "Delete partner"
    page.filters.deleted.setChecked(True)
    assert page.count_label.text() == "1 deleted partner"
    page.filters.set_search("tenants")
    assert page.count_label.text() == "1 deleted partner found"
    assert page.filters.combos["kind"].itemText(0) == "Any kind"
