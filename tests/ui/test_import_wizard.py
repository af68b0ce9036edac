"""The import wizard, used like a person would: the Toronto file, a file with problems fixed
and checked again, and a column matched by hand."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from ompm_desktop.paths import resource_path
from ui.import_wizard import ImportWizard
from ui.import_wizard.mapping_page import KEPT, SCORED

TORONTO = Path(__file__).resolve().parents[1] / "data" / "toronto-wellbeing-safety-2011.csv"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def wizard(qtbot, desk):
    shown = ImportWizard(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def choose_file(qtbot, monkeypatch, wizard, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "CSV files (*.csv *.txt)"))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)


def choose_kind(qtbot, wizard, title: str) -> None:
    combo = wizard.file_page.kind
    pick(qtbot, combo, combo.itemData(combo.findText(title)))
    assert combo.currentText() == title


def combo_for(wizard, header: str):
    headers = wizard.table.headers
    return wizard.mapping_page._combos[headers.index(header)]


def pick(qtbot, combo, value: str) -> None:
    """Choose an entry as a person does: open the list, move to it, press Enter."""
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(combo.findData(value), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentData() == value


def click(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_toronto_file_imports_as_neighbourhoods_and_indicators(
    qtbot, monkeypatch, wizard, desk
):
    choose_kind(qtbot, wizard, "Neighbourhood indicators")
    choose_file(qtbot, monkeypatch, wizard, TORONTO)
    status = wizard.file_page.status.text()
    assert "Rows: 140, columns: 16 " in status and "UTF-8" in status and "comma" in status
    click(qtbot, wizard, NEXT)

    page = wizard.mapping_page
    assert combo_for(wizard, "Neighbourhood").currentData() == "neighbourhood"
    assert combo_for(wizard, "Assaults").currentData() == SCORED
    assert combo_for(wizard, "Neighbourhood Id").currentData() == ""
    # Keep the totals and the fire and medical calls, but score only the crime counts.
    for header in ("Total Major Crime Incidents", "Fire Medical Calls",
                   "Fire Vehicle Incidents", "Fires & Fire Alarms", "Hazardous Incidents",
                   "Neighbourhood Id"):
        pick(qtbot, combo_for(wizard, header), KEPT)
    page.batch_date.setFocus()
    page.batch_date.setSelectedSection(page.batch_date.Section.YearSection)
    qtbot.keyClicks(page.batch_date, "20111231")
    assert page.batch_date.date() == QDate(2011, 12, 31)
    page.assessor.selectAll()
    qtbot.keyClicks(page.assessor, "City of Toronto")

    with qtbot.waitSignal(wizard.preview_page.checked, timeout=20_000):
        click(qtbot, wizard, NEXT)
    preview = wizard.preview_page
    assert "140 to create, 0 to update, 0 unchanged" in preview.summary.text()
    model = preview.model
    assert model.rowCount() == 140
    first = [model.index(0, c).data() for c in range(4)]
    assert first[:2] == ["2", "Create"]
    assert first[2].startswith("West Humber-Clairville: threat ")
    assert first[2].endswith(", not yet placed (capacity unknown)")
    assert first[3] == "new neighbourhood: West Humber-Clairville"
    assert desk.neighbourhoods.count() == 0  # checked, not written

    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        click(qtbot, wizard, IMPORT)
    assert imported.args[0].created == 140
    assert wizard.currentPage() is wizard.result_page
    assert "140 rows imported from toronto-wellbeing-safety-2011.csv" in \
        wizard.result_page.summary.text()
    click(qtbot, wizard, FINISH)

    assert desk.neighbourhoods.count() == 140 and desk.assessments.count() == 140
    assessments = desk.assessments.list()
    assert {(a["assessed_on"], a["assessor"]) for a in assessments} == {
        ("2011-12-31", "City of Toronto")}
    indicators = json.loads(assessments[0]["indicators"])
    # The file's 15 columns and the three threat indicators summed from its crime counts.
    assert len(indicators) == 18 and "neighbourhood_id" in indicators
    assert all("Violent incidents" in a["notes"] and "Capacity not assessed" in a["notes"]
               for a in assessments)
    assert {a["capacity"] for a in assessments} == {None}


def test_the_saved_toronto_mapping_loads_into_the_wizard(qtbot, monkeypatch, wizard):
    choose_kind(qtbot, wizard, "Neighbourhood indicators")
    choose_file(qtbot, monkeypatch, wizard, TORONTO)
    click(qtbot, wizard, NEXT)
    mapping_file = resource_path("mappings", "toronto-wellbeing-safety-2011.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(mapping_file), "Mappings (*.json)"))
    qtbot.mouseClick(wizard.mapping_page.load_button, Qt.MouseButton.LeftButton)
    assert combo_for(wizard, "Total Major Crime Incidents").currentData() == KEPT
    assert combo_for(wizard, "Neighbourhood Id").currentData() == KEPT
    assert combo_for(wizard, "Robberies").currentData() == SCORED
    assert wizard.mapping_page.batch_date.date() == QDate(2011, 12, 31)


def test_problems_are_listed_and_the_fixed_file_imports(qtbot, monkeypatch, wizard, desk,
                                                          tmp_path):
    path = tmp_path / "officers.csv"
    path.write_text("Badge,First name,Last name,Rank\n4471,Julie,Morin,Cst.\n"
                    "5012,Luc,,Sgt.\n6001,Ana,Ahmed,Captain\n", encoding="utf-8")
    choose_file(qtbot, monkeypatch, wizard, path)
    click(qtbot, wizard, NEXT)
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        click(qtbot, wizard, NEXT)
    preview = wizard.preview_page
    assert "the file has 2 problems" in preview.summary.text()
    rows = [[preview.model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert rows[0] == ["3", "Last name", "Last name is required."]
    assert rows[1][:2] == ["4", "Rank"] and "Captain" in rows[1][2]
    assert not wizard.button(IMPORT).isEnabled()

    path.write_text("Badge,First name,Last name,Rank\n4471,Julie,Morin,Cst.\n"
                    "5012,Luc,Tremblay,Sgt.\n6001,Ana,Ahmed,Insp.\n", encoding="utf-8")
    with qtbot.waitSignal(preview.checked, timeout=10_000):
        qtbot.mouseClick(preview.again_button, Qt.MouseButton.LeftButton)
    assert "3 to create" in preview.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        click(qtbot, wizard, IMPORT)
    assert sorted(o["badge"] for o in desk.officers.list()) == ["4471", "5012", "6001"]


def test_a_column_matched_by_hand(qtbot, monkeypatch, wizard, desk, tmp_path):
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    path = tmp_path / "roster.csv"
    path.write_text("Emp #;Surname;Given\n4471;Morin-Roy;Julie\n5012;Tremblay;Luc\n",
                    encoding="utf-8")
    choose_kind(qtbot, wizard, "Officers")
    choose_file(qtbot, monkeypatch, wizard, path)
    assert "semicolon" in wizard.file_page.status.text()
    click(qtbot, wizard, NEXT)
    page = wizard.mapping_page
    assert "no column for Badge number" in page.status.text()
    assert not wizard.button(NEXT).isEnabled()
    pick(qtbot, combo_for(wizard, "Emp #"), "badge")
    pick(qtbot, combo_for(wizard, "Given"), "first_name")
    assert wizard.button(NEXT).isEnabled()
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        click(qtbot, wizard, NEXT)
    model = wizard.preview_page.model
    assert [model.index(r, 1).data() for r in range(2)] == ["Update", "Create"]
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        click(qtbot, wizard, IMPORT)
    assert desk.officers.find_by_badge("4471")["last_name"] == "Morin-Roy"
    assert desk.officers.find_by_badge("5012")["first_name"] == "Luc"
