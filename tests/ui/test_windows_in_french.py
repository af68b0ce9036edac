"""The windows around the records in French: opening a file (its passphrase, a file in use, a
damaged one), the import wizard and the problems it lists, sync and its conflicts, a new
database and its passphrase, the lock screen, who is using the app, about, and the error
report. The core's messages shown in them are French too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWizard
from records_division import small_division
from records_helpers import show_window

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.new_database import check_new_passphrase
from ompm_desktop.store.writer_lock import DatabaseInUseError
from ompm_desktop.sync.engine import SyncSummary
from ompm_desktop.transfer.importer import default_mapping
from ompm_desktop.transfer.problems import ImportRefusedError, Problem
from ompm_desktop.transfer.recovery import what_is_wrong
from ompm_desktop.transfer.source import read_table
from ui.about_dialog import AboutDialog
from ui.change_passphrase_dialog import ChangePassphraseDialog
from ui.database_opening import holder_text, open_database_file
from ui.errors import ErrorReportDialog
from ui.import_wizard import ImportWizard
from ui.new_database_dialog import NewDatabaseDialog
from ui.sync.conflict_review import ConflictReviewDialog
from ui.sync.sync_dialog import SyncDialog
from ui.user_dialog import UserDialog

PASSPHRASE = "Overbrook walk 2026"
NEXT = QWizard.WizardButton.NextButton


def test_opening_an_encrypted_file_asks_for_its_passphrase_in_french(
        french, tmp_path, monkeypatch):
    path = tmp_path / "est.db"
    Desk.open(path, create=True, passphrase=PASSPHRASE).close()
    asked: list[str] = []
    answers = iter(["pas la bonne", PASSPHRASE])

    def type_passphrase(_parent, _title, prompt, _echo):
        asked.append(prompt)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_passphrase))
    desk = open_database_file(None, path)
    assert desk is not None
    desk.close()
    # The words are looked up under the context lupdate filed them in: French at run time.
    assert asked == ["Phrase de passe de est.db :",
                     "Cette phrase de passe n'est pas la bonne. Phrase de passe de est.db :"]
    assert holder_text(path, None) == (
        "est.db est déjà ouvert en écriture dans une autre copie de l'application.")
    assert DatabaseInUseError(path, None).message == (
        "est.db est déjà ouvert dans une autre copie de l'application. Ouvrez-le en lecture "
        "seule, ou fermez-le d'abord là-bas.")


def test_a_damaged_file_is_described_in_french_with_french_numbers(french, tmp_path):
    path = tmp_path / "nord.db"
    Desk.open(path, create=True).close()
    path.write_bytes(path.read_bytes()[:8192])
    said = what_is_wrong(path)
    assert said.startswith("nord.db est tronqué : il compte 8\u202f192 octets") or \
        said.startswith("nord.db est tronqué : il compte 8\u00a0192 octets"), said
    assert "La fin du fichier manque" in said


def test_the_import_wizard_lists_the_file_and_its_problems_in_french(
        french, qtbot, desk, tmp_path):
    small_division(desk)
    csv = tmp_path / "contacts.csv"
    csv.write_text("When,Officer's badge,Kind of contact,Summary\n"
                   "2026-11-20 14:00,9999,Foot patrol,Spoke with the tenants\n",
                   encoding="utf-8")
    wizard = ImportWizard(desk, kind="contacts", path=csv)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.file_page
    assert wizard.windowTitle() == "Importer un tableur"
    assert page.title() == "Choisir le fichier"
    assert [page.kind.itemText(i) for i in range(page.kind.count())] == [
        "Agents", "Partenaires", "Quartiers", "Contacts", "Indicateurs des quartiers",
        "Appels de service", "Risques du PSBEC", "Points d'adresse"]
    assert page.delimiter.itemText(1) == "virgule"
    assert page.status.text() == ("Lignes : 1, colonnes : 4 (UTF-8, séparées par virgule, "
                                  "en-tête à la ligne 1).")

    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    mapping = wizard.mapping_page
    assert mapping.title() == "Associer les colonnes"
    badge = mapping._combos[1]
    assert badge.currentText() == "Insigne de l'agent"  # an English header, found as before
    assert badge.itemText(0) == "(non importée)"

    with qtbot.waitSignal(wizard.preview_page.checked, timeout=30_000):
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    model = preview.model
    assert preview.title() == "Vérifier, puis importer"
    assert model.headers() == ["Ligne", "Colonne", "Problème"]
    reason = model.index(0, 2).data()
    assert reason == ("Aucun agent n'a l'insigne 9999. Ajoutez ou importez d'abord l'agent, ou "
                      "corrigez le numéro d'insigne.")
    assert preview.summary.text().startswith("Rien ne peut encore être importé")
    wizard.reject()

    assert ImportRefusedError([Problem(None, "", "x")]).message == (
        "Rien n'a été importé : le fichier a 1 problème. Corrigez le fichier et réessayez.")
    refused = ImportRefusedError([Problem(3, "Badge", reason), Problem(None, "", "x")])
    assert refused.report(limit=1) == [f"ligne 3, colonne Badge : {reason}",
                                       "… et 1 autre(s)."]


def test_sync_and_its_conflicts_speak_french(french, qtbot, desk):
    window = show_window(qtbot, desk)
    sync = SyncDialog(window, window)
    qtbot.addWidget(sync)
    assert sync.windowTitle() == "Synchroniser avec le dépôt du poste"
    assert sync.hub_label.text().startswith("Aucun dépôt du poste choisi pour l'instant")
    assert sync.sync_button.text() == "&Synchroniser maintenant"
    conflicts = ConflictReviewDialog(window, window)
    qtbot.addWidget(conflicts)
    assert conflicts.windowTitle() == "Conflits de synchronisation"
    assert conflicts.empty_label.text().startswith("Aucun conflit à revoir")
    summary = SyncSummary(sent=1, received=4, conflicts=1)
    assert summary.describe() == (
        "1 modification envoyée, 4 reçue(s), 1 conflit. Les versions perdantes sont "
        "conservées : revoyez-les avec Fichier > Revoir les conflits de synchronisation.")
    window.close()


def test_a_new_database_and_its_passphrase_speak_french(french, qtbot, desk):
    dialog = NewDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Nouvelle base de données"
    qtbot.keyClicks(dialog.passphrase, "court")
    assert dialog.strength.text() == "Trop courte : au moins 8 caractères."
    qtbot.mouseClick(dialog.unencrypted, Qt.MouseButton.LeftButton)
    assert dialog.warning.text().startswith("Cette base de données ne sera PAS chiffrée")
    with pytest.raises(ValidationError) as refused:
        check_new_passphrase("un deux trois quatre", "un deux trois")
    assert refused.value.message == ("Les deux phrases de passe ne sont pas identiques. "
                                     "Tapez-les de nouveau.")
    change = ChangePassphraseDialog(desk)  # the test's database is not encrypted
    qtbot.addWidget(change)
    assert change.windowTitle() == "Changer la phrase de passe"
    assert change.intro.text().startswith("Cette base de données n'est pas chiffrée")


def test_the_lock_screen_who_is_using_about_and_error_report_speak_french(
        french, qtbot, desk):
    window = show_window(qtbot, desk)
    window.idle_lock.timer.timeout.emit()
    screen = window.idle_lock.screen
    assert screen.unlock_button.text() == "&Continuer"
    assert "n'est pas chiffré" in screen.explanation.text()
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.idle_lock.locked
    who = UserDialog(desk, window, first_start=True)
    qtbot.addWidget(who)
    assert who.windowTitle() == "Qui utilise l'application"
    assert who.badge.placeholderText() == "p. ex. 1042"
    about = AboutDialog(window)
    qtbot.addWidget(about)
    assert about.windowTitle().startswith("À propos de ")
    report = ErrorReportDialog("Traceback", window)
    qtbot.addWidget(report)
    assert report.windowTitle() == "Un problème est survenu"
    assert report.report.accessibleName() == "Rapport d'erreur"
    window.close()


def test_the_english_words_stay_english_without_the_french_catalogue(qtbot, desk):
    path = Path("est.db")
    assert holder_text(path, None) == (
        "est.db is already open for writing in another copy of the app.")
    assert SyncSummary(sent=1).describe() == "Sent 1 change, received 0, 0 conflicts."


def test_a_spreadsheet_with_french_headers_is_matched_by_the_french_field_names(
        french, tmp_path):
    csv = tmp_path / "agents.csv"
    csv.write_text("Numéro d'insigne;Prénom;Nom de famille;Grade\n4471;Luc;Morin;Cst.\n",
                   encoding="utf-8")
    mapping = default_mapping("officers", read_table(csv))
    assert mapping.columns == {"badge": "Numéro d'insigne", "first_name": "Prénom",
                               "last_name": "Nom de famille", "rank": "Grade"}
