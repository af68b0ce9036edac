"""Dates and times as a sergeant types them in a form: '2026-11-24 14:30', 'now', 'today',
'yesterday 14:30', '14:30' (today), '+3' (in three days), 'fri' (the coming Friday), and the
spreadsheet forms the importer reads ('24 Nov 2026', '24/11/2026 7 pm'). The French words
are read too, whatever the language: 'maintenant', 'aujourd'hui', 'demain', 'hier 14 h 30',
'ven' or 'vendredi'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ompm_desktop.clock import Clock, local
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.transfer.dates import DateColumn, DateProblem

DAY_WORDS = {"today": 0, "tomorrow": 1, "yesterday": -1, "tod": 0, "tom": 1, "yes": -1,
             "aujourd'hui": 0, "auj": 0, "demain": 1, "hier": -1}
NOW_WORDS = ("now", "maintenant")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# French days, whole or abbreviated as the OQLF writes them ('ven.'): only the whole word, as
# 'mar' would otherwise read 'mars' (March) as a Tuesday.
FRENCH_WEEKDAYS = {name: number for number, names in enumerate((
    ("lun", "lundi"), ("mar", "mardi"), ("mer", "mercredi"), ("jeu", "jeudi"),
    ("ven", "vendredi"), ("sam", "samedi"), ("dim", "dimanche"))) for name in names}
_OFFSET = re.compile(r"^([+-])\s*(\d{1,3})$")
# 14:30, 2 pm, 7:00 PM; and as French writes it, 14 h 30, 14h30, 9 h.
_TIME_ONLY = re.compile(
    r"^(\d{1,2})(?::(\d{2})|\s*(h)\s*(\d{2})?)?\s*([ap]\.?m\.?)?$", re.IGNORECASE)


def _relative_day(word: str, today: date) -> date | None:
    word = word.casefold().strip().replace("\u2019", "'")
    if word in DAY_WORDS:
        return today + timedelta(days=DAY_WORDS[word])
    if word.rstrip(".") in FRENCH_WEEKDAYS:
        ahead = (FRENCH_WEEKDAYS[word.rstrip(".")] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    offset = _OFFSET.match(word)
    if offset:
        days = int(offset.group(2))
        return today + timedelta(days=days if offset.group(1) == "+" else -days)
    if word[:3] in WEEKDAYS and len(word) >= 3:
        ahead = (WEEKDAYS.index(word[:3]) - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    return None


def _time(text: str) -> str | None:
    match = _TIME_ONLY.match(text.strip())
    if not match:
        return None
    hours, colon_minutes, h, h_minutes, half = match.groups()
    if not (colon_minutes or h or half):
        return None
    hour, minute = int(hours), int(colon_minutes or h_minutes or 0)
    if half:
        if h or not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def read_date(text: str, clock: Clock, label: str | None = None,
              field: str | None = None) -> str:
    """An ISO date (YYYY-MM-DD), or '' for nothing typed. `label` names the field in the
    message (in the user's language); 'Date' when not given."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    today = local(clock()).date()
    relative = _relative_day(text, today)
    if relative:
        return relative.isoformat()
    try:
        return DateColumn([text]).date(text)
    except DateProblem:
        raise ValidationError(
            _("{field}: '{text}' is not a date. Write it as YYYY-MM-DD, or 'today', "
              "'tomorrow', '+7', 'fri'.").format(field=label or _("Date"), text=text),
            field) from None


def read_datetime(text: str, clock: Clock, label: str | None = None,
                  field: str | None = None) -> str:
    """An ISO local date and time ('2026-11-24T14:30:00'), or '' for nothing typed. `label`
    names the field in the message; 'When' when not given."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    now = local(clock())
    if text.casefold() in NOW_WORDS:
        return now.replace(second=0, microsecond=0, tzinfo=None).isoformat()
    only_time = _time(text)
    if only_time:
        return f"{now.date().isoformat()}T{only_time}:00"
    first, _space, rest = text.partition(" ")
    relative = _relative_day(first, now.date())
    if relative:
        at = _time(rest) if rest else "00:00"
        if at is not None:
            return f"{relative.isoformat()}T{at}:00"
    try:
        return DateColumn([text]).datetime(text)
    except DateProblem:
        raise ValidationError(
            _("{field}: '{text}' is not a date and time. Write it as YYYY-MM-DD HH:MM, or "
              "'now', '14:30', 'yesterday 14:30'.").format(field=label or _("When"), text=text),
            field) from None


def shown_datetime(stamp: str | None) -> str:
    """A stored stamp as the form shows it: local '2026-11-24 14:30'."""
    if not stamp:
        return ""
    return local(stamp).strftime("%Y-%m-%d %H:%M")


def now_shown(clock: Clock) -> str:
    """The present moment as the form shows it."""
    return local(clock()).strftime("%Y-%m-%d %H:%M")
