"""File > Import…, Export…, Back up now, Restore… and Review retention…, used from a window."""

import csv
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow, QMessageBox

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.backup import list_backups
from ui.import_wizard import ImportWizard
from ui.transfer.file_actions import TransferActions, backup_on_close


@pytest.fixture
def window(qtbot, desk):
    main = QMainWindow()
    qtbot.addWidget(main)
    menu = main.menuBar().addMenu("&File")
    main.transfer = TransferActions(main, lambda: desk)
    main.transfer.add_to_menu(menu)
    main.file_menu = menu
    main.show()
    return main


@pytest.fixture
def messages(monkeypatch):
    said = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *rest, _name=name: said.append((_name, text))))
    return said


def answer(monkeypatch, reply):
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_the_file_menu_offers_every_transfer(window):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == ["&Import…", "Import neighbourhood bo&undaries…", "&Export…",
                     "&Back up now", "&Restore…", "Review re&tention…"]


def test_import_opens_the_wizard_and_an_import_reloads_the_pages(qtbot, window):
    window.transfer.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    with qtbot.waitSignal(window.transfer.data_changed):
        wizard.imported.emit(None)
    wizard.reject()


def test_export_partners_with_personal_details_on_request(qtbot, window, desk, tmp_path,
                                                        monkeypatch, messages):
    ahmed = desk.partners.create({"name": "Ms. Ahmed", "kind": "Resident leader",
                                  "is_organization": 0})
    desk.partner_personal.create({"partner_id": ahmed["id"], "home_phone": "613-555-1111"})
    out = tmp_path / "partners"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(out), "CSV files (*.csv)")))
    dialog = window.transfer.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("officers"))
    assert not dialog.personal.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("partners"))
    assert dialog.personal.isEnabled() and not dialog.personal.isChecked()
    qtbot.mouseClick(dialog.personal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "partners.csv"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert dict(zip(header, row, strict=True))["Home phone"] == "613-555-1111"
    assert messages == [("information", f"Exported 1 rows to {written}.")]


def test_back_up_now(window, desk, messages):
    window.transfer.backup_action.trigger()
    made = list_backups(desk.path)
    assert len(made) == 1
    assert messages == [("information", f"Backed up to {made[0]}.")]


def test_restore_asks_then_brings_the_backup_back(qtbot, window, desk, monkeypatch, messages):
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    window.transfer.backup_action.trigger()
    backup = list_backups(desk.path)[0]
    desk.officers.create({"badge": "5012", "last_name": "Tremblay"})
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(backup), "Backups (*.db)")))
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert window.transfer.restore() is False
    assert desk.officers.count() == 2
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.transfer.data_changed):
        window.transfer.restore_action.trigger()
    assert "backup of 2026-11-24 21:00" in asked[0]
    assert [o["badge"] for o in desk.officers.list()] == ["4471"]
    assert "is kept in" in messages[-1][1]


def test_a_file_that_is_no_backup_is_refused_with_a_message(window, desk, monkeypatch,
                                                           messages, tmp_path):
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n" * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(notes), "")))
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.transfer.restore() is False
    assert asked == []
    assert messages[-1][0] == "warning" and "not a database" in messages[-1][1]
    assert desk.officers.count() == 1


@pytest.fixture
def old_contact(window, db_path):
    """A division with one contact of 2024, past the retention period on the fixed night;
    the window's actions are on it. Yields (its desk, the contact, its clock to move)."""
    now = [datetime(2024, 3, 1, tzinfo=UTC)]
    old = Desk.open(db_path.with_name("old.db"), create=True, clock=lambda: now[0])
    contact = old.contacts.create({"occurred_at": "2024-03-01 10:00", "kind": "Phone",
                                   "summary": "Resident's complaint about unit 4"})
    now[0] = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
    window.transfer.desk = lambda: old
    yield old, contact, now
    old.close()


def test_review_retention_erases_only_on_confirmation(qtbot, window, old_contact,
                                                      monkeypatch):
    old, contact, _now = old_contact
    dialog = window.transfer.review_retention()
    assert dialog.items.rowCount() == 1
    assert dialog.items.item(0, 0).text() == "2024-03-01"
    assert "1 contacts" in dialog.summary.text()
    answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "unit 4" in old.contacts.get(contact["id"])["summary"]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.transfer.data_changed):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "unit 4" not in old.contacts.get(contact["id"])["summary"]
    again = window.transfer.review_retention()
    assert "nothing to erase" in again.summary.text()
    assert not again.erase_button.isEnabled()
    again.buttons.button(QDialogButtonBox.StandardButton.Close).click()


def test_the_scheduled_review_is_put_off_only_with_a_reason(qtbot, window, old_contact,
                                                           monkeypatch):
    old, contact, now = old_contact
    dialog = window.transfer.scheduled_retention()
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text().startswith("The service's retention review is due.")
    assert not dialog.postpone_button.isEnabled()  # no reason yet
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Disclosure pending")
    qtbot.mouseClick(dialog.postpone_button, Qt.MouseButton.LeftButton)
    assert dialog.postponed_until == "2026-12-01"
    assert "unit 4" in old.contacts.get(contact["id"])["summary"]
    assert window.transfer.scheduled_retention() is None  # put off: not asked again
    now[0] = datetime(2026, 12, 1, 23, 0, tzinfo=UTC)
    again = window.transfer.scheduled_retention()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.transfer.data_changed):
        qtbot.mouseClick(again.erase_button, Qt.MouseButton.LeftButton)
    assert "unit 4" not in old.contacts.get(contact["id"])["summary"]
    assert window.transfer.scheduled_retention() is None  # done for 30 days


def test_the_backup_on_close_runs_once_a_day(desk):
    assert backup_on_close(desk) is not None
    assert backup_on_close(desk) is None
    assert len(list_backups(desk.path)) == 1
    assert backup_on_close(None) is None
