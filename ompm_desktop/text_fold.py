"""Text compared the way a person reads it: no case, no accents."""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def fold(text: Any) -> str:
    """Text for matching and sorting: 'École' and 'ecole' match, and 'École' sorts with E,
    as FTS5 folds them."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def natural_key(text: Any) -> tuple[Any, ...]:
    """Text sorted as a person counts: 'Beat 2' before 'Beat 10', folded as `fold` does."""
    parts = re.split(r"(\d+)", fold(text))
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts))


def natural_order(first: str, second: str) -> int:
    """SQLite's collation 'numbers' (ORDER BY name COLLATE numbers): natural_key's order."""
    a, b = natural_key(first), natural_key(second)
    return (a > b) - (a < b)
