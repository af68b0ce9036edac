"""Fields of a record: how input is cleaned, and the plain message when it cannot be.

Labels are written in English and marked with N_() where the services define them; `label`
reads them in the language of the moment, so the messages speak the user's language.

A service's `fields` table is the one description of its kind of record: besides cleaning,
it says which fields are columns of the record's list (`listed`), which ones search as you
type looks in (`searched`), and what other headings an import file may give each one
(`aliases`). The list, the search, the import and export columns and the form's plain rows
are made from it, so a new plain field is a migration and one line in the service."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ompm_desktop.clock import iso, parse_iso
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _, current_language, pgettext
from ompm_desktop.i18n.dates import number as number_text

LARGEST_STORED = 2**63 - 1  # the largest whole number SQLite keeps


@dataclass(frozen=True)
class Field:
    english_label: str  # marked with N_(); `label` reads it in the current language
    kind: str = "text"  # text, int, real, bool, date, datetime, choice, ref
    required: bool = False
    max_length: int = 2000
    minimum: float | None = None
    maximum: float | None = None
    choices: Sequence[str] = field(default_factory=tuple)
    ref: str | None = None  # the table a 'ref' points to
    default: Any = None
    context: str = ""  # for a word that reads two ways in French ("Partner": see i18n)
    listed: bool = False  # a column of the record's list
    column_label: str = ""  # the column's shorter title, marked with N_() ("Contact")
    searched: bool = False  # search as you type looks in it (the full-text index aside)
    aliases: tuple[str, ...] = ()  # other headings an import file may give its column

    @property
    def label(self) -> str:
        if self.context:
            return pgettext(self.context, self.english_label)
        return _(self.english_label)

    @property
    def english_column_label(self) -> str:
        """The list column's title in English (marked with N_() where it is written)."""
        return self.column_label or self.english_label

    def clean(self, name: str, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if self.required:
                raise ValidationError(_("{field} is required.").format(field=self.label), name)
            if self.kind in ("text", "choice"):
                return ""
            if self.kind == "bool":
                return 0
            return None
        cleaner = getattr(self, f"_clean_{self.kind}")
        return cleaner(name, value)

    def _clean_text(self, name: str, value: Any) -> str:
        text = str(value)
        if len(text) > self.max_length:
            raise ValidationError(
                _("{field} is too long ({length} characters; at most {most}).").format(
                    field=self.label, length=_count(len(text)), most=_count(self.max_length)),
                name,
            )
        return text

    def _number(self, name: str, value: Any, whole: bool) -> float:
        try:
            number = _read_number(value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            message = (_("{field} must be a whole number, not '{value}'.") if whole
                       else _("{field} must be a number, not '{value}'."))
            raise ValidationError(message.format(field=self.label, value=value), name)
        if self.minimum is not None and number < self.minimum:
            raise ValidationError(_("{field} must be at least {least}.").format(
                field=self.label, least=shown_number(self.minimum)), name)
        if self.maximum is not None and number > self.maximum:
            raise ValidationError(_("{field} must be at most {most}.").format(
                field=self.label, most=shown_number(self.maximum)), name)
        return number

    def _clean_int(self, name: str, value: Any) -> int:
        number = self._number(name, value, whole=True)
        if not float(number).is_integer():
            raise ValidationError(_("{field} must be a whole number, not {value}.").format(
                field=self.label, value=value), name)
        if abs(number) > LARGEST_STORED:
            raise ValidationError(_("{field} is too large a number to keep.").format(
                field=self.label), name)
        return int(number)

    def _clean_real(self, name: str, value: Any) -> float:
        return self._number(name, value, whole=False)

    def _clean_bool(self, name: str, value: Any) -> int:
        if isinstance(value, str):
            lowered = value.casefold()
            if lowered in ("1", "yes", "y", "true", "oui", "x"):
                return 1
            if lowered in ("0", "no", "n", "false", "non"):
                return 0
            raise ValidationError(_("{field} must be yes or no, not '{value}'.").format(
                field=self.label, value=value), name)
        return 1 if value else 0

    def _clean_date(self, name: str, value: Any) -> str:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ValidationError(
                _("{field} must be a date written YYYY-MM-DD, not '{value}'.").format(
                    field=self.label, value=value), name
            ) from None

    def _clean_datetime(self, name: str, value: Any) -> str:
        if isinstance(value, datetime):
            return iso(value)
        try:
            return iso(parse_iso(str(value)))
        except ValueError:
            raise ValidationError(
                _("{field} must be a date and time written YYYY-MM-DD HH:MM, not '{value}'.")
                .format(field=self.label, value=value),
                name,
            ) from None

    def _clean_choice(self, name: str, value: Any) -> str:
        text = str(value)
        for choice in self.choices:
            if text.casefold() == choice.casefold():
                return choice
        for choice in self.choices:  # a kind typed as the list shows it: 'Réunion'
            if text.casefold() == _(choice).casefold():
                return choice
        options = ", ".join(_(choice) for choice in self.choices)
        raise ValidationError(_("{field} must be one of: {choices} (not '{value}').").format(
            field=self.label, choices=options, value=text), name)

    def _clean_ref(self, name: str, value: Any) -> str:
        return str(value)


def text(label: str, *, required: bool = False, max_length: int = 2000, listed: bool = False,
         column_label: str = "", searched: bool = False, aliases: tuple[str, ...] = ()
         ) -> Field:
    return Field(label, "text", required=required, max_length=max_length, listed=listed,
                 column_label=column_label, searched=searched, aliases=aliases)


def choice(label: str, choices: Sequence[str], *, required: bool = True, listed: bool = False,
           column_label: str = "", searched: bool = False, aliases: tuple[str, ...] = ()
           ) -> Field:
    return Field(label, "choice", required=required, choices=tuple(choices), listed=listed,
                 column_label=column_label, searched=searched, aliases=aliases)


def flag(label: str, *, default: int, listed: bool = False, column_label: str = "",
         aliases: tuple[str, ...] = ()) -> Field:
    """A yes-or-no field."""
    return Field(label, "bool", default=default, listed=listed, column_label=column_label,
                 aliases=aliases)


def ref(label: str, table: str, *, required: bool = False, context: str = "") -> Field:
    return Field(label, "ref", required=required, ref=table, context=context)


def _read_number(value: Any) -> float:
    """A number as typed: '11,450' in English; also '11 450' and '87,5' in French (a comma
    before three digits still groups thousands, as in a spreadsheet written in English)."""
    if not isinstance(value, str):
        return float(value)
    if current_language() == "fr":
        text = "".join(value.replace("\u00a0", " ").replace("\u202f", " ").split())
        whole, comma, decimals = text.partition(",")
        if comma and "," not in decimals and "." not in text and len(decimals) != 3:
            return float(f"{whole}.{decimals}")
        return float(text.replace(",", ""))
    return float(value.replace(",", ""))


def _count(number: int) -> str:
    """A count of characters: 12000 as it always read in English, 12 000 in French."""
    return shown_number(number) if current_language() == "fr" else str(number)


def shown_number(number: float) -> str:
    """A number as a person writes it: 10,000,000 rather than 1e+07, 0.5 as is; in French
    10 000 000 (a no-break space between the groups) and 0,5."""
    return number_text(number)
