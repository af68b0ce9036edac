"""The window in French: the sidebar and the menus from our Qt Linguist catalogue, Qt's own
buttons from Qt's, the model's words from the core's; File > Language changes the setting."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ompm_desktop.i18n import LANGUAGES
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.paths import resource_path
from ompm_desktop.services.desk import Desk
from ui.language import qm_path
from ui.main_window import MainWindow
from ui.shortcuts_help import window_shortcuts

TS = resource_path("translations", "ompm_fr_CA.ts")


@pytest.fixture
def demo(demo_db):
    path = demo_db
    desk = Desk.open(path)
    yield desk
    desk.close()


def test_every_message_of_the_window_catalogue_is_translated_and_compiled():
    translator = QTranslator()
    assert translator.load(qm_path("fr"))
    count = 0
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            assert translation is not None and translation.get("type") is None, source
            # the .qm says what the .ts says: packaging/translations.py qt-compile ran
            assert translator.translate(name, source) == translation.text, source
            count += 1
    assert count > 60


def test_the_sidebar_menus_and_model_speak_french(qtbot, demo, french):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Aujourd'hui", "Quartiers", "Partenaires", "Contacts", "Initiatives",
                      "Quarts", "Agents", "Éléments de breffage"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Aller", "Ai&de"]
    shortcuts = {line.command for line in window_shortcuts(window)}
    assert "Édition > Tout chercher" in shortcuts and "Aller > Aujourd'hui" in shortcuts
    assert window.sidebar.width() > window.sidebar.fontMetrics().horizontalAdvance(
        "Éléments de breffage")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert Quadrant.ENGAGEMENT.label == "Engagement communautaire et liaison"
    window.menu_windows.show_model_help()  # F1: the model in its established French names
    model = window.dialog.browser.toPlainText()
    assert "Modèle de mobilisation et d'engagement communautaire" in model
    assert "Sécurité communautaire et consultation (vert)" in model
    assert "Actions des agents de première ligne" in model
    window.dialog.close()
    window.show_page(1)  # the model's page
    hoods = window.pages.currentWidget()
    hoods.open_neighbourhood(demo.neighbourhoods.list()[0]["id"])
    hoods._show_quadrant("safety")
    assert hoods.beat_filter.itemText(0) == "Tous les secteurs"
    panel = hoods.panel
    assert panel.name.text() == "<b>Sécurité communautaire et consultation</b>"
    assert "Direction :" in panel.body.text() and "Actions de première ligne" in panel.body.text()
    history = hoods.findChild(QWidget, "assessment_history")
    assert history.horizontalHeaderItem(1).text() == "Évaluateur"
    assert "dans le modèle" in hoods.findChild(QWidget, "diagram").layout_shown.title
    window.show_page(5)  # planning a shift
    shifts = window.pages.currentWidget()
    assert shifts.title.text().startswith("Nuit · ") and "Peloton" in shifts.title.text()
    assignments = shifts.findChild(QWidget, "assignments")
    assert assignments.model().headerData(0, Qt.Orientation.Horizontal) == "Agent"
    today = window.pages.widget(0)  # the first screen
    assert today.heading.text().startswith("<h2>Aujourd'hui, ")
    assert "Quart :" in today.heading.text() and "Peloton" in today.heading.text()
    assert today.boxes["items"].title().startswith("Éléments de breffage en vigueur")
    assert today.lists["items"].accessibleName() == today.boxes["items"].title()


def test_file_language_saves_the_choice_for_the_next_start(qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    menu = window.language
    assert menu.actions[demo.settings.get("language")].isChecked()
    menu.actions["fr"].trigger()
    assert demo.settings.get("language") == "fr"
    assert window.statusBar().currentMessage().startswith(
        "Briefing sheets are made in French from now on")
    assert QCoreApplication.translate("MainWindow", "Today") == "Today"  # from next start
    window.load(demo)
    assert menu.actions["fr"].isChecked() and not menu.actions["en"].isChecked()


def test_file_language_names_the_language_in_the_windows_own_words(qtbot, demo, french):
    demo.settings.set("language", "fr")
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.language.actions["en"].trigger()
    assert window.statusBar().currentMessage().startswith(
        "Les feuilles de breffage sont désormais produites en anglais ;")


def test_every_word_of_the_menus_comes_from_the_french_catalogue(qtbot, demo, french):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    translated = {message.find("translation").text for message in ET.parse(TS).iter("message")}
    own_words = set(LANGUAGES.values())  # each language offered in its own words
    untranslated = []

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or menu is window.recent_menu:
                continue  # the recent files are file names
            if action.text() not in translated | own_words:
                untranslated.append(f"{path} > {action.text()}")
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {action.text()}")

    for action in window.menuBar().actions():
        assert action.text() in translated, action.text()
        walk(action.menu(), action.text())
    assert untranslated == []
