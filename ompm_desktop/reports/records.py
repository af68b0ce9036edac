"""What the briefing and the profiles read about a set of neighbourhoods: the partners
serving them, their initiatives and their follow-ups due. Plain rows, straight from the
database through sqlite-utils; deleted records are left out.

Each list can be cut to its first `limit` rows; `Listed.total` still counts them all, so
that what is printed can say how many more there are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ompm_desktop.services.partners import PERSONAL_FIELDS

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Row = dict[str, Any]


@dataclass
class Listed:
    rows: list[Row] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


def _marks(ids: Sequence[str]) -> str:
    return ", ".join("?" for _ in ids)


def _listed(desk: Desk, select: str, where: str, order: str, params: list[Any],
            limit: int | None) -> Listed:
    total = desk.db.execute(f"SELECT count(*) {where}", params).fetchone()[0]
    cut = f" LIMIT {int(limit)}" if limit is not None else ""
    return Listed(list(desk.db.query(f"SELECT {select} {where} ORDER BY {order}{cut}", params)),
                  total)


def partners_serving(desk: Desk, neighbourhood_ids: Sequence[str], *, since: str = "",
                     include_personal: bool = False, limit: int | None = None) -> Listed:
    """Active partners serving any of the neighbourhoods, the key ones first: natural
    leaders, then partners of an active initiative there or contacted there since `since`
    (a stamp), then the others, each by name. Residents (partners who are persons) are
    listed only with `include_personal`, and each row then also carries the resident's
    personal details (home_phone, personal_email, home_address, and notes as
    personal_notes); without it, no resident is read."""
    if not neighbourhood_ids:
        return Listed()
    ids = list(neighbourhood_ids)
    residents = "" if include_personal else "AND p.is_organization = 1 "
    where = (
        f"FROM partner p WHERE p.deleted_at IS NULL AND p.active = 1 {residents}AND p.id IN "
        f"(SELECT partner_id FROM partner_neighbourhood WHERE neighbourhood_id IN "
        f"({_marks(ids)}))"
    )
    involved = (
        "(p.id IN (SELECT ip.partner_id FROM initiative_partner ip JOIN initiative i ON "
        "i.id = ip.initiative_id WHERE i.deleted_at IS NULL AND i.status = 'active' AND i.id IN "
        "(SELECT initiative_id FROM initiative_neighbourhood WHERE neighbourhood_id IN "
        f"({_marks(ids)}))) OR EXISTS (SELECT 1 FROM contact_partner cp CROSS JOIN contact c "
        f"ON c.id = cp.contact_id WHERE cp.partner_id = p.id AND c.neighbourhood_id IN "
        f"({_marks(ids)}) AND c.occurred_at >= ? AND c.deleted_at IS NULL))"
    )
    # Each partner's own contacts are looked through (CROSS JOIN: contact_partner first),
    # not every contact of the neighbourhoods' year: 4 ms to 0.5 a profile on the large demo.
    select = f"p.*, {involved} AS involved"  # every field, a field added later too
    total = desk.db.execute(f"SELECT count(*) {where}", ids).fetchone()[0]
    cut = f" LIMIT {int(limit)}" if limit is not None else ""
    rows = list(desk.db.query(
        f"SELECT {select} {where} ORDER BY p.natural_leader DESC, involved DESC, "
        f"p.name COLLATE NOCASE{cut}", [*ids, *ids, since, *ids]))  # the select's, then the where's
    if include_personal and rows:
        partner_ids = [row["id"] for row in rows]
        personal = {
            found["partner_id"]: found
            for found in desk.db.query(
                f"SELECT partner_id, {', '.join(PERSONAL_FIELDS)} FROM partner_personal "
                f"WHERE deleted_at IS NULL AND partner_id IN ({_marks(partner_ids)})",
                partner_ids)
        }
        for row in rows:
            details = personal.get(row["id"], {})
            for name in PERSONAL_FIELDS:
                row["personal_notes" if name == "notes" else name] = details.get(name) or ""
    return Listed(rows, total)


def initiatives_for(desk: Desk, neighbourhood_ids: Sequence[str], *, active_only: bool,
                    limit: int | None = None) -> Listed:
    """Initiatives in any of the neighbourhoods: open ones first, soonest next step first.
    Each row carries `neighbourhoods`, the names of its neighbourhoods."""
    if not neighbourhood_ids:
        return Listed()
    status = "AND i.status = 'active' " if active_only else ""
    select = (
        "i.id, i.title, i.quadrant, i.stage, i.status, i.lead, i.next_step, "
        "i.next_step_due, i.outcome, i.call_types, (SELECT group_concat(n.name, ', ') FROM "
        "initiative_neighbourhood inn JOIN neighbourhood n ON n.id = inn.neighbourhood_id "
        "WHERE inn.initiative_id = i.id AND n.deleted_at IS NULL) AS neighbourhoods"
    )
    where = (
        f"FROM initiative i WHERE i.deleted_at IS NULL {status}AND i.id IN (SELECT "
        "initiative_id FROM initiative_neighbourhood WHERE neighbourhood_id IN "
        f"({_marks(neighbourhood_ids)}))"
    )
    order = ("i.status = 'closed', i.status != 'active', i.next_step_due IS NULL, "
             "i.next_step_due, i.title COLLATE NOCASE")
    return _listed(desk, select, where, order, list(neighbourhood_ids), limit)


class FollowUpsDue:
    """Open follow-ups due on or before a date (ISO), read in one pass over the partial
    index of follow-ups, then handed out by neighbourhood: a briefing asks once per beat."""

    def __init__(self, desk: Desk, on_or_before: str, *, include_personal: bool = False
                 ) -> None:
        self.desk = desk
        # A resident linked to a follow-up is named only when personal details are asked for.
        self.residents = "" if include_personal else " AND p.is_organization = 1"
        self.due: dict[str, list[tuple[str, str, str]]] = {}
        rows = desk.db.execute(
            "SELECT neighbourhood_id, follow_up_due, occurred_at, id FROM contact "
            "WHERE follow_up_due IS NOT NULL AND follow_up_due <= ? "
            "AND follow_up_done_at IS NULL AND deleted_at IS NULL "
            "AND neighbourhood_id IS NOT NULL", [on_or_before])
        for neighbourhood_id, due, occurred_at, contact_id in rows:
            self.due.setdefault(neighbourhood_id, []).append((due, occurred_at, contact_id))

    def listed(self, neighbourhood_ids: Sequence[str], limit: int | None = None) -> Listed:
        """The latest due first (what falls due now before what has long been overdue).
        Each row carries the neighbourhood and its partners' names."""
        found = sorted((entry for nid in neighbourhood_ids for entry in self.due.get(nid, [])),
                       reverse=True)
        chosen = [contact_id for _due, _at, contact_id in found[:limit]]
        if not chosen:
            return Listed([], len(found))
        rows = {row["id"]: row for row in self.desk.db.query(
            "SELECT c.id, c.follow_up, c.follow_up_due, c.occurred_at, (SELECT n.name FROM "
            "neighbourhood n WHERE n.id = c.neighbourhood_id) AS neighbourhood, (SELECT "
            "group_concat(p.name, '; ') FROM contact_partner cp JOIN partner p ON p.id = "
            f"cp.partner_id WHERE cp.contact_id = c.id AND p.deleted_at IS NULL{self.residents}) "
            "AS partners "
            f"FROM contact c WHERE c.id IN ({_marks(chosen)})", chosen)}
        return Listed([rows[contact_id] for contact_id in chosen], len(found))
