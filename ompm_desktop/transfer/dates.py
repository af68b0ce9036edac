"""Dates as spreadsheets write them, turned into ISO-8601 for the services.

Accepted: ISO (2026-11-24, 2026-11-24 19:00, with an offset or Z), 2026/11/24, 24/11/2026 or
11/24/2026 (the column decides which: a day above 12 anywhere in it settles the order; if
nothing does, the date is refused rather than guessed), and month names in English or French
(24 Nov 2026, Nov 24, 2026, 24-Nov-26, 24 novembre 2026), each with an optional time
(19:00, 7:00 PM, 19:00:00).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from ompm_desktop.i18n import N_, _
from ompm_desktop.text_fold import fold

MONTHS = {
    "jan": 1, "january": 1, "janv": 1, "janvier": 1,
    "feb": 2, "february": 2, "fev": 2, "fevr": 2, "fevrier": 2,
    "mar": 3, "march": 3, "mars": 3,
    "apr": 4, "april": 4, "avr": 4, "avril": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juin": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7,
    "aug": 8, "august": 8, "aout": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "october": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "december": 12, "decembre": 12,
}
WEEKDAYS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
}

_TIME = re.compile(
    r"""^(?P<date>.+?)(?:[ T]+(?P<time>
        (?P<h>\d{1,2})(?::(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?\s*
        (?P<ampm>[ap]\.?\s?m\.?)?)
        \s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")

ISO_HINT = N_("write it as YYYY-MM-DD")


class DateProblem(ValueError):
    """A date that cannot be read; the message says why and how to write it."""


_plain = fold


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def infer_order(values: Iterable[str]) -> str | None:
    """'dmy' or 'mdy' for a column's dates like 03/04/2026; None if nothing settles it."""
    learnt = DayMonthOrder()
    for value in values:
        learnt.see(value)
    return learnt.order


class DayMonthOrder:
    """A column's order of day and month, learnt from its dates one at a time (a file's
    date columns are all learnt in one reading)."""

    def __init__(self) -> None:
        self.day_first = self.month_first = False

    def see(self, value: str) -> None:
        text = value.strip()
        if text[:4].isdigit():
            return  # a year first (2026-03-04): nothing to learn, no pattern to try
        match = _NUMERIC_DATE.match(_split(text)[0])
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            self.day_first |= first > 12 >= second
            self.month_first |= second > 12 >= first

    @property
    def order(self) -> str | None:
        if self.day_first and not self.month_first:
            return "dmy"
        if self.month_first and not self.day_first:
            return "mdy"
        return None


def _split(text: str) -> tuple[str, str | None]:
    if _ISO_DATE.match(text) or _NUMERIC_DATE.match(text):
        return text, None
    match = _TIME.match(text)
    if not match or not (match.group("m") or match.group("ampm")) and match.group("time"):
        return text, None
    return match.group("date").strip(" ,"), text[match.end("date"):].strip()


def _date_part(text: str, order: str | None) -> date:
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    match = _NUMERIC_DATE.match(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        if first == second:
            return date(year, first, second)
        chosen = order or ("dmy" if first > 12 else "mdy" if second > 12 else None)
        if chosen is None:
            raise DateProblem(
                _("'{text}' could be read day/month or month/day; {hint}.").format(
                    text=text, hint=_(ISO_HINT))
            )
        day, month = (first, second) if chosen == "dmy" else (second, first)
        return date(year, month, day)
    return _named_month(text)


def _named_month(text: str) -> date:
    words = [w for w in re.split(r"[\s,./-]+", _plain(text)) if w and w not in WEEKDAYS]
    months = [MONTHS[w] for w in words if w in MONTHS]
    numbers = [w.removesuffix("er") for w in words if w not in MONTHS]
    if len(months) != 1 or len(numbers) != 2 or not all(n.isdigit() for n in numbers):
        raise DateProblem(_("'{text}' is not a date; {hint}.").format(text=text,
                                                                       hint=_(ISO_HINT)))
    long_numbers = [n for n in numbers if len(n) == 4]
    if long_numbers:
        year_text = long_numbers[0]
        day_text = numbers[1] if numbers[0] == year_text else numbers[0]
    else:
        day_text, year_text = numbers
    return date(_year(year_text), months[0], int(day_text))


def _time_part(text: str) -> str:
    match = _TIME.match("x " + text)
    assert match and match.group("h") is not None
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    second = int(match.group("s") or 0)
    ampm = (match.group("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            raise DateProblem(_("'{text}' is not a time of day.").format(text=text))
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateProblem(_("'{text}' is not a time of day.").format(text=text))
    offset = match.group("tz") or ""
    if offset and offset.upper() != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return f"{hour:02d}:{minute:02d}:{second:02d}{'+00:00' if offset.upper() == 'Z' else offset}"


class DateColumn:
    """Reads the dates of one column, which share one order of day and month."""

    def __init__(self, values: Iterable[str] = (), order: str | None = None) -> None:
        self.order = order or infer_order(values)

    def _parts(self, text: str) -> tuple[date, str | None]:
        text = " ".join(text.split())
        try:
            return datetime.fromisoformat(text).date(), _iso_time(text)
        except ValueError:
            pass
        date_text, time_text = _split(text)
        try:
            day = _date_part(date_text, self.order)
        except ValueError as exc:
            if isinstance(exc, DateProblem):
                raise
            raise DateProblem(_("'{text}' is not a date that exists; {hint}.").format(
                text=text, hint=_(ISO_HINT))) from None
        return day, _time_part(time_text) if time_text else None

    def date(self, text: str) -> str:
        """An ISO date (YYYY-MM-DD); a time given with it is left out."""
        if not text.strip():
            return ""
        return self._parts(text)[0].isoformat()

    def datetime(self, text: str) -> str:
        """An ISO date and time; without an offset it is local (Toronto) time."""
        if not text.strip():
            return ""
        day, time = self._parts(text)
        return f"{day.isoformat()}T{time or '00:00:00'}"


def _iso_time(text: str) -> str | None:
    moment = datetime.fromisoformat(text)
    if len(text) <= 10:
        return None
    stamp = moment.time().isoformat(timespec="seconds")
    offset = moment.strftime("%z")
    if offset:
        stamp += f"{offset[:3]}:{offset[3:5]}"
    return stamp
