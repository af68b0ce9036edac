"""Which column of the file fills which field: found from the names, changed by the user,
saved as JSON for the command line."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.text_fold import fold
from ompm_desktop.transfer.source import SourceTable

INDICATOR_PREFIX = "indicator:"


@dataclass(frozen=True)
class Target:
    """A field a column can fill."""

    name: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    kind: str = "text"  # "date" and "datetime" are read as spreadsheets write them


@dataclass
class ColumnMapping:
    kind: str
    columns: dict[str, str] = field(default_factory=dict)  # target name -> column
    indicators: dict[str, str] = field(default_factory=dict)  # indicator key -> column
    scored: list[str] | None = None  # indicators that feed the threat score (None: all)
    options: dict[str, Any] = field(default_factory=dict)
    description: str = ""

    def target_of(self, column: str) -> str | None:
        for target, mapped in self.columns.items():
            if mapped == column:
                return target
        return None

    def indicator_of(self, column: str) -> str | None:
        for key, mapped in self.indicators.items():
            if mapped == column:
                return key
        return None

    def is_scored(self, key: str) -> bool:
        return self.scored is None or key in self.scored

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.description:
            data["description"] = self.description
        data["columns"] = dict(self.columns)
        if self.indicators:
            data["indicators"] = dict(self.indicators)
        if self.scored is not None:
            data["scored"] = list(self.scored)
        if self.options:
            data["options"] = dict(self.options)
        return data

    @classmethod
    def from_json(cls, data: Any, source: str = "") -> ColumnMapping:
        source = source or _("The mapping")
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            raise MappingError(_("{source} must be a JSON object with a \"kind\".").format(
                source=source[:1].upper() + source[1:]))
        for name, expected in (("columns", dict), ("indicators", dict), ("options", dict),
                               ("scored", list)):
            if name in data and not isinstance(data[name], expected):
                kind = _("an object") if expected is dict else _("a list")
                raise MappingError(_("In {source}, \"{name}\" must be {kind}.").format(
                    source=source, name=name, kind=kind))
        return cls(
            kind=data["kind"],
            columns={str(k): str(v) for k, v in data.get("columns", {}).items() if v},
            indicators={str(k): str(v) for k, v in data.get("indicators", {}).items() if v},
            scored=[str(k) for k in data["scored"]] if "scored" in data else None,
            options=dict(data.get("options", {})),
            description=str(data.get("description", "")),
        )


class MappingError(DeskError):
    """A mapping file that cannot be used."""


def load_mapping(path: Path | str) -> ColumnMapping:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError(_("There is no mapping file at {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(_("The mapping file {path} cannot be read ({reason}).").format(
            path=path, reason=exc)) from None
    except json.JSONDecodeError as exc:
        raise MappingError(
            _("The mapping file {name} is not valid JSON (line {line}: {reason}).").format(
                name=path.name, line=exc.lineno, reason=exc.msg)
        ) from None
    return ColumnMapping.from_json(data, _("the mapping file {name}").format(name=path.name))


def save_mapping(mapping: ColumnMapping, path: Path | str) -> Path:
    path = Path(path)
    text = json.dumps(mapping.to_json(), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def normalized(name: str) -> str:
    """'Badge #' -> 'badge', 'Prénom' -> 'prenom', 'follow_up_due' -> 'follow up due'."""
    plain = fold(name)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def indicator_key(header: str) -> str:
    """'Break & Enters' -> 'break_enters': the key kept in an assessment's indicators."""
    if header.casefold().startswith(INDICATOR_PREFIX):
        header = header[len(INDICATOR_PREFIX):]
    return normalized(header).replace(" ", "_") or "indicator"


def _looks_numeric(values: Sequence[str]) -> bool:
    filled = [v.strip().replace(",", "") for v in values if v.strip()]
    if not filled:
        return False
    try:
        for value in filled:
            float(value)
    except ValueError:
        return False
    return True


def _is_identifier(header: str) -> bool:
    words = normalized(header).split()
    return bool(words) and words[-1] in ("id", "code", "no", "number")


def auto_map(
    kind: str, targets: Sequence[Target], table: SourceTable, *, indicators: bool = False
) -> ColumnMapping:
    """Map each column whose name matches a field (its name, label or a usual alias).

    For indicators, every other column of numbers (that is not an identifier) becomes an
    indicator, and so does any column named 'indicator: ...'.
    """
    mapping = ColumnMapping(kind)
    names: dict[str, str] = {}
    for target in targets:  # a field's own name and label (also as the window says it,
        # "Numéro d'insigne" in French) before any other field's alias
        for name in (target.name, target.label, _(target.label)):
            names.setdefault(normalized(name), target.name)
    for target in targets:
        for name in target.aliases:
            names.setdefault(normalized(name), target.name)
    for header in table.headers:
        if indicators and header.casefold().startswith(INDICATOR_PREFIX):
            mapping.indicators[indicator_key(header)] = header
            continue
        matched = names.get(normalized(header))
        if matched and matched not in mapping.columns:
            mapping.columns[matched] = header
    if indicators:
        taken = set(mapping.columns.values()) | set(mapping.indicators.values())
        for header in table.headers:
            if header in taken or _is_identifier(header):
                continue
            if _looks_numeric(table.column(header, 500)):
                key = indicator_key(header)
                if key not in mapping.indicators:
                    mapping.indicators[key] = header
    return mapping
