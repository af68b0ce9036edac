"""Every text a person reads is French when the app speaks French: each page (on every tab
of its form, a record shown) and each window the menus and pages open is built once in
English and once in French from the same database, and compared text by text. A text the
same in both languages must be data (a name, a number, a note typed in English) or a word
the catalogue gives as French too (a list's cells are records: they are held to the second
rule alone); and no French text may keep an English word of the
catalogues' (a sentence half translated)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from ompm_desktop.model import seed
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.source import ENCODINGS
from tests.ui.visible_texts import EnglishFinder, database_values, visible_texts
from ui.errors import ErrorReportDialog, error_report
from ui.language import install_translators
from ui.main_window import MainWindow
from ui.navigation import PAGES
from ui.pages.neighbourhoods_page import assessment_dialog_class

Scene = Callable[[MainWindow, Any], QWidget]
PROBLEMS = ("Matricule,Prénom,Nom de famille,Grade\n4471,Julie,Morin,Cst.\n5012,Luc,,Sgt.\n"
            "6001,Ana,Ahmed,Capitaine\n")  # a file with two problems, for the import's checks
IN_THE_FILE = ("Matricule", "Prénom", "Nom de famille", "Grade", "Capitaine")
# The model's own words, quoted in English in every language (the app's translation is
# shown beside them, labelled as such): its name, definitions, diagram lines, quadrants'
# names and front-line actions, and what its consultation said.
MODEL_WORDS = (
    seed.MODEL_NAME, seed.MOBILIZATION_SIDE.heading, seed.ENGAGEMENT_SIDE.heading,
    *(d.term for d in seed.DEFINITIONS), *(d.text for d in seed.DEFINITIONS),
    *seed.MOBILIZATION_SIDE.lines, *seed.ENGAGEMENT_SIDE.lines, *seed.CRIME_PREVENTION_QUOTES,
    *(info.name for info in QUADRANTS.values()),
    *(action for info in QUADRANTS.values() for action in info.actions),
)
# The encodings' own names (ISO-8859-1, Mac Roman), not those the app words in English.
ENCODING_NAMES = tuple(name for name in ENCODINGS.values()
                       if all(word.strip("()")[:1].isupper() for word in name.split()))


def _page(index: int) -> Scene:
    def scene(window: MainWindow, qtbot: Any) -> QWidget:
        window.show_page(index)
        page = window.pages.currentWidget()
        table = getattr(page, "table", None)
        if isinstance(table, QTableView) and table.model().rowCount():
            table.selectRow(0)  # a record in the form, every tab of it walked
        return window
    return scene


def _menu_window(opener: str) -> Scene:
    def scene(window: MainWindow, qtbot: Any) -> QWidget:
        # The menus' own windows are opened by the object the window owns for them.
        owner = window.menu_windows if hasattr(window.menu_windows, opener) else window
        getattr(owner, opener)()
        assert window.dialog is not None
        return window.dialog
    return scene


def _file_window(opener: str) -> Scene:
    def scene(window: MainWindow, qtbot: Any) -> QWidget:
        return getattr(window.transfer, opener)()
    return scene


def _import_step(steps: int) -> Scene:
    """The import wizard with a file of officers chosen, `steps` pages on (2: its problems)."""
    def scene(window: MainWindow, qtbot: Any) -> QWidget:
        path = Path(tempfile.mkdtemp()) / "officers.csv"
        path.write_text(PROBLEMS, encoding="utf-8")
        wizard = window.transfer.import_file()
        with patch.object(QFileDialog, "getOpenFileName",
                          lambda *args, **kwargs: (str(path), "")):
            qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
        for step in range(steps):
            if step == 1:
                with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
                    wizard.next()
            else:
                wizard.next()
        return wizard
    return scene


def _lock_screen(window: MainWindow, qtbot: Any) -> QWidget:
    window.idle_lock.lock()
    return window


def _error_report(window: MainWindow, qtbot: Any) -> QWidget:
    dialog = ErrorReportDialog(error_report(ValueError, ValueError("boom"), None), window)
    dialog.show()
    return dialog


def _neighbourhood(window: MainWindow, qtbot: Any) -> QWidget:
    window.show_page(1)
    window.pages.currentWidget().open_neighbourhood(window.desk.neighbourhoods.list()[0]["id"])
    return window


def _neighbourhood_dialog(window: MainWindow, qtbot: Any) -> QWidget:
    window.show_page(1)
    return window.pages.currentWidget().edit_neighbourhood(new=True)


def _assessment(window: MainWindow, qtbot: Any) -> QWidget:
    window.show_page(1)
    hoods = window.pages.currentWidget()
    hood_id = window.desk.neighbourhoods.list()[0]["id"]
    hoods.open_neighbourhood(hood_id)
    dialog = assessment_dialog_class()(window.desk, hoods.stack, hood_id, parent=hoods)
    dialog.show()
    return dialog


def _shift_window(opener: str) -> Scene:
    def scene(window: MainWindow, qtbot: Any) -> QWidget:
        window.show_page(5)
        return getattr(window.pages.currentWidget(), opener)()
    return scene


def _briefing_options(window: MainWindow, qtbot: Any) -> QWidget:
    return window.pdfs.current_briefing()


SCENES: dict[str, Scene] = {
    **{f"page {entry.title}": _page(index) for index, entry in enumerate(PAGES)},
    "a neighbourhood and its diagram": _neighbourhood,
    "new neighbourhood": _neighbourhood_dialog,
    "assessment": _assessment,
    **{opener: _menu_window(opener) for opener in (
        "show_beats", "show_search", "show_recently_deleted", "show_audit_log",
        "new_database", "change_passphrase", "show_model_help", "show_shortcuts",
        "show_about", "ask_who_is_using", "sync_with_hub", "review_sync_conflicts",
        "show_access_request")},
    **{opener: _file_window(opener) for opener in (
        "import_file", "export_file", "review_retention")},
    "new shift": _shift_window("new_shift"),
    "officer calendars": _shift_window("export_officer_calendars"),
    "briefing options": _briefing_options,
    "import: columns": _import_step(1),
    "import: problems": _import_step(2),
    "locked": _lock_screen,
    "error report": _error_report,
}


def _texts_in(language: str, path, scene: Scene, qtbot) -> dict[str, str]:
    install_translators(language)
    desk = Desk.open(path)
    window = MainWindow(desk)
    window.back_up_when_closed = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        root = scene(window, qtbot)
        assert root is not None
        qtbot.waitExposed(root)
        return visible_texts(root)
    finally:
        for dialog in window.findChildren(QWidget):
            if dialog.isWindow() and dialog.isVisible():
                dialog.close()
        window.close()
        desk.close()
        install_translators("en")


QUOTED = re.compile(r"«[^»]*»|“[^”]*”")


def unquoted(text: str) -> str:
    """A French text without what it quotes (the model's words, quoted as it wrote them)."""
    return QUOTED.sub(" ", text)


@pytest.mark.parametrize("name", SCENES)
def test_every_text_of_the_window_is_french(qtbot, demo_db, name):
    scene = SCENES[name]
    english = _texts_in("en", demo_db, scene, qtbot)
    french = _texts_in("fr", demo_db, scene, qtbot)
    finder = EnglishFinder(database_values(demo_db, *IN_THE_FILE, *ENCODING_NAMES,
                                           *MODEL_WORDS))
    untranslated = sorted(
        f"{where}: {text!r}" for where, text in french.items()
        if english.get(where) == text and not finder.is_translation_or_data(text)
        and ":cell" not in where)  # a list's cells are its records: only half is checked
    half = sorted(f"{where}: {text!r} keeps {finder.english_words(unquoted(text))}"
                  for where, text in french.items() if finder.english_words(unquoted(text)))
    assert len(french) >= 3  # the walk found the window's texts
    if untranslated or half:
        pytest.fail("Still in English:\n" + "\n".join(untranslated + half), pytrace=False)


def test_the_finder_tells_english_left_from_data_and_french():
    finder = EnglishFinder(["Ahmed", "Cst.", "Riverside Park", *IN_THE_FILE])
    assert "the" in finder.english_words("Enregistrer the record")
    assert not finder.is_translation_or_data("Save the record")
    assert finder.is_translation_or_data("Cst. D. Ahmed")  # a name with its initial
    assert finder.is_translation_or_data("400 contacts")  # the catalogue's French too
    assert finder.is_translation_or_data("Riverside Park · 12")
    assert finder.english_words("Parc <b>Riverside Park</b> : 3") == []
