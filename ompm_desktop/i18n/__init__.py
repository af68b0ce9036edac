"""The core's words in the user's language: one gettext catalogue (resources/locale/), no Qt.

Strings a person reads are marked where they are written: `N_("Liaison")` in a table of
data (the English text stays the stored value), `_("Assignments")` where the text is used.
What is shown goes through `_()` at the moment it is shown, so the language chosen in the
settings (or for one export, with `language_of`) applies. `packaging/translations.py`
extracts the marked strings and compiles the catalogue.
"""

from __future__ import annotations

import gettext
import locale
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ompm_desktop.errors import ValidationError
from ompm_desktop.paths import resource_path

DOMAIN = "ompm"
LANGUAGES = {"en": "English", "fr": "Français"}
CATALOGUE_LOCALES = {"fr": "fr_CA"}  # the language's catalogue under resources/locale/
DEFAULT_LANGUAGE = "en"

_state: dict[str, object] = {"language": DEFAULT_LANGUAGE,
                             "catalogue": gettext.NullTranslations()}
# A language spoken for a while by one thread only (a PDF made in French in the background
# while the window goes on in English): see language_of.
_this_thread = threading.local()


def N_(message: str) -> str:  # gettext's name for "mark, translate later"
    """Mark a string for the catalogue without translating it here (tables of data)."""
    return message


def _catalogue() -> gettext.NullTranslations:
    catalogue = getattr(_this_thread, "catalogue", None) or _state["catalogue"]
    assert isinstance(catalogue, gettext.NullTranslations)
    return catalogue


def _(message: str) -> str:
    """The message in the current language (itself in English or when not translated)."""
    return _catalogue().gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    return _catalogue().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A word that reads two ways in French: "Partner" is a community partner or, on the
    briefing's assignments, the officer riding along."""
    return _catalogue().pgettext(context, message)


def app_title() -> str:
    """The app's name in the current language (APP_TITLE stays English where a program
    reads it: calendar files, the PDFs' metadata, the self-test's line for IT)."""
    return _(N_("Community Policing Desk"))


def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of a language ("en" needs none)."""
    check_language(language)
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=resource_path("locale"),
                               languages=[CATALOGUE_LOCALES[language]])


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise ValidationError(f"The app speaks {known}; '{language}' is not one of them.",
                              "language")
    return language


def set_language(language: str) -> None:
    """Speak this language from now on (the catalogue is read once)."""
    _state["catalogue"] = translations(language)
    _state["language"] = language


def current_language() -> str:
    return str(getattr(_this_thread, "language", None) or _state["language"])


@contextmanager
def language_of(language: str) -> Iterator[None]:
    """Speak a language for a while in this thread alone (a PDF made in French in the
    background from an English window: the window's words do not change meanwhile)."""
    catalogue = translations(language)
    before = getattr(_this_thread, "language", None), getattr(_this_thread, "catalogue", None)
    _this_thread.language, _this_thread.catalogue = language, catalogue
    try:
        yield
    finally:
        _this_thread.language, _this_thread.catalogue = before


def system_language() -> str:
    """French when the system's locale is French, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else DEFAULT_LANGUAGE
    found = locale.getlocale()[0] or ""
    return "fr" if found.lower().startswith("fr") else DEFAULT_LANGUAGE
