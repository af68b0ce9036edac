"""After a PDF is made, the one box left on the screen is the one that says so: the
"Making a PDF" bar is gone before it shows, and once it is answered nothing modal is left."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)
from records_division import small_division

from ui.reports import PdfActions
from ui.reports.pdf_options_dialog import PdfOptionsDialog

REAL_INFORMATION = QMessageBox.information  # the tests' conftest refuses the static boxes


def visible_modals() -> list[str]:
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.isModal())


@pytest.fixture
def window(qtbot, desk):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.pdfs = PdfActions(main, lambda: desk)
    main.show()
    qtbot.waitExposed(main)
    return main


def held_back(monkeypatch, module: str, name: str) -> threading.Event:
    """The writer waits until the test lets it go: the bar has time to show, as it does for
    a large division."""
    import importlib

    owner = importlib.import_module(module)
    real = getattr(owner, name)
    gate = threading.Event()

    def slow(*args, **kwargs):
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, slow)
    return gate


def briefing(window, desk, division, tmp_path, monkeypatch):
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C"})
    gate = held_back(monkeypatch, "ompm_desktop.reports.briefing", "write_briefing")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(tmp_path / "briefing.pdf"), "")))
    return window.pdfs.briefing(shift["id"]), gate


def profile(window, desk, division, tmp_path, monkeypatch):
    gate = held_back(monkeypatch, "ompm_desktop.reports.profile", "write_profile")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(tmp_path / "vanier.pdf"), "")))
    return window.pdfs.profile(division.vanier["id"]), gate


def all_profiles(window, desk, division, tmp_path, monkeypatch):
    gate = held_back(monkeypatch, "ompm_desktop.reports.profile", "write_profiles")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(tmp_path)))
    window.pdfs.all_profiles_action.trigger()
    dialog = window.findChild(PdfOptionsDialog)
    dialog.folder.click()
    return dialog, gate


@pytest.mark.parametrize("export", [briefing, profile, all_profiles])
def test_after_an_export_the_only_modal_is_the_box_the_user_answers(
        qtbot, window, desk, tmp_path, monkeypatch, export):
    division = small_division(desk)
    monkeypatch.setattr(QMessageBox, "information", REAL_INFORMATION)
    dialog, gate = export(window, desk, division, tmp_path, monkeypatch)
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen["text"], seen["modals"] = box.text(), visible_modals()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # what the user does: Return, or OK

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    progress = window.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # the bar is up while it works
    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.pdfs.made, timeout=20_000):
        gate.set()
    qtbot.waitUntil(lambda: "modals" in seen and not visible_modals(), timeout=5000)
    assert seen["modals"] == ["QMessageBox"]
    assert seen["text"].startswith("Saved")
    assert QApplication.activeModalWidget() is None
