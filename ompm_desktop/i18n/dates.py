"""Dates and numbers as a person reads them in the current language: 'Tue 24 Nov 2026' and
'10,000' in English, 'mar. 24 nov. 2026' and '10 000' in Canadian French (babel's fr_CA
data from the Unicode CLDR: the abbreviations the Office québécois de la langue française
uses, a no-break space between thousands and a decimal comma). Times stay on the 24-hour
clock, 19:00, as Canadian services write them. English keeps the app's own formats."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from ompm_desktop.i18n import CATALOGUE_LOCALES, current_language


def _locale() -> str | None:
    """The babel locale of the current language, None for English (Python's formats)."""
    return CATALOGUE_LOCALES.get(current_language())


def short_date(day: date) -> str:
    """The day of the week, the day, the month and the year, abbreviated."""
    locale = _locale()
    return format_date(day, "EEE d MMM y", locale=locale) if locale else f"{day:%a %d %b %Y}"


def short_month(day: date) -> str:
    """'Nov' or 'nov.'."""
    locale = _locale()
    return format_date(day, "MMM", locale=locale) if locale else f"{day:%b}"


def month_year(day: date) -> str:
    """'November 2026' or 'novembre 2026'."""
    locale = _locale()
    return format_date(day, "MMMM y", locale=locale) if locale else f"{day:%B %Y}"


def long_date(day: date) -> str:
    """'Saturday 28 November 2026' or 'samedi 28 novembre 2026'."""
    locale = _locale()
    return format_date(day, "EEEE d MMMM y", locale=locale) if locale else f"{day:%A %d %B %Y}"


def day_and_time(moment: datetime) -> str:
    """'Sat 28 Nov 19:00' or 'sam. 28 nov. 19:00'."""
    locale = _locale()
    if locale:
        return format_datetime(moment, "EEE d MMM HH:mm", tzinfo=moment.tzinfo, locale=locale)
    return f"{moment:%a %d %b %H:%M}"


def number(value: float, decimals: int | None = None) -> str:
    """A number with its thousands grouped: '10,000' or '10 000' (a no-break space), and
    with `decimals` places when given ('3.5' or '3,5'); without, as short as it is
    exact (12.25, 4200)."""
    locale = _locale()
    if decimals is None:
        if locale:
            return format_decimal(value, format="#,##0.###", locale=locale)
        return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    if locale:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=locale, decimal_quantization=True)
    return f"{value:,.{decimals}f}"
