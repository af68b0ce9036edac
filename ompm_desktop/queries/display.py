"""How stored values read on screen: local times, yes/no, the model's names for its keys."""

from __future__ import annotations

from typing import Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import _, current_language
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.model.sara import Lead, Stage
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS


def plain(value: Any) -> str:
    return "" if value is None else str(value)


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
    text = f"{int(value):,}" if float(value).is_integer() else f"{float(value):,.1f}"
    if current_language() == "fr":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
