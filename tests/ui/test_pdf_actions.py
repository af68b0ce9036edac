"""Making PDFs from the window: open or save one, and the batch of all profiles with its
progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from records_division import small_division

from ui.reports import PdfActions
from ui.reports.pdf_options_dialog import PdfOptionsDialog


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.fixture
def window(qtbot, desk):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.pdfs = PdfActions(main, lambda: desk)
    main.show()
    return main


@pytest.fixture
def division(desk):
    d = small_division(desk)
    desk.partner_personal.save_for_partner(d.leader["id"], {"home_phone": "613-555-4321"})
    return d


@pytest.fixture
def messages(monkeypatch):
    said = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *rest, _name=name: said.append((_name, text))))
    return said


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(Path(url.toLocalFile())) or True))
    return urls


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "PDF files (*.pdf)")))


def test_save_a_profile_where_the_user_chooses(qtbot, window, division, tmp_path, monkeypatch,
                                               messages, opened):
    save_to(monkeypatch, tmp_path / "vanier")
    dialog = window.pdfs.profile(division.vanier["id"])
    assert not dialog.personal.isChecked()
    with qtbot.waitSignal(window.pdfs.made, timeout=10_000) as made:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "vanier.pdf"
    assert made.args[0] == [written]
    text = pdf_text(written)
    assert "Vanier" in text and "613-555-4321" not in text
    assert messages == [("information", f"Saved to {written}.")]
    assert opened == []


def test_open_a_briefing_in_the_viewer_with_personal_details_on_request(
        qtbot, window, desk, division, opened, messages):
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C"})
    desk.assignments.create({"shift_id": shift["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A31"})
    dialog = window.pdfs.briefing(shift["id"])
    qtbot.mouseClick(dialog.personal, Qt.MouseButton.LeftButton)
    dialog.detail.click()  # the partners are in the detail pages
    with qtbot.waitSignal(window.pdfs.made, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [path] = opened
    assert path.name.startswith("briefing-2026-11-24-night-")
    text = pdf_text(path)
    assert "2A31" in text and "613-555-4321" in text
    assert "CONTAINS RESIDENTS' PERSONAL INFORMATION" in text
    assert messages == []


def test_cancelling_the_options_makes_nothing(qtbot, window, division, opened, messages):
    dialog = window.pdfs.profile(division.rideau["id"])
    dialog.reject()
    assert window.pdfs.job is None and opened == [] and messages == []


def test_all_profiles_into_a_folder_with_a_progress_bar(qtbot, window, division, tmp_path,
                                                        monkeypatch, messages):
    folder = tmp_path / "profiles"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    window.pdfs.all_profiles_action.trigger()
    dialog = window.findChild(PdfOptionsDialog)
    assert dialog.isVisible() and dialog.open_button is None
    qtbot.mouseClick(dialog.folder, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.pdfs.made, timeout=10_000) as made:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(made.args[0]) == 3
    assert sorted(p.name for p in folder.iterdir()) == ["rideau-heights.pdf", "vanier.pdf",
                                                        "westboro.pdf"]
    assert messages == [("information", f"Saved 3 PDF file(s) in {folder}.")]


def test_cancel_stops_the_batch_and_writes_no_file(qtbot, window, desk, division, tmp_path,
                                                   monkeypatch, messages):
    for index in range(30):
        desk.neighbourhoods.create({"name": f"Côte-Saint-Luc {index}",
                                    "beat_id": division.beat["id"]})
    out = tmp_path / "all.pdf"
    save_to(monkeypatch, out)
    dialog = window.pdfs.all_profiles()
    assert dialog.one_file.isChecked()

    def watch(job) -> None:
        # Cancel once the first profile is reported, as a person watching the bar would.
        cancel = window.findChild(QProgressDialog).findChild(QPushButton)
        assert cancel.text() == "Cancel"
        job.progress.connect(lambda *args: cancel.click())

    window.pdfs.started.connect(watch)
    with qtbot.waitSignal(window.pdfs.failed, timeout=20_000) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in failed.args[0] and "Nothing was written" in failed.args[0]
    assert not out.exists()
    assert messages[-1][0] == "information"


def test_ctrl_p_prints_the_current_shift_or_says_there_is_none(qtbot, window, desk, division,
                                                               opened, messages):
    window.pdfs.current_briefing_action.trigger()
    assert messages == [("information", "No shift is running or planned. Plan one on the "
                                        "Shifts page first.")]
    desk.shifts.create({"starts_at": "2026-11-24 07:00", "ends_at": "2026-11-24 19:00",
                        "platoon": "A"})
    desk.shifts.create({"starts_at": "2026-11-24 17:00",
                        "ends_at": "2026-11-25 05:00", "platoon": "C"})
    assert window.pdfs.current_briefing_action.shortcut().toString() == "Ctrl+P"
    window.pdfs.current_briefing_action.trigger()
    dialog = window.findChild(PdfOptionsDialog)
    with qtbot.waitSignal(window.pdfs.made, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "Platoon C · 17:00-05:00" in pdf_text(opened[0])


def test_a_french_briefing_from_an_english_window(qtbot, window, desk, division, opened,
                                                  messages):
    """The language is chosen in the options (the window's by default); the PDF is made in
    the background in French while the window goes on in English."""
    from ompm_desktop.i18n import current_language

    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C"})
    desk.assignments.create({"shift_id": shift["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A31"})
    dialog = window.pdfs.briefing(shift["id"])
    choice = dialog.language_choice
    assert choice.currentData() == "en" and dialog.language == "en"
    choice.setCurrentIndex(choice.findData("fr"))
    with qtbot.waitSignal(window.pdfs.made, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [path] = opened
    text = pdf_text(path)
    assert "Sécurité des agents" in text and "Officer safety" not in text
    assert current_language() == "en"


def test_a_briefing_is_its_roll_call_page_unless_the_detail_is_asked_for(
        qtbot, window, desk, division, opened, messages):
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C"})
    desk.assignments.create({"shift_id": shift["id"], "officer_id": division.morin["id"],
                             "beat_id": division.beat["id"], "call_sign": "2A31"})
    for choices, pages, phone in (((), 1, False), (("detail",), 2, False),
                                  (("detail", "partner_contacts"), 2, True)):
        dialog = window.pdfs.briefing(shift["id"])
        assert not dialog.partner_contacts.isEnabled()  # phones only with the detail pages
        for name in choices:
            getattr(dialog, name).click()
        with qtbot.waitSignal(window.pdfs.made, timeout=10_000):
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        path = opened.pop()
        assert len(PdfReader(str(path)).pages) == pages
        assert ("613-555-0142" in pdf_text(path)) is phone
    profile = window.pdfs.profile(division.vanier["id"])
    assert profile.detail.isHidden() and profile.briefing_options == {}
    profile.reject()
