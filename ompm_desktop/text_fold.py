"""Text compared the way a person reads it: no case, no accents."""

from __future__ import annotations

import unicodedata
from typing import Any


def fold(text: Any) -> str:
    """Text for matching and sorting: 'École' and 'ecole' match, and 'École' sorts with E,
    as FTS5 folds them."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
