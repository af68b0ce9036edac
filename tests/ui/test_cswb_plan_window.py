"""The CSWB plan in the window (Go > CSWB plan): risks typed from the keyboard, initiatives
and partners tagged with them, "did it work?" on an initiative, and File > CSWB plan report."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from records_division import small_division
from records_helpers import focused, press, show_window, tab, type_text

from ompm_desktop.clock import LOCAL_ZONE, iso
from ompm_desktop.cswb.calls import Call, add_calls
from ui.cswb_plan_dialog import CswbPlanDialog
from ui.records.forms.initiative_form import InitiativeForm
from ui.records.forms.partner_form import PartnerForm
from ui.reports.cswb_report_dialog import CswbReportDialog


@pytest.fixture
def division(desk):
    return small_division(desk)


def menu_action(window, menu: str, text: str):
    [found] = [a.menu() for a in window.menuBar().actions() if a.text() == menu]
    [action] = [a for a in found.actions() if a.text() == text]
    return action


def test_a_risk_of_the_plan_is_typed_from_the_keyboard(qtbot, desk, division):
    window = show_window(qtbot, desk)
    menu_action(window, "&Go", "CSWB &plan…").trigger()
    dialog = window.dialog
    assert isinstance(dialog, CswbPlanDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.page.table.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "field_name"
    type_text(qtbot, "Youth at risk")
    tab(qtbot)
    area = focused()
    assert isinstance(area, QComboBox)
    area.setCurrentIndex(area.findData("social development"))
    tab(qtbot)
    type_text(qtbot, "More youth in after-school programs")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [risk] = desk.cswb_risks.list()
    assert (risk["name"], risk["area"]) == ("Youth at risk", "social development")
    assert risk["outcomes"] == "More youth in after-school programs"
    assert dialog.page.model.total == 1
    dialog.close()

    assert window.open_record("cswb_risk", risk["id"])  # what Ctrl+K's Enter does
    assert isinstance(window.dialog, CswbPlanDialog)
    assert window.dialog.page.form.record["id"] == risk["id"]
    window.dialog.close()


def test_initiatives_and_partners_are_tagged_and_say_whether_it_worked(qtbot, desk, division):
    risk = desk.cswb_risks.create({"name": "Property crime", "area": "prevention"})
    initiative = desk.initiatives.create({
        "title": "Break-ins on Montreal Rd.", "quadrant": "enforcement",
        "neighbourhood_ids": [division.vanier["id"]], "call_types": "Break and enter"})
    began = date(2026, 11, 24) - timedelta(weeks=8)
    desk.db.execute("INSERT INTO initiative_event (id, initiative_id, at, kind, from_value, "
                    "to_value) VALUES ('r1', ?, ?, 'stage', 'analysis', 'response')",
                    [initiative["id"], iso(datetime.combine(began, time(9),
                                                            tzinfo=LOCAL_ZONE))])
    add_calls(desk.db, [Call(iso(datetime.combine(began + timedelta(days=d), time(20),
                                                  tzinfo=LOCAL_ZONE)), "Break and enter",
                             division.vanier["id"]) for d in range(-50, 50, 10)], "x")
    form = InitiativeForm(desk)
    qtbot.addWidget(form)
    form.load(desk.initiatives.get(initiative["id"]))
    assert "Too few calls to tell" in form.did_it_work.verdict.text()
    qtbot.mouseClick(form.did_it_work.write_button, Qt.MouseButton.LeftButton)
    assert form.dirty and form.values()["measures_before"].startswith("5 calls (Break and")
    assert form.values()["measures_after"].endswith("Too few calls to tell.")
    form.risks.set_value([risk["id"]])
    assert form.values()["risk_ids"] == [risk["id"]]

    partner_form = PartnerForm(desk)
    qtbot.addWidget(partner_form)
    partner_form.load(desk.partners.get(division.leader["id"]))
    sector = partner_form.fields["sector"]
    sector.setCurrentIndex(sector.findData("education"))
    assert partner_form.values()["sector"] == "education"


def test_file_menu_makes_the_board_report(qtbot, desk, division, tmp_path, monkeypatch):
    desk.cswb_risks.create({"name": "Road safety", "area": "prevention"})
    out = tmp_path / "board.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(out), "PDF files (*.pdf)")))
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda parent, title, text, *rest: said.append(text)))
    window = show_window(qtbot, desk)
    action = menu_action(window, "&File", "CS&WB plan report (PDF)…")
    action.trigger()
    [dialog] = [d for d in window.findChildren(CswbReportDialog) if d.isVisible()]
    dialog.end_field.set_value("2026-01-01")
    dialog.start_field.set_value("2026-11-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ends before it starts" in dialog.problem.text()
    dialog.start_field.set_value("2026-01-01")
    dialog.end_field.set_value("today")
    with qtbot.waitSignal(window.pdfs.made, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = " ".join(p.extract_text() for p in PdfReader(str(Path(out))).pages)
    assert "Road safety" in text and said == [f"Saved to {out}."]


def test_the_import_wizard_brings_in_a_cad_export_without_names(qtbot, desk, division,
                                                                 tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWizard

    from ui.import_wizard import ImportWizard

    cad = tmp_path / "cad.csv"
    cad.write_text("Event Number,Date/Time,Nature,Neighbourhood,Caller Name\n"
                   "KRP-1,2026-03-01 21:15,Disturbance,Vanier,Jane Roe\n"
                   "KRP-2,2026-03-02 02:40,Drugs,Rideau Heights,John Doe\n", encoding="utf-8")
    wizard = ImportWizard(desk, kind="calls", path=cad)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    headers = wizard.table.headers
    combos = wizard.mapping_page._combos
    assert combos[headers.index("Nature")].currentData() == "call_type"
    assert combos[headers.index("Caller Name")].currentData() == ""  # not read
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
    assert "2 to create" in wizard.preview_page.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton),
                         Qt.MouseButton.LeftButton)
    assert imported.args[0].created == 2
    assert "John Doe" not in "\n".join(desk.db.conn.iterdump())
