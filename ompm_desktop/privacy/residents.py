"""Residents' names kept off printed pages unless personal details are asked for.

A resident who is a partner (a person, not an organization) is left out of the lists of a
briefing and a profile; their name typed into free text (a follow-up, a task) is replaced
on the page by "[resident]". The names are matched as the division spells them, case and
accents ignored ('melanie singh' is 'Mélanie Singh')."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any

from ompm_desktop.i18n import _
from ompm_desktop.text_fold import fold

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the one it came from."""
    folded: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        for piece in fold(character):
            folded.append(piece)
            origins.append(index)
    return "".join(folded), origins


class ResidentNames:
    """The division's residents' names, to take out of text printed without personal
    details."""

    def __init__(self, desk: Desk) -> None:
        names = {" ".join(fold(row[0]).split()) for row in desk.db.execute(
            "SELECT name FROM partner WHERE is_organization = 0")}
        words = sorted((name for name in names if len(name) >= 3), key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, name.split()))
                                     for name in words) + r")(?!\w)") if words else None

    def redact(self, text: str) -> str:
        if not text or self.pattern is None:
            return text
        folded, origins = _folded_with_positions(text)
        spans = [(origins[m.start()], origins[m.end() - 1] + 1)
                 for m in self.pattern.finditer(folded)]
        if not spans:
            return text
        shown = _("[resident]")
        pieces, last = [], 0
        for start, end in spans:
            pieces.append(text[last:start] + shown)
            last = end
        return "".join(pieces) + text[last:]


def redacted(value: Any, names: ResidentNames) -> Any:
    """The same value with every resident's name taken out of its texts: a text, a list or
    a dict of them, or a dataclass of them (a roll call, a row), field by field."""
    if isinstance(value, str):
        return names.redact(value)
    if isinstance(value, list):
        return [redacted(item, names) for item in value]
    if isinstance(value, tuple):
        return tuple(redacted(item, names) for item in value)
    if isinstance(value, dict):
        return {key: redacted(item, names) for key, item in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: redacted(getattr(value, f.name), names)
                                 for f in fields(value) if f.init})
    return value
