"""The division overview: every neighbourhood at its latest assessment, shaped and coloured
by its beat, named where there is room, with an arrow from the assessment before it."""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ompm_desktop.diagram.frame import INK, Frame, build_frame, names_clear_of, thresholds_of
from ompm_desktop.diagram.labels import Placer, Seen
from ompm_desktop.diagram.parts import (
    arrow_between,
    field_placer,
    finish_layout,
    is_placed,
    make_point,
    with_label,
)
from ompm_desktop.diagram.shapes import Arrow, DiagramLayout, DiagramPoint, LegendEntry, Shape
from ompm_desktop.diagram.text import shortened, text_width
from ompm_desktop.i18n import N_, _, ngettext
from ompm_desktop.model.quadrants import Thresholds
from ompm_desktop.queries.display import number

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

OVERVIEW_SIZE = (820.0, 640.0)
SHAPES: tuple[Shape, ...] = ("circle", "square", "triangle", "diamond", "hexagon")
# Dark enough to read on every tint, and apart from the quadrants' own colours.
BEAT_COLOURS = ("#212121", "#6A1B9A", "#00838F", "#AD1457", "#5D4037", "#283593",
                "#EF6C00", "#37474F")
NO_BEAT = N_("No beat")  # translated where shown
NO_BEAT_COLOUR = "#757575"
LABEL_REACH = 150.0
CROWDED = 40  # points past which some names are likely to find no room
SHORT_NAMES = (18, 12)  # shorter and shorter names tried where a whole one finds no room


def overview_size(count: int) -> tuple[float, float]:
    """A size that leaves room to name `count` neighbourhoods: taller past 80 of them, for
    an export or a page that can grow (a window passes its own size)."""
    width, height = OVERVIEW_SIZE
    return width, min(1000.0, max(height, height + (count - 80) * 2.7))


def beat_styles(beats: Sequence[dict[str, Any]]) -> dict[str | None, tuple[str, Shape]]:
    """A colour and a shape per beat, in the order given; no beat in grey circles."""
    styles: dict[str | None, tuple[str, Shape]] = {
        beat["id"]: (BEAT_COLOURS[index % len(BEAT_COLOURS)], SHAPES[index % len(SHAPES)])
        for index, beat in enumerate(beats)
    }
    styles[None] = (NO_BEAT_COLOUR, "circle")
    return styles


