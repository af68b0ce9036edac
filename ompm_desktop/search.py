"""Global search (Ctrl+K): any record of any kind, by any word it holds or shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from ompm_desktop.queries import LISTS, ListRequest
from ompm_desktop.queries.base import search_words
from ompm_desktop.queries.kinds import kind_label
from ompm_desktop.services.record_service import Context

# The order kinds are shown in: people and places first, contacts (the most numerous) last.
SEARCH_ORDER = (
    "officer", "partner", "neighbourhood", "beat", "initiative", "briefing_item", "contact",
)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # the table: "partner"
    id: str
    title: str
    subtitle: str

    @property
    def kind_label(self) -> str:
        """'Partner', or 'Partenaire' in French."""
        return kind_label(self.kind)


def kind_heading(kind: str) -> str:
    """A kind as the search groups its hits under a heading: 'Partners', 'Briefing items';
    in French 'Partenaires', 'Éléments de breffage' (the list's own title)."""
    return LISTS[kind].title


@dataclass
class SearchResults:
    text: str
    hits: list[SearchHit] = field(default_factory=list)
    more: set[str] = field(default_factory=set)  # kinds with more hits than shown

    def __bool__(self) -> bool:
        return bool(self.hits)


def global_search(context: Context, text: str, per_kind: int = 5) -> SearchResults:
    """The first few records of each kind matching every word of `text`."""
    results = SearchResults(text)
    if not search_words(text):
        return results
    request = ListRequest(search=text)
    for kind in SEARCH_ORDER:
        record_list = LISTS[kind]
        rows = record_list.page(context, request, limit=per_kind + 1)
        if len(rows) > per_kind:
            results.more.add(kind)
        for row in rows[:per_kind]:
            title, subtitle = record_list.describe(row)
            results.hits.append(SearchHit(kind, row["id"], title, subtitle))
    return results
