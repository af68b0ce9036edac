"""The quadrant diagram's geometry, computed once from the records as plain data
(`DiagramLayout`): the Qt scene, the PDFs and the SVG/PNG exports all draw it.

`neighbourhood_layout` is one neighbourhood's trajectory: every assessment as a dated point
(the newest solid, earlier ones hollow and fainter), arrows from older to newer, and its
active initiatives as boxes in their quadrants. `overview_layout` is the division: each
neighbourhood at its latest assessment, shaped and coloured by beat, with an arrow from
the assessment before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ompm_desktop.diagram.frame import INK, Frame, build_frame, names_clear_of, thresholds_of
from ompm_desktop.diagram.labels import Placer
from ompm_desktop.diagram.overview import overview_layout
from ompm_desktop.diagram.parts import (
    arrow_between,
    field_placer,
    finish_layout,
    is_placed,
    make_point,
    unplaced_note,
    with_label,
)
from ompm_desktop.diagram.shapes import (
    Arrow,
    DiagramLayout,
    DiagramPoint,
    LegendEntry,
    Marker,
    Rect,
)
from ompm_desktop.diagram.text import PAD, label_at, shortened, text_width
from ompm_desktop.i18n import _, ngettext
from ompm_desktop.model.quadrants import Quadrant, Thresholds
from ompm_desktop.scoring.participation import by_assessor_alone

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

NEIGHBOURHOOD_SIZE = (560.0, 460.0)
CURRENT_RADIUS = 7.0
EARLIER_RADIUS = 6.0
DATE_SIZE = 7.5
MARKER_SIZE = 7.0

__all__ = ["neighbourhood_layout", "overview_layout"]


# ---- one neighbourhood -------------------------------------------------------------------


def neighbourhood_layout(desk: Desk, neighbourhood_id: str, *,
                         width: float = NEIGHBOURHOOD_SIZE[0],
                         height: float = NEIGHBOURHOOD_SIZE[1],
                         title: str | None = None) -> DiagramLayout:
    """One neighbourhood's assessments, oldest to newest, and its active initiatives; the
    title says "NAME on the model" unless another is given."""
    neighbourhood = desk.neighbourhoods.get(neighbourhood_id)
    name = neighbourhood["name"]
    thresholds = thresholds_of(desk)
    everything = desk.assessments.history(neighbourhood_id)
    history = [a for a in everything if is_placed(a)]
    initiatives = desk.initiatives.list(
        "status = 'active' AND id IN (SELECT initiative_id FROM initiative_neighbourhood "
        "WHERE neighbourhood_id = ?)", [neighbourhood_id], order_by="title COLLATE NOCASE")
    legend = [LegendEntry(_("Latest assessment"), INK, "circle")]
    if len(history) > 1:
        legend.append(LegendEntry(_("Earlier assessments (older are fainter)"), INK, "circle",
                                  hollow=True))
    if initiatives:
        legend.append(LegendEntry(_("Active initiative"), "#424242", "square", hollow=True))
    notes: list[str] = []
    if everything and not is_placed(everything[-1]):
        notes.append(unplaced_note(name, everything[-1]))
    elif history and by_assessor_alone(history[-1]):
        notes.append(_("The latest assessment ({date}) was answered by the assessor alone: no "
                       "resident surveyed, no partner consulted.").format(
            date=history[-1]["assessed_on"]))
    elif not history:
        notes.append(_("{name} has not been assessed yet: it takes its place on the diagram "
                       "once an assessment scores its threat and capacity.").format(name=name))
    title = title or _("{name} on the model").format(name=name)
    parts = _Contents(desk, name, history, initiatives, thresholds)
    frame = build_frame(width, height, thresholds, title, legend, notes)
    layout = parts.lay_out(frame, notes)
    if len(layout.notes) > len(notes):  # the notes take lines from the field: lay out again
        frame = build_frame(width, height, thresholds, title, legend, layout.notes)
        layout = parts.lay_out(frame, notes)
    return finish_layout(layout.frame, width, height, thresholds, title,
                         points=layout.points, arrows=layout.arrows, markers=layout.markers,
                         legend=tuple(legend), notes=layout.notes)


@dataclass(frozen=True)
class _Laid:
    frame: Frame
    points: tuple[DiagramPoint, ...]
    arrows: tuple[Arrow, ...]
    markers: tuple[Marker, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class _Contents:
    """What one neighbourhood's diagram shows, to be laid out in a frame."""

    desk: Desk
    name: str
    history: Sequence[dict[str, Any]]
    initiatives: Sequence[dict[str, Any]]
    thresholds: Thresholds

    def lay_out(self, frame: Frame, notes: Sequence[str]) -> _Laid:
        points = _trajectory(frame, self.name, self.history, self.thresholds)
        frame = names_clear_of(frame, [(p.x, p.y, p.radius) for p in points])
        arrows = [arrow for older, newer in zip(points, points[1:], strict=False)
                  if (arrow := arrow_between(older.x, older.y, newer.x, newer.y,
                                             older.radius + 1.5, newer.radius + 1.5,
                                             opacity=newer.opacity, width=1.4))]
        placer = field_placer(frame, points, arrows)
        placed_points = []
        for point in reversed(points):  # the newest label first: it matters most
            text = point.assessed_on + (" (" + _("latest") + ")" if point.current else "")
            placed = placer.place(text, point.x, point.y, point.radius, DATE_SIZE,
                                  bold=point.current, reach=90)
            placed_points.append(with_label(point, placed.label, placed.leader))
        placed_points.reverse()
        all_notes = list(notes)
        undated = sum(1 for point in placed_points if point.label is None)
        if undated:
            all_notes.append(ngettext(
                "{n} date left off where points crowd together: the trajectory lists every "
                "assessment.",
                "{n} dates left off where points crowd together: the trajectory lists every "
                "assessment.", undated).format(n=undated))
        current = self.history[-1]["quadrant"] if self.history else None
        markers, unplaced = _markers(frame, placer, self.initiatives, current)
        if unplaced:
            all_notes.append(ngettext(
                "{n} active initiative not drawn for lack of room in its quadrant: see the "
                "initiatives list.",
                "{n} active initiatives not drawn for lack of room in their quadrant: see the "
                "initiatives list.", unplaced).format(n=unplaced))
        return _Laid(frame, tuple(placed_points), tuple(arrows), tuple(markers),
                     tuple(all_notes))


