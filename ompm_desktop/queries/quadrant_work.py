"""One neighbourhood's work in one quadrant: its open initiatives placed there, and the
contacts whose activity is one of that quadrant's front-line actions (newest first)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.queries.names import linked_names, officer_label
from ompm_desktop.services.record_service import Context, Record


@dataclass(frozen=True)
class QuadrantWork:
    quadrant: Quadrant
    initiatives: list[Record]  # title, stage, lead, status, next_step, next_step_due
    contacts: list[Record]  # occurred_at, kind, activity, summary, officer, partners
    contacts_total: int  # all such contacts, when more exist than are listed


_INITIATIVES = """
SELECT i.id, i.title, i.stage, i.lead, i.status, i.next_step, i.next_step_due
FROM initiative i JOIN initiative_neighbourhood l ON l.initiative_id = i.id
WHERE l.neighbourhood_id = :neighbourhood AND i.quadrant = :quadrant
  AND i.deleted_at IS NULL AND i.status != 'closed'
ORDER BY i.title COLLATE NOCASE, i.rowid
"""

_CONTACT_WHERE = """
FROM contact c LEFT JOIN officer o ON o.id = c.officer_id
WHERE c.neighbourhood_id = :neighbourhood AND c.deleted_at IS NULL
  AND c.activity IN ({activities})
"""


def quadrant_work(context: Context, neighbourhood_id: str, quadrant: Quadrant | str,
                  *, contact_limit: int = 12) -> QuadrantWork:
    """What a neighbourhood has going in a quadrant, for the panel beside the diagram."""
    quadrant = Quadrant(quadrant)
    actions = quadrant.info.actions
    params: dict[str, object] = {"neighbourhood": neighbourhood_id, "quadrant": quadrant.value}
    params.update({f"a{number}": action for number, action in enumerate(actions)})
    where = _CONTACT_WHERE.format(
        activities=", ".join(f":a{number}" for number in range(len(actions))))
    db = context.db
    initiatives = _records(db.execute(_INITIATIVES, params))
    partners = linked_names("contact_partner", "contact_id", "partner_id", "partner", "c.id")
    contacts = _records(db.execute(
        f"SELECT c.id, c.occurred_at, c.kind, c.activity, c.summary, c.follow_up, "
        f"{officer_label('o')} AS officer, {partners} AS partners {where} "
        "ORDER BY c.occurred_at DESC, c.rowid DESC LIMIT :limit",
        {**params, "limit": contact_limit}))
    total = int(db.execute(f"SELECT count(*) {where}", params).fetchone()[0])
    return QuadrantWork(quadrant, initiatives, contacts, total)


def _records(cursor: sqlite3.Cursor) -> list[Record]:
    names = [description[0] for description in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
