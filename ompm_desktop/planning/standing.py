"""Where each neighbourhood stands on the model now: its newest assessment's quadrant and
threat score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import Quadrant

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


@dataclass(frozen=True)
class Standing:
    neighbourhood_id: str
    name: str
    beat_id: str | None
    quadrant: Quadrant | None  # None: not assessed yet, or not yet placed
    threat: float | None = None  # the newest assessment's; None: not assessed yet

    @property
    def quadrant_name(self) -> str:
        if self.quadrant:
            return self.quadrant.label
        if self.threat is not None:
            return _("Not yet placed (capacity unknown)")
        return _("Not assessed yet")


def standings(desk: Desk) -> dict[str, Standing]:
    """Every neighbourhood by id, with its current quadrant (the newest assessment's, as
    desk.assessments.latest orders them), in one query."""
    rows = desk.db.execute(
        "SELECT n.id, n.name, n.beat_id, a.quadrant, a.threat FROM neighbourhood n "
        "LEFT JOIN assessment a ON a.id = (SELECT b.id FROM assessment b "
        "WHERE b.neighbourhood_id = n.id AND b.deleted_at IS NULL "
        "ORDER BY b.assessed_on DESC, b.created_at DESC LIMIT 1) "
        "WHERE n.deleted_at IS NULL ORDER BY n.name").fetchall()
    return {row[0]: Standing(row[0], row[1], row[2], Quadrant(row[3]) if row[3] else None,
                             row[4])
            for row in rows}


def threat_rank(standing: Standing) -> tuple[bool, float, str]:
    """The order the planner takes neighbourhoods in: the highest threat score first (the
    model: enforcement "where there are threats to community safety and security"), then
    by name; those not assessed yet last."""
    return (standing.threat is None, -(standing.threat or 0.0), standing.name.casefold())
