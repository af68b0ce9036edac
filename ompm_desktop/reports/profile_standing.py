"""Where a neighbourhood stands on the model: its quadrant, its latest assessment and the
assessments before it (its trajectory)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from ompm_desktop.diagram.drawing import diagram_drawing
from ompm_desktop.diagram.layout import neighbourhood_layout
from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.queries.display import day, score
from ompm_desktop.reports.cell_text import quadrant_cell
from ompm_desktop.reports.document import FRAME_WIDTH
from ompm_desktop.reports.styles import (
    EMPTY,
    bold,
    escaped,
    gap,
    heading,
    labelled_list,
    markup,
    para,
    quadrant_label,
)
from ompm_desktop.reports.tables import data_table

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

DIAGRAM_HEIGHT = 300.0


def standing_facts(latest: dict[str, Any] | None) -> list[Flowable]:
    """The quadrant, who leads there and what officers do, from the latest assessment."""
    if latest is None:
        return [para(_("Not assessed yet: it has no place on the diagram until an "
                       "assessment scores its threat and capacity."), EMPTY)]
    if latest["capacity"] is None:
        return [para(_("Not yet placed: assessed {day} by {assessor}, threat {threat} out of "
                       "100, capacity unknown. It takes its place on the diagram once its "
                       "capacity is assessed.").format(
            day=day(latest["assessed_on"]), assessor=latest["assessor"],
            threat=score(latest["threat"])), EMPTY)]
    info = QUADRANTS[Quadrant(latest["quadrant"])]
    lines = [
        markup("<b>" + _("Quadrant:") + "</b> " + quadrant_label(info.key.value)),
        markup("<b>" + _("Who leads:") + "</b> " + escaped(info.lead_label)),
        markup(_("<b>Assessed</b> {day} by {assessor}: threat {threat} and capacity "
                 "{capacity} out of 100.").format(
            day=escaped(day(latest["assessed_on"])), assessor=escaped(latest["assessor"]),
            threat=escaped(score(latest["threat"])),
            capacity=escaped(score(latest["capacity"])))),
    ]
    if latest["quadrant"] != latest["computed_quadrant"]:
        computed = QUADRANTS[Quadrant(latest["computed_quadrant"])].label
        lines.append(markup(
            _("<b>Placed by judgement</b> (its scores give {quadrant}): {reason}").format(
                quadrant=escaped(computed), reason=escaped(latest["override_reason"]))))
    lines.extend(labelled_list(_("Front-line actions here"),
                               [escaped(action) for action in info.action_labels], ""))
    return lines


def standing_diagram(desk: Desk, neighbourhood_id: str, name: str) -> list[Flowable]:
    """The diagram of its assessments over time and its active initiatives, across the page:
    drawn from the same layout as the screen and the exports."""
    layout = neighbourhood_layout(desk, neighbourhood_id, width=FRAME_WIDTH,
                                  height=DIAGRAM_HEIGHT,
                                  title=_("{name}: assessments and active initiatives").format(
                                      name=name))
    return [gap(4), diagram_drawing(layout)]


def trajectory_table(history: list[dict[str, Any]]) -> list[Flowable]:
    """Every placed assessment, oldest first: how the neighbourhood has moved."""
    history = [item for item in history if item["capacity"] is not None]
    if len(history) < 2:
        return []
    rows = [
        [day(item["assessed_on"]), quadrant_cell(item["quadrant"]),
         score(item["threat"]), score(item["capacity"]), item["assessor"]]
        for item in history
    ]
    first, last = history[0], history[-1]
    moved = (_("stayed in the same quadrant") if first["quadrant"] == last["quadrant"] else
             _("moved from {first} to {last}").format(
                 first=QUADRANTS[Quadrant(first["quadrant"])].label,
                 last=QUADRANTS[Quadrant(last["quadrant"])].label))
    change = _("threat {threat_before} to {threat_after}, capacity {capacity_before} to "
               "{capacity_after}").format(
        threat_before=score(first["threat"]), threat_after=score(last["threat"]),
        capacity_before=score(first["capacity"]), capacity_after=score(last["capacity"]))
    return [
        *heading(_("Trajectory"), room=90),
        markup(_("Since {day} it has {moved} over {count} assessments ({change}).").format(
            day=escaped(day(first["assessed_on"])), moved=bold(moved), count=len(history),
            change=escaped(change))),
        data_table([_("Assessed"), _("Quadrant"), _("Threat"), _("Capacity"), _("Assessor")],
                   rows,
                   [1.3, 3.6, 0.9, 0.9, 2.3], empty=""),
    ]
