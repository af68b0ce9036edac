"""Dates as a person reads them in the current language: 'Tue 24 Nov 2026' in English,
'mar. 24 nov. 2026' in Canadian French (the Office québécois de la langue française's
abbreviations; times stay on the 24-hour clock, 19:00, as Canadian services write them)."""

from __future__ import annotations

from datetime import date, datetime

from ompm_desktop.i18n import current_language

FRENCH_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
FRENCH_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.",
                 "oct.", "nov.", "déc.")
FRENCH_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre")


def short_date(day: date) -> str:
    """The day of the week, the day, the month and the year, abbreviated."""
    if current_language() == "fr":
        return (f"{FRENCH_DAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day:%a %d %b %Y}"


def short_month(day: date) -> str:
    """'Nov' or 'nov.'."""
    return FRENCH_MONTHS[day.month - 1] if current_language() == "fr" else f"{day:%b}"


def month_year(day: date) -> str:
    """'November 2026' or 'novembre 2026'."""
    if current_language() == "fr":
        return f"{FRENCH_MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day:%B %Y}"


FRENCH_DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def long_date(day: date) -> str:
    """'Saturday 28 November 2026' or 'samedi 28 novembre 2026'."""
    if current_language() == "fr":
        return (f"{FRENCH_DAY_NAMES[day.weekday()]} {day.day} "
                f"{FRENCH_MONTH_NAMES[day.month - 1]} {day.year}")
    return f"{day:%A %d %B %Y}"


def day_and_time(moment: datetime) -> str:
    """'Sat 28 Nov 19:00' or 'sam. 28 nov. 19:00'."""
    if current_language() == "fr":
        return (f"{FRENCH_DAYS[moment.weekday()]} {moment.day} "
                f"{FRENCH_MONTHS[moment.month - 1]} {moment:%H:%M}")
    return f"{moment:%a %d %b %H:%M}"
