"""What a person reads in a window, gathered widget by widget, and how to tell a French text
from an English one that slipped through.

`visible_texts(root)` walks root's visible widgets on every tab and returns each text under
a key that names where it is (the same window built twice gives the same keys), so a window
built in English and again in French can be compared text by text. `english_left(text)`
says which words of a French text are English: words that occur in the English side of the
catalogues and in none of their French translations, once the database's own values (names,
notes typed in English) are taken out.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from ompm_desktop.i18n import LANGUAGES
from ompm_desktop.model.vocabulary import PLATOONS, RANKS
from ompm_desktop.paths import resource_path
from tests.ui.accessibility_walk import every_tab

TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&(nbsp|amp|lt|gt|quot|#\d+);")
WORD = re.compile(r"[^\W\d_]+")
KEYS = re.compile(r"\b(Ctrl|Shift|Alt|Meta|Esc|Tab|Del|Enter|Return|F\d+)\b")  # Qt's own names
ROWS_READ = 3  # the first rows of a list: their cells are partly the app's words


COUNT = re.compile(r"\{\w*\}|%n|%\d|\d[\d\s,.\u202f\u00a0]*")


def without_numbers(text: str) -> str:
    """'400 contacts' and the catalogue's '%n contacts' or '{0} contacts' alike: '# contacts'."""
    return COUNT.sub("#", text).strip()


PATH = re.compile(r"\S*/\S+")  # a file's place, whatever the words in it
ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")  # CSV, UTF, PDF: the same in both languages


def plain(text: str) -> str:
    """The text as read: no markup, no accelerator ampersand."""
    text = KEYS.sub(" ", ENTITY.sub(" ", TAG.sub(" ", text)))
    text = PATH.sub(" ", text)
    return re.sub(r"&(?=\w)", "", text).strip()


def _key(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = [w for w in (parent.findChildren(type(widget),
                                                    options=Qt.FindChildOption.FindDirectChildrenOnly)
                                if parent else [])]
        index = siblings.index(widget) if widget in siblings else 0
        parts.append(f"{type(widget).__name__}{widget.objectName() or ''}[{index}]")
        widget = parent
    return "/".join(reversed(parts))


def _count(method: Any) -> int:
    """A model's rows or columns (list models hide the one-argument form, others the bare)."""
    try:
        return int(method())
    except TypeError:
        try:
            return int(method(QModelIndex()))
        except TypeError:
            return 1


def _item_view_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):  # the view's own headers are read
        return []
    found = []
    for column in range(_count(model.columnCount)):
        found.append((f"header{column}",
                      str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
        for row in range(min(ROWS_READ, _count(model.rowCount))):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                found.append((f"cell{row}.{column}", value))
    return found


def _own_texts(widget: QWidget) -> list[tuple[str, str]]:
    found = [("tip", widget.toolTip()), ("name", widget.accessibleName()),
             ("description", widget.accessibleDescription())]
    if widget.isWindow():
        found.append(("title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(("text", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(("text", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QTextBrowser):
        found.append(("text", widget.toPlainText()))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        found += [(f"item{i}", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        found += [(f"tab{i}", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        found += _item_view_texts(widget)
    return found


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text shown in root (on every tab of its tab widgets), by where it is."""
    texts: dict[str, str] = {}
    for _ in every_tab(root):
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or widget.objectName().startswith("qt_"):
                continue
            where = _key(widget, root)
            for what, text in _own_texts(widget):
                if plain(text):
                    texts[f"{where}:{what}"] = text
    return texts


@cache
def _catalogue_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """English words, French words, and the French translations whole."""
    english: set[str] = set()
    french: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(resource_path("translations", "ompm_fr_CA.ts")).iter("message"):
        english.update(WORD.findall(message.findtext("source") or ""))
        translation = message.find("translation")
        forms = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        for form in forms:
            french.update(WORD.findall(form))
            translations.add(without_numbers(plain(form)))
    with Path(resource_path("locale", "fr_CA", "LC_MESSAGES", "ompm.po")).open("rb") as po:
        for message in read_po(po):
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in ids:
                english.update(WORD.findall(text or ""))
            for text in strings:
                french.update(WORD.findall(text or ""))
                translations.add(without_numbers(plain(text or "")))
    lower_french = {word.lower() for word in french}
    only_english = frozenset(word.lower() for word in english
                             if word.lower() not in lower_french and len(word) > 1)
    return only_english, frozenset(lower_french), frozenset(translations)


def database_values(path: Path, *more: str) -> list[str]:
    """Every text the database holds (longest first), to take out of what is shown; the
    ranks and platoons too (kept as the service writes them, in either language), and each
    language's name in its own words (English, Français)."""
    values: set[str] = {*RANKS, *PLATOONS, *LANGUAGES.values(), *more}
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "select name from sqlite_master where type = 'table' and name not like '%fts%'"
            " and name not like 'sqlite_%'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"pragma table_info([{table}])")]
            for column in columns:
                for (value,) in connection.execute(
                        f"select distinct [{column}] from [{table}] where typeof([{column}]) "
                        f"= 'text' and length([{column}]) between 3 and 400"):
                    values.add(value)
    return sorted(values, key=len, reverse=True)


class EnglishFinder:
    """Which words of a shown text are English, the database's own values aside."""

    def __init__(self, data: list[str]) -> None:
        # each value where it stands whole ("B" the platoon, not the B of "Bas")
        self.data = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, data)) + r")(?!\w)")

    def residue(self, text: str) -> str:
        return self.data.sub(" ", plain(text))

    def words(self, text: str) -> list[str]:
        return [word for word in WORD.findall(ACRONYM.sub(" ", self.residue(text)))
                if len(word) > 1]

    def english_words(self, text: str) -> list[str]:
        only_english, _french, _whole = _catalogue_words()
        return [word for word in self.words(text) if word.lower() in only_english]

    def is_translation_or_data(self, text: str) -> bool:
        """A text the same in both languages is fine when it is data (initials and numbers
        included) or when the catalogue gives it as French too ("Contacts", "Date"), whole
        or after a count ("400 contacts")."""
        _only, _french, whole = _catalogue_words()
        if not self.words(text):
            return True
        counted = " ".join(COUNT.sub(" ", self.residue(text)).split())
        return without_numbers(plain(text)) in whole or counted in whole
