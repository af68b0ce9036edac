"""Where each neighbourhood stands on the model now: its newest assessment's quadrant."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import RESPONSE_DEMAND_ORDER, Quadrant

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


@dataclass(frozen=True)
class Standing:
    neighbourhood_id: str
    name: str
    beat_id: str | None
    quadrant: Quadrant | None  # None: not assessed yet

    @property
    def quadrant_name(self) -> str:
        return self.quadrant.label if self.quadrant else _("Not assessed yet")


def standings(desk: Desk) -> dict[str, Standing]:
    """Every neighbourhood by id, with its current quadrant (the newest assessment's, as
    desk.assessments.latest orders them), in one query."""
    rows = desk.db.execute(
        "SELECT n.id, n.name, n.beat_id, (SELECT a.quadrant FROM assessment a "
        "WHERE a.neighbourhood_id = n.id AND a.deleted_at IS NULL "
        "ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) "
        "FROM neighbourhood n WHERE n.deleted_at IS NULL ORDER BY n.name").fetchall()
    return {row[0]: Standing(row[0], row[1], row[2], Quadrant(row[3]) if row[3] else None)
            for row in rows}


def demand_rank(quadrant: Quadrant | None) -> int:
    """Police response demand, highest first: red, amber, blue, green, then not assessed."""
    return RESPONSE_DEMAND_ORDER.index(quadrant) if quadrant else len(RESPONSE_DEMAND_ORDER)
