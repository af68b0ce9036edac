"""The audit log (Edit menu): who changed what and when, each field before and after in
words a sergeant reads (names, not record numbers), narrowed by kind and search, read-only."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from records_division import small_division
from records_helpers import open_from_menu, show_window, type_text

from ui.audit_log_dialog import AuditLogDialog


@pytest.fixture
def division(desk):
    return small_division(desk)


@pytest.fixture
def window(qtbot, desk, division):
    shown = show_window(qtbot, desk)
    return shown


def open_from_edit_menu(qtbot, window):
    return open_from_menu(qtbot, window, "&Edit", "&Audit log…", AuditLogDialog, active=True)


def fields(dialog):
    return [tuple(dialog.fields.item(r, c).text() for c in range(3))
            for r in range(dialog.fields.rowCount())]


def test_an_edit_made_on_a_page_shows_who_when_and_before_after(qtbot, window, desk, division):
    officers = window.page(window.page_index("officer"))
    officers.open_record(division.morin["id"])
    officers.form.fields["rank"].setFocus()
    type_text(qtbot, "Sg")
    officers.form.fields["platoon"].setFocus()
    type_text(qtbot, "A")
    qtbot.mouseClick(officers.save_button, Qt.MouseButton.LeftButton)
    dialog = open_from_edit_menu(qtbot, window)
    assert dialog.model.rows[0]["change"] == "Rank: Cst. → Sgt.; Platoon: C → A"
    assert dialog.heading.text() == (
        "Changed officer “Sgt. J. Morin (4471)”, 2026-11-24 21:00, by Sgt. Test")
    assert fields(dialog) == [("Rank", "Cst.", "Sgt."), ("Platoon", "C", "A")]
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert dialog.fields.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_linked_records_read_as_names(qtbot, window, desk, division):
    desk.contacts.update(division.lot_contact["id"], {
        "officer_id": division.tremblay["id"],
        "partner_ids": [division.tenants["id"], division.school["id"]]})
    dialog = open_from_edit_menu(qtbot, window)
    assert fields(dialog) == [
        ("Officer", "Cst. J. Morin", "Sgt. J. Tremblay"),
        ("Partners", "Rideau Heights Tenants' Association",
         "Rideau Heights Tenants' Association; École Saint-Amour"),
    ]


def test_narrow_by_kind_and_search_then_read_a_creation(qtbot, window, desk, division):
    dialog = open_from_edit_menu(qtbot, window)
    assert dialog.model.total == 15  # every record of the small division, made
    dialog.filters.set_filter("table_name", "officer")
    assert dialog.model.total == 2
    dialog.filters.search.setFocus()
    with qtbot.waitSignal(dialog.model.reloaded, timeout=2000):
        type_text(qtbot, "tremblay")
    assert dialog.model.total == 1
    dialog.table.selectRow(0)
    assert dialog.heading.text().startswith("Created officer “Sgt. J. Tremblay (3310)”")
    made = dict((label, after) for label, _before, after in fields(dialog))
    assert (made["Badge number"], made["Last name"], made["Active"]) == ("3310", "Tremblay",
                                                                        "Yes")
    assert all(before == "" for _label, before, _after in fields(dialog))
    dialog.filters.set_search("nobody-by-that-name")
    assert dialog.heading.text() == "No entry matches. Change the search or the filters."


def test_coming_back_to_the_log_shows_the_changes_made_meanwhile(qtbot, window, desk, division):
    dialog = open_from_edit_menu(qtbot, window)
    assert dialog.model.total == 15
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    desk.partners.update(division.school["id"], {"phone": "613-555-0101"})
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.model.total == 16)
    assert dialog.heading.text().startswith("Changed partner “École Saint-Amour”")
    assert fields(dialog) == [("Phone", "(empty)", "613-555-0101")]


def test_a_records_history_shows_its_own_changes_only(qtbot, window, desk, division):
    from ui.pages.partners_page import PartnersPage

    desk.partners.update(division.school["id"], {"notes": "Principal retires in June"})
    desk.partners.update(division.leader["id"], {"notes": "Moved to Vanier"})
    index = window.page_index("partner")
    window.show_page(index)
    page = window.page(index)
    assert isinstance(page, PartnersPage)
    page.open_record(division.school["id"])
    assert page.history_button.isVisible()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert isinstance(dialog, AuditLogDialog)
    assert dialog.windowTitle() == "History of École Saint-Amour"
    records = {dialog.model.rows[row]["record"] for row in range(len(dialog.model.rows))}
    assert records == {"École Saint-Amour"}
    assert dialog.model.total == desk.db.execute(
        "SELECT count(*) FROM audit_log WHERE row_id = ?", [division.school["id"]]).fetchone()[0]
    dialog.filters.set_search("retires")  # typing keeps to the record
    assert [row["record"] for row in dialog.model.rows] == ["École Saint-Amour"]


def test_export_for_review_writes_the_whole_log_and_notes_it(qtbot, window, desk, division,
                                                             monkeypatch, tmp_path):
    import csv

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    out = tmp_path / "audit.csv"
    asked, told = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (asked.append(args[2]), (str(out), ""))[1]))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    dialog = open_from_edit_menu(qtbot, window)
    entries = dialog.model.total
    qtbot.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
    assert asked == ["audit-log-2026-11-24.csv"]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == entries
    assert told == [f"{entries} entries written to {out}."]
    assert dialog.model.rows[0]["change"] == "Exported: audit.csv"  # the log shows it now
