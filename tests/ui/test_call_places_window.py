"""Calls placed by x/y in the window: File > Import neighbourhood boundaries… reads the
GeoJSON file, then the import wizard maps a CAD export's X and Y, says how the calls were
placed, and places them; a damaged boundary file says so in one line."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from records_helpers import show_window

from ompm_desktop.cswb.boundaries import boundary_count
from ui.import_wizard import ImportWizard

NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
VANIER = [[-75.67, 45.43], [-75.64, 45.43], [-75.64, 45.45], [-75.67, 45.45], [-75.67, 45.43]]


@pytest.fixture
def division(desk):
    beat = desk.beats.create({"name": "Beat 1"})
    for name in ("Vanier", "Overbrook"):
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    return desk


def menu_action(window, menu: str, text: str):
    [found] = [a.menu() for a in window.menuBar().actions() if a.text() == menu]
    [action] = [a for a in found.actions() if a.text() == text]
    return action


def boundaries_file(tmp_path):
    path = tmp_path / "ons.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"Name": name},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}
        for name, ring in (("VANIER", VANIER), ("Orléans", VANIER))]}), encoding="utf-8")
    return path


def import_from_menu(qtbot, monkeypatch, window, path):
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "GeoJSON files"))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, text, *rest: told.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *rest: told.append(("warning", text)))
    menu_action(window, "&File", "Import neighbourhood bo&undaries…").trigger()
    return told


def test_boundaries_from_the_file_menu_then_calls_by_xy_in_the_wizard(
        qtbot, monkeypatch, desk, division, tmp_path):
    window = show_window(qtbot, desk)
    told = import_from_menu(qtbot, monkeypatch, window, boundaries_file(tmp_path))
    [(kind, text)] = told
    assert kind == "info" and "Boundary stored for 1 neighbourhood" in text
    assert "left out: Orléans." in text
    assert boundary_count(desk) == 1

    calls = tmp_path / "cad.csv"
    calls.write_text("Event Number,Date/Time,Nature,X,Y\n"
                     "K-1,2026-03-01 21:15,Drugs,-75.655,45.44\n"
                     "K-2,2026-03-01 22:15,Drugs,-75.5,45.44\n", encoding="utf-8")
    wizard = ImportWizard(desk, window, kind="calls", path=calls)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    assert wizard.mapping.columns["x"] == "X" and wizard.mapping.columns["y"] == "Y"
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    assert "by x/y: 1; by address: 0; not placed (counted for the division only): 1" in \
        wizard.preview_page.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.button(IMPORT), Qt.MouseButton.LeftButton)
    assert "by x/y: 1;" in wizard.result_page.summary.text()
    placed = desk.db.execute("SELECT n.name FROM call_for_service c LEFT JOIN neighbourhood n "
                             "ON n.id = c.neighbourhood_id ORDER BY c.reference").fetchall()
    assert placed == [("Vanier",), (None,)]


def test_a_damaged_boundary_file_says_so_in_one_line(qtbot, monkeypatch, desk, division,
                                                      tmp_path):
    window = show_window(qtbot, desk)
    path = tmp_path / "ons.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    [(kind, text)] = import_from_menu(qtbot, monkeypatch, window, path)
    assert kind == "warning" and "is damaged or is not GeoJSON" in text and "\n" not in text
    assert boundary_count(desk) == 0
