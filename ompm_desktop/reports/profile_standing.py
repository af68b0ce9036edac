"""Where a neighbourhood stands on the model: its quadrant, its latest assessment and the
assessments before it (its trajectory)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from ompm_desktop.diagram.drawing import diagram_drawing
from ompm_desktop.diagram.layout import neighbourhood_layout
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.queries.display import day, number
from ompm_desktop.reports.document import FRAME_WIDTH
from ompm_desktop.reports.styles import (
    CELL,
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

DIAGRAM_HEIGHT = 300.0


def standing_facts(latest: dict[str, Any] | None) -> list[Flowable]:
    """The quadrant, who leads there and what officers do, from the latest assessment."""
    if latest is None:
        return [para("Not assessed yet: it has no place on the diagram until an assessment "
                     "scores its threat and capacity.", EMPTY)]
    info = QUADRANTS[Quadrant(latest["quadrant"])]
    lines = [
        markup(f"<b>Quadrant:</b> {quadrant_label(info.key.value)}"),
        markup(f"<b>Who leads:</b> {escaped(info.who_leads)}"),
        markup(f"<b>Assessed</b> {escaped(day(latest['assessed_on']))} by "
               f"{escaped(latest['assessor'])}: threat {escaped(number(latest['threat']))} "
               f"and capacity {escaped(number(latest['capacity']))} out of 100."),
    ]
    if latest["quadrant"] != latest["computed_quadrant"]:
        computed = QUADRANTS[Quadrant(latest["computed_quadrant"])].name
        lines.append(markup(
            f"<b>Placed by judgement</b> (its scores give {escaped(computed)}): "
            f"{escaped(latest['override_reason'])}"))
    lines.extend(labelled_list("Front-line actions here",
                               [escaped(action) for action in info.actions], ""))
    return lines


def standing_diagram(desk: Any, neighbourhood_id: str, name: str) -> list[Flowable]:
    """The diagram of its assessments over time and its active initiatives, across the page:
    drawn from the same layout as the screen and the exports."""
    layout = neighbourhood_layout(desk, neighbourhood_id, width=FRAME_WIDTH,
                                  height=DIAGRAM_HEIGHT,
                                  title=f"{name}: assessments and active initiatives")
    return [gap(4), diagram_drawing(layout)]


def trajectory_table(history: list[dict[str, Any]]) -> list[Flowable]:
    """Every assessment, oldest first: how the neighbourhood has moved."""
    if len(history) < 2:
        return []
    rows = [
        [day(item["assessed_on"]), markup(quadrant_label(item["quadrant"]), CELL),
         number(item["threat"]), number(item["capacity"]), item["assessor"]]
        for item in history
    ]
    first, last = history[0], history[-1]
    moved = ("stayed in the same quadrant" if first["quadrant"] == last["quadrant"] else
             f"moved from {QUADRANTS[Quadrant(first['quadrant'])].name} to "
             f"{QUADRANTS[Quadrant(last['quadrant'])].name}")
    change = (f"threat {number(first['threat'])} to {number(last['threat'])}, capacity "
              f"{number(first['capacity'])} to {number(last['capacity'])}")
    return [
        *heading("Trajectory", room=90),
        markup(f"Since {escaped(day(first['assessed_on']))} it has {bold(moved)} over "
               f"{len(history)} assessments ({escaped(change)})."),
        data_table(["Assessed", "Quadrant", "Threat", "Capacity", "Assessor"], rows,
                   [1.3, 3.6, 0.9, 0.9, 2.3], empty=""),
    ]
