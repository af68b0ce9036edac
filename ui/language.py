"""The window's language: Qt's own words and ours (resources/translations/*.qm, from the
.ts files Qt Linguist edits) and the core's catalogue, all following the `language` setting;
File > Language changes the setting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ompm_desktop.i18n import CATALOGUE_LOCALES, LANGUAGES, set_language
from ompm_desktop.paths import resource_path

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

_installed: list[QTranslator] = []  # kept alive while installed
_system_locale: list[QLocale] = []  # the locale Qt started with, for going back to English


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"ompm_{CATALOGUE_LOCALES[language]}.qm"))


def install_translators(language: str) -> list[str]:
    """Speak `language` in every window made from now on (and in the core's text). The
    names of the catalogues loaded; English needs none."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    if not _system_locale:
        _system_locale.append(QLocale())
    # Qt's own dates and numbers (a date field's 'mar. 24 nov.', a decimal comma) follow.
    QLocale.setDefault(QLocale(CATALOGUE_LOCALES[language]) if language in CATALOGUE_LOCALES
                       else _system_locale[0])
    loaded = []
    if language in CATALOGUE_LOCALES:
        locale = CATALOGUE_LOCALES[language]
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_folder),
                             (f"ompm_{locale}", str(resource_path("translations")))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    return loaded


class LanguageMenu(QObject):
    """File > Language: English or Français, saved in the database's settings."""

    def __init__(self, menu: QMenu, desk: Desk, say: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.say = say  # shows a sentence in the status bar
        self.menu = menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.menu.addAction(name)  # each language in its own words
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.actions[code] = action
        self.show_setting(desk)

    def show_setting(self, desk: Desk) -> None:
        self.desk = desk
        self.actions[desk.settings.get("language")].setChecked(True)
        self.menu.setEnabled(not desk.read_only)

    def choose(self, code: str) -> None:
        if code == self.desk.settings.get("language"):
            return
        self.desk.settings.set("language", code)
        # The language named in the sentence's own words: "made in French", "produites en
        # anglais" (the menu names each in its own: English, Français).
        names = {"en": self.tr("English"), "fr": self.tr("French")}
        self.say(self.tr("Briefing sheets are made in {0} from now on; the window speaks it "
                         "from the next start.").format(names.get(code, LANGUAGES[code])))
