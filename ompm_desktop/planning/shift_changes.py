"""What changed since a platoon's last shift, for its roll call: neighbourhoods assessed since
(and the quadrant moves), initiatives that changed stage, new directed patrols, and contacts
whose follow-up falls on this shift.

Each change carries the key of the record it is about (('initiative', id), ...), so that
the roll-call sheet can leave out what it already says under a beat: nothing is said twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import iso, local, parse_iso
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.planning.debrief import shift_called
from ompm_desktop.planning.shift_plans import previous_shift
from ompm_desktop.queries.display import quadrant_name, stage_label
from ompm_desktop.reports.briefing_source import active_items

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
Key = tuple[str, str]
WITHOUT_PREVIOUS_DAYS = 4  # a shift with no platoon (or its first) looks back one rotation


@dataclass(frozen=True)
class Change:
    key: Key  # the record it is about
    text: str
    quadrant: str = ""  # an assessment's quadrant key, for its colour swatch


@dataclass
class ShiftChanges:
    since_label: str  # "Since Platoon C's last shift (Night of Fri 20 Nov 2026)"
    since: str  # the UTC stamp looked back to
    changes: list[Change]
    stage_moves: dict[str, str]  # initiative id -> 'now in Response, was Analysis'


def _since(desk: Desk, shift: Record) -> tuple[str, str]:
    previous = previous_shift(desk, shift)
    if previous is not None:
        return previous["starts_at"], _("Since Platoon {platoon}'s last shift ({shift})").format(
            platoon=shift["platoon"], shift=shift_called(previous))
    since = parse_iso(shift["starts_at"]) - timedelta(days=WITHOUT_PREVIOUS_DAYS)
    return iso(since), _("In the {days} days before this shift").format(
        days=WITHOUT_PREVIOUS_DAYS)


def _assessments(desk: Desk, since: str) -> list[Change]:
    rows = desk.db.query(
        "SELECT a.id, a.neighbourhood_id, a.assessed_on, a.quadrant, n.name, "
        "(SELECT b.quadrant FROM assessment b WHERE b.neighbourhood_id = a.neighbourhood_id "
        " AND b.deleted_at IS NULL AND (b.assessed_on < a.assessed_on OR (b.assessed_on = "
        " a.assessed_on AND b.created_at < a.created_at)) ORDER BY b.assessed_on DESC, "
        " b.created_at DESC LIMIT 1) AS before FROM assessment a JOIN neighbourhood n "
        "ON n.id = a.neighbourhood_id WHERE a.deleted_at IS NULL AND n.deleted_at IS NULL "
        "AND a.assessed_on >= ? ORDER BY a.assessed_on DESC, a.created_at DESC",
        [local(since).date().isoformat()])
    found, seen = [], set()
    for row in rows:
        if row["neighbourhood_id"] in seen:  # the newest says where it stands
            continue
        seen.add(row["neighbourhood_id"])
        now = quadrant_name(row["quadrant"])
        if not row["before"]:
            text = _("{hood} assessed for the first time: {quadrant}").format(
                hood=row["name"], quadrant=now)
        elif row["before"] == row["quadrant"]:
            text = _("{hood} reassessed: still {quadrant}").format(hood=row["name"],
                                                                   quadrant=now)
        else:
            text = _("{hood} moved to {quadrant} (was {before})").format(
                hood=row["name"], quadrant=now, before=quadrant_name(row["before"]))
        found.append(Change(("neighbourhood", row["neighbourhood_id"]), text, row["quadrant"]))
    return found


def _stage_moves(desk: Desk, since: str) -> dict[str, tuple[str, str]]:
    """Initiative id -> (title, 'now in Response, was Analysis'), the latest move."""
    rows = desk.db.query(
        "SELECT e.initiative_id, e.from_value, e.to_value, i.title FROM initiative_event e "
        "JOIN initiative i ON i.id = e.initiative_id WHERE e.kind = 'stage' AND e.at > ? "
        "AND e.from_value IS NOT NULL AND i.deleted_at IS NULL ORDER BY e.at, e.rowid", [since])
    moves = {}
    for row in rows:
        moves[row["initiative_id"]] = (row["title"], _("now in {stage}, was {before}").format(
            stage=stage_label(row["to_value"]), before=stage_label(row["from_value"])))
    return moves


def _new_patrols(desk: Desk, shift: Record, since: str) -> list[Change]:
    return [Change(("briefing_item", item["id"]),
                   _("New directed patrol: {title}").format(title=item["title"]))
            for item in active_items(desk, shift)
            if item["kind"] == "directed_patrol" and item["starts_at"] > since]


def _follow_ups(desk: Desk, shift: Record, since: str) -> list[Change]:
    """Open follow-ups due on the days of this shift, and those recorded since the last
    shift that are due by its end."""
    first, last = (local(shift["starts_at"]).date().isoformat(),
                   local(shift["ends_at"]).date().isoformat())
    rows = desk.db.query(
        "SELECT c.id, c.follow_up, c.follow_up_due, n.name AS hood FROM contact c "
        "LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id WHERE c.deleted_at IS NULL "
        "AND c.follow_up_done_at IS NULL AND c.follow_up_due IS NOT NULL AND "
        "c.follow_up_due <= ? AND (c.follow_up_due >= ? OR c.occurred_at > ?) "
        "ORDER BY c.follow_up_due, c.occurred_at", [last, first, since])
    found = []
    for row in rows:
        where = f" ({row['hood']})" if row["hood"] else ""
        found.append(Change(("follow_up", row["id"]), _("Follow-up due {day}: {text}").format(
            day=short_date(date.fromisoformat(row["follow_up_due"])),
            text=f"{row['follow_up']}{where}")))
    return found


def shift_changes(desk: Desk, shift: Record) -> ShiftChanges:
    since, label = _since(desk, shift)
    moves = _stage_moves(desk, since)
    changes = _assessments(desk, since)
    changes += [Change(("initiative", initiative_id), f"{title}: {move}")
                for initiative_id, (title, move) in moves.items()]
    changes += _new_patrols(desk, shift, since) + _follow_ups(desk, shift, since)
    return ShiftChanges(label, since, changes,
                        {initiative_id: move for initiative_id, (_title, move) in moves.items()})
