"""What the briefing and the profiles read about a set of neighbourhoods: the partners
serving them, their initiatives and their follow-ups due. Plain rows, straight from the
database through sqlite-utils; deleted records are left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ompm_desktop.services.partners import PERSONAL_FIELDS

Row = dict[str, Any]


def _marks(ids: Sequence[str]) -> str:
    return ", ".join("?" for _ in ids)


def partners_serving(desk: Any, neighbourhood_ids: Sequence[str], *,
                     include_personal: bool = False) -> list[Row]:
    """Active partners serving any of the neighbourhoods: organizations and natural
    leaders first, then by name. With `include_personal`, each row also carries the
    resident's personal details (home_phone, personal_email, home_address, notes under
    personal_notes); without it, none of them is read."""
    if not neighbourhood_ids:
        return []
    rows = list(desk.db.query(
        "SELECT p.id, p.name, p.kind, p.is_organization, p.contact_name, p.contact_role, "
        "p.phone, p.email, p.address, p.natural_leader FROM partner p "
        "WHERE p.deleted_at IS NULL AND p.active = 1 AND p.id IN (SELECT partner_id FROM "
        f"partner_neighbourhood WHERE neighbourhood_id IN ({_marks(neighbourhood_ids)})) "
        "ORDER BY p.natural_leader DESC, p.name COLLATE NOCASE",
        list(neighbourhood_ids),
    ))
    if include_personal and rows:
        ids = [row["id"] for row in rows]
        personal = {
            found["partner_id"]: found
            for found in desk.db.query(
                f"SELECT partner_id, {', '.join(PERSONAL_FIELDS)} FROM partner_personal "
                f"WHERE deleted_at IS NULL AND partner_id IN ({_marks(ids)})", ids)
        }
        for row in rows:
            details = personal.get(row["id"], {})
            for name in PERSONAL_FIELDS:
                key = "personal_notes" if name == "notes" else name
                row[key] = details.get(name) or ""
    return rows


def initiatives_for(desk: Any, neighbourhood_ids: Sequence[str], *,
                    active_only: bool) -> list[Row]:
    """Initiatives in any of the neighbourhoods: open ones first, soonest next step first.
    Each row carries `neighbourhoods`, the names of its neighbourhoods."""
    if not neighbourhood_ids:
        return []
    status = "AND i.status = 'active' " if active_only else ""
    return list(desk.db.query(
        "SELECT i.id, i.title, i.quadrant, i.stage, i.status, i.lead, i.next_step, "
        "i.next_step_due, i.outcome, (SELECT group_concat(n.name, ', ') FROM "
        "initiative_neighbourhood inn JOIN neighbourhood n ON n.id = inn.neighbourhood_id "
        "WHERE inn.initiative_id = i.id AND n.deleted_at IS NULL) AS neighbourhoods "
        f"FROM initiative i WHERE i.deleted_at IS NULL {status}AND i.id IN (SELECT "
        "initiative_id FROM initiative_neighbourhood WHERE neighbourhood_id IN "
        f"({_marks(neighbourhood_ids)})) ORDER BY i.status = 'closed', i.status != 'active', "
        "i.next_step_due IS NULL, i.next_step_due, i.title COLLATE NOCASE",
        list(neighbourhood_ids),
    ))


def follow_ups_due(desk: Any, neighbourhood_ids: Sequence[str], on_or_before: str) -> list[Row]:
    """Open follow-ups of contacts in the neighbourhoods, due on or before a date (ISO),
    overdue first. Each row carries the neighbourhood and its partners' names."""
    if not neighbourhood_ids:
        return []
    return list(desk.db.query(
        "SELECT c.id, c.follow_up, c.follow_up_due, c.occurred_at, n.name AS neighbourhood, "
        "(SELECT group_concat(p.name, '; ') FROM contact_partner cp JOIN partner p "
        "ON p.id = cp.partner_id WHERE cp.contact_id = c.id AND p.deleted_at IS NULL) "
        "AS partners FROM contact c LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id "
        "WHERE c.deleted_at IS NULL AND c.follow_up_due IS NOT NULL "
        "AND c.follow_up_done_at IS NULL AND c.follow_up_due <= ? "
        f"AND c.neighbourhood_id IN ({_marks(neighbourhood_ids)}) "
        "ORDER BY c.follow_up_due, c.occurred_at",
        [on_or_before, *neighbourhood_ids],
    ))
