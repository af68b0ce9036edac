"""The kinds of record as the window names them, in the window's language: "partner" and
"partners", the New button's words, and a count ("12 partners", "3 deleted partners").

French gives each noun a gender ("Nouveau partenaire", "Nouvelle initiative"), so the
phrases that agree with it are written whole for each kind rather than built from the noun.
The stored kind (the table's name, "briefing_item") is never translated; only these words.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ompm_desktop.i18n import current_language
from ui.records.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "KindWords"


class Words(NamedTuple):
    one: str  # "partner"
    many: str  # "partners"
    new: str = ""  # "New partner" (kinds with a page of their own)
    one_deleted: str = ""  # "deleted partner"
    many_deleted: str = ""  # "deleted partners"


# Marked for Qt Linguist in the context "KindWords"; translated where they are shown.
WORDS: dict[str, Words] = {
    "partner": Words(QT_TRANSLATE_NOOP("KindWords", "partner"),
                     QT_TRANSLATE_NOOP("KindWords", "partners"),
                     QT_TRANSLATE_NOOP("KindWords", "New partner"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted partner"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted partners")),
    "contact": Words(QT_TRANSLATE_NOOP("KindWords", "contact"),
                     QT_TRANSLATE_NOOP("KindWords", "contacts"),
                     QT_TRANSLATE_NOOP("KindWords", "New contact"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted contact"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted contacts")),
    "initiative": Words(QT_TRANSLATE_NOOP("KindWords", "initiative"),
                        QT_TRANSLATE_NOOP("KindWords", "initiatives"),
                        QT_TRANSLATE_NOOP("KindWords", "New initiative"),
                        QT_TRANSLATE_NOOP("KindWords", "deleted initiative"),
                        QT_TRANSLATE_NOOP("KindWords", "deleted initiatives")),
    "officer": Words(QT_TRANSLATE_NOOP("KindWords", "officer"),
                     QT_TRANSLATE_NOOP("KindWords", "officers"),
                     QT_TRANSLATE_NOOP("KindWords", "New officer"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted officer"),
                     QT_TRANSLATE_NOOP("KindWords", "deleted officers")),
    "briefing_item": Words(QT_TRANSLATE_NOOP("KindWords", "briefing item"),
                           QT_TRANSLATE_NOOP("KindWords", "briefing items"),
                           QT_TRANSLATE_NOOP("KindWords", "New briefing item"),
                           QT_TRANSLATE_NOOP("KindWords", "deleted briefing item"),
                           QT_TRANSLATE_NOOP("KindWords", "deleted briefing items")),
    "beat": Words(QT_TRANSLATE_NOOP("KindWords", "beat"),
                  QT_TRANSLATE_NOOP("KindWords", "beats"),
                  QT_TRANSLATE_NOOP("KindWords", "New beat"),
                  QT_TRANSLATE_NOOP("KindWords", "deleted beat"),
                  QT_TRANSLATE_NOOP("KindWords", "deleted beats")),
    "neighbourhood": Words(QT_TRANSLATE_NOOP("KindWords", "neighbourhood"),
                           QT_TRANSLATE_NOOP("KindWords", "neighbourhoods"),
                           QT_TRANSLATE_NOOP("KindWords", "New neighbourhood"),
                           QT_TRANSLATE_NOOP("KindWords", "deleted neighbourhood"),
                           QT_TRANSLATE_NOOP("KindWords", "deleted neighbourhoods")),
    "cswb_risk": Words(QT_TRANSLATE_NOOP("KindWords", "plan risk"),
                       QT_TRANSLATE_NOOP("KindWords", "plan risks"),
                       QT_TRANSLATE_NOOP("KindWords", "New plan risk"),
                       QT_TRANSLATE_NOOP("KindWords", "deleted plan risk"),
                       QT_TRANSLATE_NOOP("KindWords", "deleted plan risks")),
    # Kinds the audit log names, without a list page of their own.
    "assessment": Words(QT_TRANSLATE_NOOP("KindWords", "assessment"),
                        QT_TRANSLATE_NOOP("KindWords", "assessments")),
    "shift": Words(QT_TRANSLATE_NOOP("KindWords", "shift"),
                   QT_TRANSLATE_NOOP("KindWords", "shifts")),
    "assignment": Words(QT_TRANSLATE_NOOP("KindWords", "assignment"),
                        QT_TRANSLATE_NOOP("KindWords", "assignments")),
    "directed_task": Words(QT_TRANSLATE_NOOP("KindWords", "directed task"),
                           QT_TRANSLATE_NOOP("KindWords", "directed tasks")),
    "partner_personal": Words(QT_TRANSLATE_NOOP("KindWords", "personal details record"),
                              QT_TRANSLATE_NOOP("KindWords", "personal details records")),
    "setting": Words(QT_TRANSLATE_NOOP("KindWords", "setting"),
                     QT_TRANSLATE_NOOP("KindWords", "settings")),
}


def _shown(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _words(kind: str) -> Words:
    return WORDS.get(kind) or Words(kind.replace("_", " "), kind.replace("_", " ") + "s")


def noun(kind: str) -> str:
    """One record of the kind: "partner" ("partenaire")."""
    return _shown(_words(kind).one)


def nouns(kind: str) -> str:
    """Records of the kind: "partners" ("partenaires")."""
    return _shown(_words(kind).many)


def heading(kind: str) -> str:
    """The kind as a heading or a choice in a list: "Partners" ("Partenaires")."""
    return capitalized(nouns(kind))


def new_record(kind: str) -> str:
    """The New button and the title of an empty form: "New partner"."""
    words = _words(kind)
    if words.new:
        return _shown(words.new)
    return QCoreApplication.translate("KindWords", "New {0}").format(noun(kind))


def plural(count: int) -> bool:
    """Whether a count takes the plural: 0 partners in English, 0 partenaire in French."""
    return count > 1 if current_language() == "fr" else count != 1


def counted(kind: str, count: int, *, deleted: bool = False) -> str:
    """The words after a count: "partners", "deleted partner"..."""
    words = _words(kind)
    if deleted and words.one_deleted:
        return _shown(words.many_deleted if plural(count) else words.one_deleted)
    return _shown(words.many if plural(count) else words.one)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
