"""How stored values read on screen: local times, yes/no, the model's names for its keys.

Values are stored in English (a contact's kind, an initiative's status) and read here in the
language of the moment: each list cell is made when it is shown."""

from __future__ import annotations

from typing import Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import N_, _, pgettext
from ompm_desktop.i18n.dates import number as number_text
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.model.sara import AGENCY_PREFIX, Lead, Stage
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS

INITIATIVE_STATUSES = (N_("active"), N_("on hold"), N_("closed"))
WHOLE_DIVISION = N_("Whole division")  # a briefing item for the whole division


def plain(value: Any) -> str:
    return "" if value is None else str(value)


def translated(value: Any) -> str:
    """A value stored as written in English where it is marked with N_() (a partner's kind,
    a contact's kind or activity), in the current language."""
    return _(plain(value))


def status(value: Any) -> str:
    """An initiative's status: 'Active', 'On hold', 'Closed'; 'En cours', 'En attente'..."""
    return capitalized(_(plain(value)))


def follow_up_state(value: Any) -> str:
    """A contact's follow-up as the list's SQL names it ('Overdue'), in the current language."""
    states = {
        "Open": pgettext("follow-up", "Open"),
        "Done": pgettext("follow-up", "Done"),
        "Overdue": pgettext("follow-up", "Overdue"),
        "Due today": pgettext("follow-up", "Due today"),
        "Due or overdue": pgettext("follow-up", "Due or overdue"),
    }
    return states.get(plain(value), plain(value))


def scope(value: Any) -> str:
    """Where a briefing item applies: a beat's or neighbourhood's name, or the division."""
    return _(WHOLE_DIVISION) if value == WHOLE_DIVISION else plain(value)


def when(value: Any) -> str:
    """A stored UTC stamp as local date and time: '2026-11-24 18:00'."""
    if not value:
        return ""
    try:
        return local(str(value)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def day(value: Any) -> str:
    """A date, or the local date of a stamp: '2026-11-24'."""
    if not value:
        return ""
    text = str(value)
    if len(text) > 10:
        try:
            return local(text).date().isoformat()
        except ValueError:
            return text
    return text


def yes_no(value: Any) -> str:
    return _("Yes") if value else _("No")


def yes_or_blank(value: Any) -> str:
    return _("Yes") if value else ""


def first_line(value: Any, limit: int = 120) -> str:
    text = " ".join(plain(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quadrant_name(value: Any) -> str:
    if value == "unplaced":  # assessed, but its capacity is unknown
        return _("Not yet placed (capacity unknown)")
    try:
        return QUADRANTS[Quadrant(value)].label
    except ValueError:
        return plain(value)


def stage_label(value: Any) -> str:
    try:
        return Stage(value).label
    except ValueError:
        return plain(value)


def lead_label(value: Any) -> str:
    """'Police lead', ..., or '{agency} leads' for a hand-over to a named agency."""
    if isinstance(value, str) and value.startswith(AGENCY_PREFIX):
        return _("{agency} leads").format(agency=value[len(AGENCY_PREFIX):])
    try:
        return Lead(value).label
    except ValueError:
        return plain(value)


def capitalized(value: Any) -> str:
    text = plain(value)
    return text[:1].upper() + text[1:]


def briefing_kind(value: Any) -> str:
    return _(BRIEFING_KIND_LABELS.get(plain(value), plain(value)))


def number(value: Any) -> str:
    """'11,450' and '87.2'; in French '11 450' and '87,2' (a no-break space between)."""
    if value is None or value == "":
        return ""
    return number_text(value) if float(value).is_integer() else number_text(float(value), 1)


def score(value: Any) -> str:
    """A threat or capacity score, always with one decimal, so that scores read alike side
    by side: '97.0' beside '87.2' (in French '97,0' and '87,2')."""
    if value is None or value == "":
        return ""
    return number_text(float(value), 1)