def _trajectory(frame: Frame, name: str, history: Sequence[dict[str, Any]],
                thresholds: Thresholds) -> list[DiagramPoint]:
    """Oldest first; each earlier point fainter than the one after it."""
    count = len(history)
    points = []
    for index, assessment in enumerate(history):
        newest = index == count - 1
        opacity = 1.0 if newest else 0.35 + 0.45 * index / max(1, count - 1)
        points.append(make_point(frame, name, assessment, thresholds, current=newest,
                             radius=CURRENT_RADIUS if newest else EARLIER_RADIUS,
                             colour=INK, opacity=round(opacity, 3), hollow=not newest))
    return points


def _markers(frame: Frame, placer: Placer, initiatives: Sequence[dict[str, Any]],
             current: str | None) -> tuple[list[Marker], int]:
    """A box per active initiative inside its quadrant (the neighbourhood's own quadrant when
    the initiative names none); how many found no room."""
    areas = {area.quadrant: area for area in frame.quadrants}
    markers: list[Marker] = []
    unplaced = 0
    for initiative in initiatives:
        key = initiative["quadrant"] or current
        if key is None:
            unplaced += 1
            continue
        area = areas[Quadrant(key)]
        room = min(area.rect.width - 12, 170.0)
        text = initiative["title"]
        limit = len(text)
        while limit > 8 and text_width(shortened(text, limit), MARKER_SIZE) > room - 8:
            limit -= 1
        text = shortened(text, limit)
        width = text_width(text, MARKER_SIZE) + 8 + 2 * PAD
        height = MARKER_SIZE + 6 + 2 * PAD
        inner = Rect(area.rect.x + 2, area.rect.y + 2, area.rect.width - 4,
                     area.rect.height - 4)
        box = placer.place_box(width, height, inner)
        if box is None:
            unplaced += 1
            continue
        label = label_at(text, box.x + 4, box.y + 3, MARKER_SIZE, colour=INK)
        markers.append(Marker(initiative_id=initiative["id"], quadrant=area.quadrant,
                              label=label, box=box))
    return markers, unplaced


