"""What the records say about the neighbourhoods of the division: each one's population,
its latest assessment's answers, and the counts computed from partners and initiatives."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ompm_desktop.errors import NotFoundError


@dataclass(frozen=True)
class Peer:
    """One neighbourhood as the others are compared with it."""

    neighbourhood_id: str
    name: str
    population: int | None
    answers: dict[str, Any] = field(default_factory=dict)  # its latest assessment's
    computed: dict[str, int] = field(default_factory=dict)


_ACTIVE_PARTNERS = """
SELECT pn.neighbourhood_id, count(*) FROM partner_neighbourhood pn
JOIN partner p ON p.id = pn.partner_id
WHERE p.deleted_at IS NULL AND p.active = 1 {where}
GROUP BY pn.neighbourhood_id
"""
_COMMUNITY_INITIATIVES = """
SELECT inn.neighbourhood_id, count(*) FROM initiative_neighbourhood inn
JOIN initiative i ON i.id = inn.initiative_id
WHERE i.deleted_at IS NULL AND i.status = 'active'
    AND i.lead IN ('community', 'shared', 'agency') {where}
GROUP BY inn.neighbourhood_id
"""
_LATEST_ANSWERS = """
SELECT a.neighbourhood_id, a.indicators FROM assessment a
WHERE a.deleted_at IS NULL AND a.id = (
    SELECT b.id FROM assessment b
    WHERE b.neighbourhood_id = a.neighbourhood_id AND b.deleted_at IS NULL
    ORDER BY b.assessed_on DESC, b.created_at DESC LIMIT 1)
"""


def _counts(db: Database, sql: str, column: str, neighbourhood_id: str | None) -> dict[str, int]:
    where, params = (f"AND {column} = ?", [neighbourhood_id]) if neighbourhood_id else ("", [])
    return {row[0]: int(row[1]) for row in db.execute(sql.format(where=where), params)}


def computed_counts(db: Database, neighbourhood_id: str | None = None) -> dict[str, dict[str, int]]:
    """neighbourhood id -> {"active_partners": n, "community_initiatives": n}; one
    neighbourhood when an id is given, else all of them."""
    partners = _counts(db, _ACTIVE_PARTNERS, "pn.neighbourhood_id", neighbourhood_id)
    initiatives = _counts(db, _COMMUNITY_INITIATIVES, "inn.neighbourhood_id", neighbourhood_id)
    result: dict[str, dict[str, int]] = defaultdict(
        lambda: {"active_partners": 0, "community_initiatives": 0})
    for hood, count in partners.items():
        result[hood]["active_partners"] = count
    for hood, count in initiatives.items():
        result[hood]["community_initiatives"] = count
    return result


def answers_of(indicators: str | dict[str, Any] | None) -> dict[str, Any]:
    """The answers kept in an assessment's indicators (JSON text or already read)."""
    if isinstance(indicators, dict):
        return dict(indicators)
    try:
        value = json.loads(indicators or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def neighbourhood(db: Database, neighbourhood_id: str) -> Peer:
    row = db.execute("SELECT id, name, population FROM neighbourhood "
                     "WHERE id = ? AND deleted_at IS NULL", [neighbourhood_id]).fetchone()
    if row is None:
        raise NotFoundError("That neighbourhood no longer exists (it may have been deleted).")
    computed = computed_counts(db, neighbourhood_id)[neighbourhood_id]
    return Peer(row[0], row[1], row[2], computed=dict(computed))


def division_peers(db: Database, *, excluding: str) -> list[Peer]:
    """Every other neighbourhood of the division, with its latest answers and counts."""
    latest = {hood: answers_of(text) for hood, text in db.execute(_LATEST_ANSWERS)}
    computed = computed_counts(db)
    peers = []
    for hood_id, name, population in db.execute(
        "SELECT id, name, population FROM neighbourhood WHERE deleted_at IS NULL AND id != ? "
        "ORDER BY name", [excluding]
    ):
        peers.append(Peer(hood_id, name, population, latest.get(hood_id, {}),
                          dict(computed[hood_id])))
    return peers
