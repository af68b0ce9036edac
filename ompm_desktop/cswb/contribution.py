"""Policing's contribution to the municipality's CSWB plan over a period, as a board report
gives it: the initiatives by the plan's risks and areas with their stage and before/after
result, the partners engaged by sector, the contacts by quadrant activity (counts only, never
per officer), the neighbourhoods' moves on the model, and the outcomes the plan named.

One `Contribution` per division file; several are shown side by side and added up, never
merged (a partner in two files is two partners)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ompm_desktop.clock import LOCAL_ZONE, iso
from ompm_desktop.cswb.did_it_work import BeforeAfter, before_after
from ompm_desktop.cswb.words import AREAS
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.reports.contact_months import ACTIVITY_QUADRANT

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

NO_SECTOR = ""
QUADRANT_ORDER = list(Quadrant)


@dataclass
class Risk:
    name: str
    area: str
    outcomes: str


@dataclass
class InitiativeLine:
    title: str
    division: str
    risks: list[str]
    areas: list[str]  # the areas of its risks, in the framework's order
    stage: str
    status: str
    result: BeforeAfter


@dataclass
class Move:
    neighbourhood: str
    division: str
    before: str | None  # quadrant at the start of the period (None: not placed)
    after: str | None


@dataclass
class Contribution:
    division: str
    start: date
    end: date
    risks: list[Risk] = field(default_factory=list)
    initiatives: list[InitiativeLine] = field(default_factory=list)
    partners_by_sector: Counter[str] = field(default_factory=Counter)
    contacts_by_quadrant: Counter[str | None] = field(default_factory=Counter)
    moves: list[Move] = field(default_factory=list)
    calls: int = 0


def _stamp(day: date) -> str:
    return iso(datetime.combine(day, time(0, 0), tzinfo=LOCAL_ZONE))


def contribution(desk: Desk, start: date, end: date) -> Contribution:
    """What one division file says about the period from `start` to `end` (both included)."""
    settings = desk.settings
    division = " - ".join(part for part in (settings.get("service_name"),
                                            settings.get("division_name")) if part)
    found = Contribution(division, start, end)
    since, until = _stamp(start), _stamp(end + timedelta(days=1))
    risks = {row["id"]: row for row in desk.cswb_risks.list()}
    found.risks = [Risk(r["name"], r["area"], r["outcomes"]) for r in risks.values()]
    found.risks.sort(key=lambda r: (AREAS.index(r.area) if r.area in AREAS else 9, r.name))
    engaged = _initiatives(desk, found, risks, since, until)
    _partners(desk, found, engaged, since, until)
    for activity, count in desk.db.execute(
            "SELECT activity, count(*) FROM contact WHERE deleted_at IS NULL AND "
            "occurred_at >= ? AND occurred_at < ? GROUP BY activity", [since, until]):
        quadrant = ACTIVITY_QUADRANT.get(activity or "")
        found.contacts_by_quadrant[quadrant.value if quadrant else None] += count
    found.moves = _moves(desk, division, start, end)
    found.calls = desk.db.execute(
        "SELECT count(*) FROM call_for_service WHERE occurred_at >= ? AND occurred_at < ?",
        [since, until]).fetchone()[0]
    return found


def _initiatives(desk: Desk, found: Contribution, risks: dict[str, dict[str, object]],
                 since: str, until: str) -> set[str]:
    """The initiatives at work in the period (begun by its end, not closed before its
    start); returns their ids."""
    spans = {row[0]: (row[1], row[2]) for row in desk.db.execute(
        "SELECT initiative_id, min(at), max(CASE WHEN kind = 'stage' AND to_value = 'closed' "
        "THEN at END) FROM initiative_event GROUP BY initiative_id")}
    ids = set()
    for initiative in desk.initiatives.list(order_by="title"):
        began, closed = spans.get(initiative["id"], (initiative["created_at"], None))
        if (began or initiative["created_at"]) >= until or (closed and closed < since):
            continue
        record = desk.initiatives.get(initiative["id"])
        tagged = [risks[r] for r in record["risk_ids"] if r in risks]
        areas = sorted({str(r["area"]) for r in tagged},
                       key=lambda a: AREAS.index(a) if a in AREAS else 9)
        found.initiatives.append(InitiativeLine(
            record["title"], found.division, [str(r["name"]) for r in tagged], areas,
            record["stage"], record["status"], before_after(desk.db, record, found.end)))
        ids.add(record["id"])
    return ids


def _partners(desk: Desk, found: Contribution, initiatives: set[str], since: str,
              until: str) -> None:
    """Partners engaged: a contact with them in the period, or a part in an initiative at
    work in it; counted once each, by sector."""
    engaged = {row[0] for row in desk.db.execute(
        "SELECT DISTINCT cp.partner_id FROM contact_partner cp JOIN contact c "
        "ON c.id = cp.contact_id WHERE c.deleted_at IS NULL AND c.occurred_at >= ? "
        "AND c.occurred_at < ?", [since, until])}
    for initiative_id in initiatives:
        engaged.update(row[0] for row in desk.db.execute(
            "SELECT partner_id FROM initiative_partner WHERE initiative_id = ?",
            [initiative_id]))
    for partner in desk.partners.list():
        if partner["id"] in engaged:
            found.partners_by_sector[partner["sector"] or NO_SECTOR] += 1


def _moves(desk: Desk, division: str, start: date, end: date) -> list[Move]:
    """Each neighbourhood's quadrant at the start of the period and at its end."""
    moves = []
    for hood in desk.neighbourhoods.list(order_by="name"):
        before = after = None
        for assessment in desk.assessments.history(hood["id"]):
            day = date.fromisoformat(assessment["assessed_on"][:10])
            if day < start:
                before = assessment["quadrant"]
            if day <= end:
                after = assessment["quadrant"]
        moves.append(Move(hood["name"], division, before, after))
    return moves


def combined(parts: list[Contribution]) -> Contribution:
    """Several divisions' contributions shown together: their lists side by side, their
    counts added (no record of one file is matched with another's)."""
    if len(parts) == 1:
        return parts[0]
    total = Contribution(" · ".join(p.division for p in parts), parts[0].start, parts[0].end)
    named: dict[str, Risk] = {}
    for part in parts:
        for risk in part.risks:
            named.setdefault(risk.name.casefold(), risk)
        total.initiatives += part.initiatives
        total.partners_by_sector.update(part.partners_by_sector)
        total.contacts_by_quadrant.update(part.contacts_by_quadrant)
        total.moves += part.moves
        total.calls += part.calls
    total.risks = sorted(named.values(), key=lambda r: (
        AREAS.index(r.area) if r.area in AREAS else 9, r.name))
    return total


def toward_community(move: Move) -> int:
    """+1 when the neighbourhood moved toward the community-led side of the model (from
    enforcement toward safety), -1 the other way, 0 when it stayed or was not placed."""
    if move.before is None or move.after is None or move.before == move.after:
        return 0
    order = [q.value for q in QUADRANT_ORDER]
    return 1 if order.index(move.after) > order.index(move.before) else -1
