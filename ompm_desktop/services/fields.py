"""Fields of a record: how input is cleaned, and the plain message when it cannot be."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ompm_desktop.clock import iso, parse_iso
from ompm_desktop.errors import ValidationError

LARGEST_STORED = 2**63 - 1  # the largest whole number SQLite keeps

@dataclass(frozen=True)
class Field:
    label: str
    kind: str = "text"  # text, int, real, bool, date, datetime, choice, ref
    required: bool = False
    max_length: int = 2000
    minimum: float | None = None
    maximum: float | None = None
    choices: Sequence[str] = field(default_factory=tuple)
    ref: str | None = None  # the table a 'ref' points to
    default: Any = None

    def clean(self, name: str, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if self.required:
                raise ValidationError(f"{self.label} is required.", name)
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
                f"{self.label} is too long ({len(text)} characters; at most {self.max_length}).",
                name,
            )
        return text

    def _number(self, name: str, value: Any, kind: str) -> float:
        try:
            number = float(str(value).replace(",", "")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{self.label} must be a {kind}, not '{value}'.", name) from None
        if not math.isfinite(number):
            raise ValidationError(f"{self.label} must be a {kind}, not '{value}'.", name)
        if self.minimum is not None and number < self.minimum:
            raise ValidationError(f"{self.label} must be at least {_shown(self.minimum)}.",
                                  name)
        if self.maximum is not None and number > self.maximum:
            raise ValidationError(f"{self.label} must be at most {_shown(self.maximum)}.", name)
        return number

    def _clean_int(self, name: str, value: Any) -> int:
        number = self._number(name, value, "whole number")
        if not float(number).is_integer():
            raise ValidationError(f"{self.label} must be a whole number, not {value}.", name)
        if abs(number) > LARGEST_STORED:
            raise ValidationError(f"{self.label} is too large a number to keep.", name)
        return int(number)

    def _clean_real(self, name: str, value: Any) -> float:
        return self._number(name, value, "number")

    def _clean_bool(self, name: str, value: Any) -> int:
        if isinstance(value, str):
            lowered = value.casefold()
            if lowered in ("1", "yes", "y", "true", "oui", "x"):
                return 1
            if lowered in ("0", "no", "n", "false", "non"):
                return 0
            raise ValidationError(f"{self.label} must be yes or no, not '{value}'.", name)
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
                f"{self.label} must be a date written YYYY-MM-DD, not '{value}'.", name
            ) from None

    def _clean_datetime(self, name: str, value: Any) -> str:
        if isinstance(value, datetime):
            return iso(value)
        try:
            return iso(parse_iso(str(value)))
        except ValueError:
            raise ValidationError(
                f"{self.label} must be a date and time written YYYY-MM-DD HH:MM, not '{value}'.",
                name,
            ) from None

    def _clean_choice(self, name: str, value: Any) -> str:
        text = str(value)
        for choice in self.choices:
            if text.casefold() == choice.casefold():
                return choice
        options = ", ".join(self.choices)
        raise ValidationError(f"{self.label} must be one of: {options} (not '{text}').", name)

    def _clean_ref(self, name: str, value: Any) -> str:
        return str(value)


def text(label: str, *, required: bool = False, max_length: int = 2000) -> Field:
    return Field(label, "text", required=required, max_length=max_length)


def choice(label: str, choices: Sequence[str], *, required: bool = True) -> Field:
    return Field(label, "choice", required=required, choices=tuple(choices))


def ref(label: str, table: str, *, required: bool = False) -> Field:
    return Field(label, "ref", required=required, ref=table)


def _shown(number: float) -> str:
    """A bound as a person writes it: 10,000,000 rather than 1e+07, 0.5 as is."""
    return f"{int(number):,}" if float(number).is_integer() else f"{number:g}"