def _latest_two(desk: Desk) -> dict[str, list[dict[str, Any]]]:
    """Each neighbourhood's newest assessment and the placed one before it, newest first; an
    empty list for one whose newest has no capacity (not yet placed)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for row in desk.assessments.iter(
            order_by="neighbourhood_id, assessed_on DESC, created_at DESC"):
        hood = row["neighbourhood_id"]
        if hood not in found:
            found[hood] = [row] if is_placed(row) else []
        elif found[hood] and len(found[hood]) < 2 and is_placed(row):
            found[hood].append(row)
    return found


def _radius(count: int) -> float:
    """Points as large as clicking wants (12 across), smaller only when there are many."""
    return 6.0 if count <= 50 else 5.0 if count <= 110 else 4.5


def overview_layout(desk: Desk, *, beat_ids: Sequence[str | None] | None = None,
                    width: float = OVERVIEW_SIZE[0],
                    height: float = OVERVIEW_SIZE[1]) -> DiagramLayout:
    """The division's neighbourhoods (only those of `beat_ids` when given; None in it stands
    for the neighbourhoods with no beat)."""
    steps = OverviewInSteps(desk, beat_ids=beat_ids, width=width, height=height)
    steps.place_names()
    assert steps.layout is not None
    return steps.layout


class OverviewInSteps:
    """The overview laid out in two stages, for a window that shows the points at once and
    their names when they are placed: `first` has every point and arrow and no name yet (the
    line kept for the note about names left off says they are being placed); each call of
    `place_names` places names for about `seconds`, and once it returns True, `layout` is
    exactly what `overview_layout` gives. A division of CROWDED points or fewer is laid out
    whole at once: `layout` is ready and `first` is it."""

    def __init__(self, desk: Desk, *, beat_ids: Sequence[str | None] | None = None,
                 width: float = OVERVIEW_SIZE[0], height: float = OVERVIEW_SIZE[1]) -> None:
        thresholds = thresholds_of(desk)
        beats = desk.beats.list()
        styles = beat_styles(beats)
        wanted = set(beat_ids) if beat_ids is not None else None
        neighbourhoods = [row for row in desk.neighbourhoods.iter()
                          if wanted is None or row["beat_id"] in wanted]
        assessments = _latest_two(desk)
        assessed = [row for row in neighbourhoods if assessments.get(row["id"])]
        beat_names = {beat["id"]: beat["name"] for beat in beats}
        title = _("{division}: neighbourhoods on the model").format(
            division=desk.settings.get("division_name"))
        if wanted is not None:
            names = [beat_names.get(beat_id, _(NO_BEAT)) if beat_id else _(NO_BEAT)
                     for beat_id in beat_ids or ()]
            title += f" · {', '.join(names)}" if names else _(" · no beat chosen")
        shown_beats = {row["beat_id"] for row in neighbourhoods}
        legend = [LegendEntry(beat["name"], *styles[beat["id"]]) for beat in beats
                  if beat["id"] in shown_beats]
        if None in shown_beats:
            legend.append(LegendEntry(_(NO_BEAT), *styles[None]))
        notes = _notes(neighbourhoods, assessed, assessments)
        self._finish = lambda frame, points, arrows, notes: finish_layout(
            frame, width, height, thresholds, title, points=tuple(points),
            arrows=tuple(arrows), legend=tuple(legend), notes=tuple(notes))
        self._notes = notes
        self.layout: DiagramLayout | None = None
        # Many points will leave some names off, and the note saying so takes a line from the
        # field: keep it from the start rather than lay out twice.
        crowded = len(assessed) > CROWDED
        frame = build_frame(width, height, thresholds, title, legend,
                            [*notes, ""] if crowded else notes)
        frame, points, arrows = _plot(frame, assessed, assessments, styles, thresholds)
        hood_names = {row["id"]: row["name"] for row in assessed}
        self._names = _Names(frame, points, arrows, hood_names)
        if crowded:
            self.first = self._finish(frame, points, arrows,
                                      [*notes, _("Placing the names…")])
            return
        self.place_names()
        if self._names.omitted:
            frame = build_frame(width, height, thresholds, title, legend, [*notes, ""])
            frame, points, arrows = _plot(frame, assessed, assessments, styles, thresholds)
            self._names = _Names(frame, points, arrows, hood_names)
            self.place_names()
        assert self.layout is not None
        self.first = self.layout

    @property
    def finished(self) -> bool:
        return self.layout is not None

    def place_names(self, seconds: float | None = None) -> bool:
        """Place names until every one is placed, or for about `seconds` when given (one name
        at least); whether every one is placed now."""
        if self.layout is not None:
            return True
        naming = self._names
        until = None if seconds is None else time.perf_counter() + seconds
        while not naming.finished:
            naming.place_next()
            if until is not None and time.perf_counter() >= until:
                break
        if not naming.finished:
            return False
        notes = list(self._notes)
        if naming.omitted:
            notes.append(_("{n} of {total} names left off where there was no room: each "
                           "point still names its neighbourhood when pointed at.").format(
                n=naming.omitted, total=len(naming.labelled)))
        self.layout = self._finish(naming.frame, naming.labelled, naming.arrows, notes)
        return True


def _notes(neighbourhoods: Sequence[dict[str, Any]], assessed: Sequence[dict[str, Any]],
           assessments: dict[str, list[dict[str, Any]]]) -> list[str]:
    notes = []
    if not neighbourhoods:
        notes.append(_("There are no neighbourhoods to show yet."))
    unplaced = sum(1 for row in neighbourhoods if assessments.get(row["id"]) == [])
    missing = len(neighbourhoods) - len(assessed) - unplaced
    if missing:
        notes.append(ngettext(
            "{n} neighbourhood not assessed yet: it has no place on the diagram.",
            "{n} neighbourhoods not assessed yet: they have no place on the diagram.",
            missing).format(n=missing))
    if unplaced:
        notes.append(ngettext(
            "{n} neighbourhood not yet placed: its threat is scored but its capacity is "
            "unknown.",
            "{n} neighbourhoods not yet placed: their threat is scored but their capacity "
            "is unknown.", unplaced).format(n=unplaced))
    capacities = {assessments[row["id"]][0]["capacity"] for row in assessed}
    if len(assessed) > 2 and len(capacities) == 1:
        notes.append(_("Every neighbourhood has the same capacity score ({score}), so the "
                       "points stand in one column: assess each one's capacity to spread "
                       "them.").format(score=number(capacities.pop())))
    return notes


def _plot(frame: Frame, assessed: Sequence[dict[str, Any]],
          assessments: dict[str, list[dict[str, Any]]],
          styles: dict[str | None, tuple[str, Shape]],
          thresholds: Thresholds) -> tuple[Frame, list[DiagramPoint], list[Arrow]]:
    radius = _radius(len(assessed))
    points: list[DiagramPoint] = []
    arrows: list[Arrow] = []
    for row in assessed:
        latest, *before = assessments[row["id"]]
        colour, shape = styles.get(row["beat_id"], styles[None])
        point = make_point(frame, row["name"], latest, thresholds, current=True,
                           radius=radius, colour=colour, shape=shape)
        points.append(point)
        if before:
            x, y = frame.to_xy(before[0]["capacity"], before[0]["threat"])
            arrow = arrow_between(x, y, point.x, point.y, 0.0, radius + 1.5, colour=colour,
                                  opacity=0.6, width=1.0)
            if arrow is not None:
                arrows.append(arrow)
    frame = names_clear_of(frame, [(p.x, p.y, p.radius) for p in points])
    return frame, points, arrows


class _Names:
    """Names where they fit, one point at a time: the most crowded points choose first, the
    others find room around them; a name that fits nowhere whole is shortened, then left
    off. What is taken and the order are worked out at the first name."""

    def __init__(self, frame: Frame, points: list[DiagramPoint], arrows: list[Arrow],
                 names: dict[str, str]) -> None:
        self.frame, self.points, self.arrows, self.names = frame, points, arrows, names
        self.labelled = list(points)
        self.omitted = 0
        self.size = 7.0 if len(points) <= 60 else 6.5
        self._order: list[int] | None = None
        self._placer: Placer | None = None
        self._done = 0

    @property
    def finished(self) -> bool:
        return self._done >= len(self.points)

    def _start(self) -> tuple[list[int], Placer]:
        points = self.points
        # Many arrows would leave no room for names: names may cover their shafts.
        placer = field_placer(self.frame, points, self.arrows, whole_arrows=False)
        crowd = _crowds(points)
        order = sorted(range(len(points)),
                       key=lambda i: (-crowd[points[i].assessment_id], points[i].y,
                                      points[i].x))
        self._order, self._placer = order, placer
        return order, placer

    def place_next(self) -> None:
        order, placer = (self._order, self._placer) if self._placer is not None else (
            self._start())
        assert order is not None
        index = order[self._done]
        self._done += 1
        point = self.points[index]
        name = self.names[point.neighbourhood_id]
        size = self.size
        texts = (name, *(shortened(name, limit) for limit in SHORT_NAMES if len(name) > limit))
        # Where the narrowest of them finds no room, none does (Placer.find): a point with no
        # room about it costs one search instead of one per text.
        narrowest = min(texts, key=lambda text: text_width(text, size))
        seen = Seen()
        if len(texts) > 1 and placer.find(narrowest, point.x, point.y, point.radius, size,
                                          reach=LABEL_REACH, seen=seen,
                                          narrowest=True) is None:
            self.omitted += 1
            return
        placed = None
        for text in texts:
            placed = placer.place(text, point.x, point.y, point.radius, size,
                                  colour=INK, reach=LABEL_REACH, seen=seen)
            if placed.label is not None:
                break
        if placed is None or placed.label is None:
            self.omitted += 1
            return
        self.labelled[index] = with_label(point, placed.label, placed.leader)


def _crowds(points: Sequence[DiagramPoint], near: float = 40.0) -> dict[str, int]:
    """How many points (itself included) lie closer than `near` across and down to each one,
    by its assessment id: only the points in a band a little wider than `near` across are
    looked at (in x order), and the very test of the plain count decides."""
    by_x = sorted(points, key=lambda point: point.x)
    xs = [point.x for point in by_x]
    crowd = {}
    for point in points:
        x, y = point.x, point.y
        first = bisect_left(xs, x - near - 1)
        last = bisect_right(xs, x + near + 1)
        crowd[point.assessment_id] = sum(1 for other in by_x[first:last]
                                         if abs(other.x - x) < near and abs(other.y - y) < near)
    return crowd
