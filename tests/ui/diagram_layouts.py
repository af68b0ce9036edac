"""Diagram layouts made by hand, so the scene and the view are tested on known places
whatever the builders in the core decide about spacing."""

from __future__ import annotations

from ompm_desktop.diagram.shapes import (
    Arrow,
    DiagramLayout,
    DiagramPoint,
    Label,
    LegendEntry,
    Marker,
    QuadrantArea,
    Rect,
)
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, place

PLOT = Rect(80.0, 40.0, 400.0, 400.0)
WIDTH, HEIGHT = 520.0, 500.0


def _frame() -> dict:
    half_w, half_h = PLOT.width / 2, PLOT.height / 2
    corners = {
        Quadrant.ENFORCEMENT: (PLOT.x, PLOT.y),
        Quadrant.ENGAGEMENT: (PLOT.x + half_w, PLOT.y),
        Quadrant.MOBILIZATION: (PLOT.x, PLOT.y + half_h),
        Quadrant.SAFETY: (PLOT.x + half_w, PLOT.y + half_h),
    }
    areas = []
    for quadrant, (x, y) in corners.items():
        info = QUADRANTS[quadrant]
        areas.append(QuadrantArea(
            quadrant=quadrant, rect=Rect(x, y, half_w, half_h), name=info.name,
            colour=info.colour, tint=info.tint, pattern=info.pattern,
            labels=(Label(info.name, x + 8, y + 16, size=9, bold=True, colour=info.colour),
                    Label(info.who_leads, x + 8, y + 28, size=8))))
    axes = (
        Label("Community capacity: low → high", PLOT.x + PLOT.width / 2, PLOT.bottom + 30,
              anchor="middle", size=10),
        Label("Threat to safety and security: low → high", PLOT.x - 30,
              PLOT.y + PLOT.height / 2, anchor="middle", size=10, rotation=90),
        Label("0", PLOT.x, PLOT.bottom + 14, anchor="middle", size=8),
        Label("100", PLOT.right, PLOT.bottom + 14, anchor="middle", size=8),
    )
    return dict(width=WIDTH, height=HEIGHT, plot=PLOT, thresholds=(50.0, 50.0),
                quadrants=tuple(areas), axis_labels=axes)


def _xy(capacity: float, threat: float) -> tuple[float, float]:
    return (PLOT.x + capacity / 100 * PLOT.width, PLOT.bottom - threat / 100 * PLOT.height)


def neighbourhood_layout(history: list[dict], neighbourhood_id: str = "hood-1",
                         initiatives: list[dict] | None = None) -> DiagramLayout:
    """`history`: oldest first, each with id, capacity, threat, assessed_on, assessor."""
    points, arrows = [], []
    for number, row in enumerate(history):
        current = number == len(history) - 1
        x, y = _xy(row["capacity"], row["threat"])
        quadrant = place(row["capacity"], row["threat"])
        points.append(DiagramPoint(
            x=x, y=y, capacity=row["capacity"], threat=row["threat"],
            neighbourhood_id=neighbourhood_id, assessment_id=row["id"],
            assessed_on=row["assessed_on"], assessor=row["assessor"], quadrant=quadrant,
            tooltip=(f"{row['assessed_on']} · {row['assessor']}\nCapacity {row['capacity']:g}, "
                     f"threat {row['threat']:g}\n{quadrant.label}"),
            current=current, hollow=not current, radius=7.0 if current else 5.0,
            opacity=1.0 if current else 0.45 + 0.5 * number / max(1, len(history) - 1),
            label=Label(row["assessed_on"], x + 10, y - 8, size=8)))
        if number:
            previous = points[number - 1]
            arrows.append(Arrow(previous.x, previous.y, x, y, opacity=points[number].opacity))
    markers = []
    for number, initiative in enumerate(initiatives or []):
        area = next(a for a in _frame()["quadrants"] if a.quadrant == initiative["quadrant"])
        box = Rect(area.rect.x + 8, area.rect.bottom - 22 - 20 * number, 150, 16)
        markers.append(Marker(initiative["id"], Quadrant(initiative["quadrant"]),
                              Label("◆ " + initiative["title"], box.x + 4, box.y + 12, size=8),
                              box))
    legend = (LegendEntry("Latest assessment", "#212121", "circle"),
              LegendEntry("Earlier assessments (fainter when older)", "#757575", "circle"))
    return DiagramLayout(title="Rideau Heights", points=tuple(points), arrows=tuple(arrows),
                         markers=tuple(markers), legend=legend, **_frame())


def overview_layout(hoods: list[dict]) -> DiagramLayout:
    """`hoods`: each with id, name, capacity, threat, beat colour and shape, and optionally
    the previous (capacity, threat) as `before`."""
    points, arrows = [], []
    for hood in hoods:
        x, y = _xy(hood["capacity"], hood["threat"])
        quadrant = place(hood["capacity"], hood["threat"])
        points.append(DiagramPoint(
            x=x, y=y, capacity=hood["capacity"], threat=hood["threat"],
            neighbourhood_id=hood["id"], assessment_id=hood["id"] + "-latest",
            assessed_on="2026-11-01", assessor="Sgt. Test", quadrant=quadrant,
            tooltip=f"{hood['name']}\n{quadrant.label}", current=True, radius=6.0,
            colour=hood["colour"], shape=hood["shape"],
            label=Label(hood["name"], x + 9, y + 3, size=8)))
        if hood.get("before"):
            bx, by = _xy(*hood["before"])
            arrows.append(Arrow(bx, by, x, y, colour=hood["colour"], opacity=0.7))
    legend = tuple(LegendEntry(beat, colour, shape) for beat, colour, shape in sorted(
        {(h["beat"], h["colour"], h["shape"]) for h in hoods}))
    return DiagramLayout(title="Division overview", points=tuple(points),
                         arrows=tuple(arrows), legend=legend,
                         notes=("1 neighbourhood not assessed yet",), **_frame())


HISTORY = [
    {"id": "a1", "capacity": 20.0, "threat": 80.0, "assessed_on": "2025-05-01",
     "assessor": "Sgt. J. Tremblay"},
    {"id": "a2", "capacity": 35.0, "threat": 60.0, "assessed_on": "2025-11-01",
     "assessor": "Sgt. J. Tremblay"},
    {"id": "a3", "capacity": 45.0, "threat": 40.0, "assessed_on": "2026-05-01",
     "assessor": "Cst. J. Morin"},
]

HOODS = [
    {"id": "h1", "name": "Rideau Heights", "capacity": 20.0, "threat": 75.0, "beat": "Beat 2",
     "colour": "#212121", "shape": "circle", "before": (15.0, 85.0)},
    {"id": "h2", "name": "Vanier", "capacity": 70.0, "threat": 70.0, "beat": "Beat 2",
     "colour": "#212121", "shape": "circle"},
    {"id": "h3", "name": "Westboro", "capacity": 80.0, "threat": 20.0, "beat": "Beat 5",
     "colour": "#6A1B9A", "shape": "square", "before": (70.0, 30.0)},
]
