"""File > Access request…: a name typed and Enter lists every record that names the person;
Enter on one opens it on its page to correct it; Save as CSV writes the answer, audited."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from records_division import small_division
from records_helpers import open_from_menu, show_window, type_text

from ui.privacy.access_request_dialog import AccessRequestDialog


@pytest.fixture
def division(desk):
    return small_division(desk)


@pytest.fixture
def dialog(qtbot, desk, division):
    window = show_window(qtbot, desk, active=True)
    opened = open_from_menu(qtbot, window, "&File", "&Access request…", AccessRequestDialog,
                            active=True)
    return window, opened


def test_typing_a_name_lists_where_it_is_and_enter_opens_the_record(qtbot, dialog, division):
    window, found = dialog
    assert found.name.hasFocus()
    assert not found.pdf_button.isEnabled()
    type_text(qtbot, "marcel LAVOIE")
    qtbot.keyClick(found.name, Qt.Key.Key_Return)
    kinds = [found.table.item(row, 0).text() for row in range(found.table.rowCount())]
    assert "Partner" in kinds and "Contact" in kinds  # him, and the contact linked to him
    assert found.count.text() == f"{len(kinds)} places name marcel LAVOIE."
    assert found.table.hasFocus()
    found.table.setCurrentCell(kinds.index("Partner"), 0)
    qtbot.keyClick(found.table, Qt.Key.Key_Return)
    partners = window.page(window.page_index("partner"))
    assert window.pages.currentWidget() is partners
    assert partners.form.record["id"] == division.leader["id"]


def test_a_name_too_short_says_so_and_saves_nothing(qtbot, dialog):
    _window, found = dialog
    type_text(qtbot, "al")
    qtbot.keyClick(found.name, Qt.Key.Key_Return)
    assert found.count.text().startswith("Type the person's name as it would be written")
    assert not found.csv_button.isEnabled()


def test_save_as_csv_writes_the_answer_and_notes_it(qtbot, dialog, desk, tmp_path,
                                                    monkeypatch):
    _window, found = dialog
    out = tmp_path / "lavoie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(out), "")))
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    type_text(qtbot, "Marcel Lavoie")
    qtbot.keyClick(found.name, Qt.Key.Key_Return)
    qtbot.mouseClick(found.csv_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "lavoie.csv"
    assert written.read_text(encoding="utf-8-sig").count("\n") == len(found.found) + 1
    assert told == [f"{len(found.found)} places written to {written}."]
    assert desk.db.execute("SELECT count(*) FROM audit_log WHERE action = 'access_request'"
                           ).fetchone()[0] == 1
