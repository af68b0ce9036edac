"""The pieces both diagrams are built from: a point for an assessment (with its tooltip), an
arrow between two places, the field's taken space, and the finished layout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ompm_desktop.diagram.frame import Frame
from ompm_desktop.diagram.labels import Placer
from ompm_desktop.diagram.shapes import Arrow, DiagramLayout, DiagramPoint, Rect
from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, Thresholds, place
from ompm_desktop.queries.display import score


def is_placed(assessment: dict[str, Any]) -> bool:
    """Whether an assessment has a place on the field: one with an unknown capacity (an
    imported batch of crime counts) has none, and its neighbourhood is not yet placed."""
    return assessment.get("capacity") is not None


def unplaced_note(name: str, assessment: dict[str, Any]) -> str:
    return _("{name} is not yet placed: its newest assessment ({date}) scores threat "
             "{threat} but its capacity is unknown. Assess its capacity to place it.").format(
        name=name, date=assessment["assessed_on"], threat=score(assessment["threat"]))


def tooltip(name: str, assessment: dict[str, Any], thresholds: Thresholds) -> str:
    """'Rideau Heights — 2026-10-01 by Sgt. Roy: capacity 62, threat 41', and any judgement."""
    text = _("{name} — {date} by {assessor}: capacity {capacity}, threat {threat}").format(
        name=name, date=assessment["assessed_on"], assessor=assessment["assessor"],
        capacity=score(assessment["capacity"]), threat=score(assessment["threat"]))
    scored = place(assessment["capacity"], assessment["threat"], thresholds)
    if assessment.get("quadrant") and assessment["quadrant"] != scored.value:
        text += _("; placed in {quadrant} by judgement").format(
            quadrant=QUADRANTS[Quadrant(assessment["quadrant"])].label)
    return text


def make_point(frame: Frame, name: str, assessment: dict[str, Any], thresholds: Thresholds,
           **style: Any) -> DiagramPoint:
    x, y = frame.to_xy(assessment["capacity"], assessment["threat"])
    return DiagramPoint(
        x=x, y=y, capacity=assessment["capacity"], threat=assessment["threat"],
        neighbourhood_id=assessment["neighbourhood_id"], assessment_id=assessment["id"],
        assessed_on=assessment["assessed_on"], assessor=assessment["assessor"],
        quadrant=place(assessment["capacity"], assessment["threat"], thresholds),
        tooltip=tooltip(name, assessment, thresholds), **style,
    )


def arrow_between(x1: float, y1: float, x2: float, y2: float, start_gap: float, end_gap: float,
           **style: Any) -> Arrow | None:
    """An arrow between two places, stopping short of the points at either end; None when
    they are too close for an arrow to show."""
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5
    if length <= start_gap + end_gap + 4:
        return None
    ux, uy = dx / length, dy / length
    return Arrow(x1 + ux * start_gap, y1 + uy * start_gap, x2 - ux * end_gap, y2 - uy * end_gap,
                 **style)


def field_placer(frame: Frame, points: Sequence[DiagramPoint], arrows: Sequence[Arrow], *,
                 whole_arrows: bool = True) -> Placer:
    """The field with the quadrant names, the points and the arrows already taken (only
    their heads, unless `whole_arrows`)."""
    placer = Placer(frame.plot)
    for area in frame.quadrants:
        for label in area.labels:
            if label.box is not None:
                placer.take(label.box)
    for point in points:
        r = point.radius + 1
        placer.take(Rect(point.x - r, point.y - r, 2 * r, 2 * r), point=True)
    for arrow in arrows:
        if whole_arrows:
            placer.take_line((arrow.x1, arrow.y1, arrow.x2, arrow.y2))
        else:  # names may cover an arrow's shaft where they must, never its head
            placer.take_line((arrow.x1, arrow.y1, arrow.x2, arrow.y2), soft=True)
            placer.take(Rect(arrow.x2 - 5, arrow.y2 - 5, 10, 10), point=True)
    return placer


def finish_layout(frame: Frame, width: float, height: float, thresholds: Thresholds, title: str,
            **parts: Any) -> DiagramLayout:
    return DiagramLayout(
        width=width, height=height, plot=frame.plot,
        thresholds=(thresholds.capacity, thresholds.threat), title=title,
        quadrants=frame.quadrants, axis_labels=frame.axis_labels,
        legend_area=frame.legend_area, **parts,
    )


def with_label(point: DiagramPoint, label: Any, leader: Any) -> DiagramPoint:
    return DiagramPoint(**{**point.__dict__, "label": label, "leader": leader})
