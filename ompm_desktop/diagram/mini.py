"""A beat's thumbnail of the diagram for the briefing sheet: its neighbourhoods as numbered
points (the numbers of the sheet's list beside it), each with an arrow from the assessment
before its latest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ompm_desktop.diagram.frame import INK, compact_frame, thresholds_of
from ompm_desktop.diagram.parts import (
    arrow_between,
    field_placer,
    finish_layout,
    is_placed,
    make_point,
    with_label,
)
from ompm_desktop.diagram.shapes import Arrow, DiagramLayout, DiagramPoint
from ompm_desktop.i18n import ngettext

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

MINI_SIZE = (150.0, 118.0)
MINI_RADIUS = 3.2
NUMBER_SIZE = 6.5


def beat_mini_layout(desk: Desk, beat_id: str, *, width: float = MINI_SIZE[0],
                     height: float = MINI_SIZE[1]) -> DiagramLayout:
    """Numbered as the sheet lists the beat's neighbourhoods: by name, from 1."""
    thresholds = thresholds_of(desk)
    frame = compact_frame(width, height, thresholds)
    neighbourhoods = desk.neighbourhoods.list("beat_id = ?", [beat_id])
    points: list[DiagramPoint] = []
    numbers: list[str] = []
    arrows: list[Arrow] = []
    for number, neighbourhood in enumerate(neighbourhoods, start=1):
        recent = desk.assessments.list("neighbourhood_id = ?", [neighbourhood["id"]], limit=2)
        if not recent or not is_placed(recent[0]):
            continue  # not assessed, or not yet placed
        latest, *before = [a for a in recent if is_placed(a)]
        point = make_point(frame, neighbourhood["name"], latest, thresholds, current=True,
                           radius=MINI_RADIUS, colour=INK)
        points.append(point)
        numbers.append(str(number))
        if before:
            x, y = frame.to_xy(before[0]["capacity"], before[0]["threat"])
            arrow = arrow_between(x, y, point.x, point.y, 0.0, MINI_RADIUS + 1, opacity=0.55,
                                  width=0.7)
            if arrow is not None:
                arrows.append(arrow)
    placer = field_placer(frame, points, arrows, whole_arrows=False)
    labelled = []
    for point, text in zip(points, numbers, strict=True):
        placed = placer.place(text, point.x, point.y, point.radius, NUMBER_SIZE, bold=True,
                              reach=30)
        labelled.append(with_label(point, placed.label, placed.leader))
    missing = sum(1 for point in labelled if point.label is None)
    notes = (ngettext("{n} number left off for lack of room",
                      "{n} numbers left off for lack of room", missing).format(n=missing),
             ) if missing else ()
    return finish_layout(frame, width, height, thresholds, "", points=tuple(labelled),
                         arrows=tuple(arrows), notes=notes)
