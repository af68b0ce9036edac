"""Which neighbourhood's boundary holds a point: SQLite's Geopoly extension (built into
apsw-sqlite3mc, already a dependency) on an in-memory database, loaded once per import.

Each polygon of a neighbourhood's boundary is one shape (a MultiPolygon is several, for one
neighbourhood), and each of its holes another, marked as a hole. A point is looked up through
an R-tree of the shapes' bounding boxes, then tested against the few shapes whose box holds it
with geopoly_contains_point: it is in a polygon when it is in its outer ring and not strictly
inside one of its holes. A point on a line counts as inside; where two neighbourhoods share
the line, the first by name is taken (the same every time).

Precision. Geopoly keeps vertices as 32-bit floats (a 24-bit mantissa, about 7 digits).
Stored as they come, a longitude of -75.7 would be rounded to within 4e-6 degrees (30-40 cm
on the ground at Ontario's latitudes), and a UTM or MTM northing of 5,030,000 m to within
0.25 m. So every vertex, and every point looked up, is first moved by the boundaries' own
lower-left corner, in full (64-bit) precision: the numbers Geopoly rounds are then at most a
city's width, and a boundary is kept to within a few millimetres, whether in metres (50 km:
2 mm) or in degrees (half a degree: 3e-8 degrees, 3 mm). The R-tree's boxes are rounded
outwards, so they never leave a point out. Only a call within millimetres of a boundary line
may fall on the other side of it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import apsw
from sqlite_utils import Database

FOUND_KEPT = 20_000  # the points remembered (a CAD repeats an address's point): memory bounded
POLYGON_TYPES = ("Polygon", "MultiPolygon")
Ring = Sequence[Sequence[float]]  # [[x, y], ...], closed (the last position is the first)
Polygon = Sequence[Ring]  # the outer ring, then its holes


@dataclass(frozen=True)
class Extent:
    """The smallest box holding every boundary."""

    min_x: float
    min_y: float
    max_x: float
    max_y: float

    def holds(self, x: float, y: float) -> bool:
        return self.min_x <= x <= self.max_x and self.min_y <= y <= self.max_y

    @property
    def in_degrees(self) -> bool:
        return looks_like_degrees(self.min_x, self.min_y) and \
            looks_like_degrees(self.max_x, self.max_y)


def looks_like_degrees(x: float, y: float) -> bool:
    """Longitude and latitude, as far as the numbers can tell (metres are far larger)."""
    return abs(x) <= 180 and abs(y) <= 90


def clean_geometry(geometry: Any) -> dict[str, Any] | None:
    """A GeoJSON Polygon or MultiPolygon (or a Feature of one) as a MultiPolygon, every ring
    closed, only x and y kept; None for a geometry of another kind; ValueError if damaged."""
    if isinstance(geometry, dict) and geometry.get("type") == "Feature":
        geometry = geometry.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") not in POLYGON_TYPES:
        return None
    try:
        coordinates = geometry["coordinates"]
        polygons = [coordinates] if geometry["type"] == "Polygon" else list(coordinates)
        cleaned = [[_ring(ring) for ring in polygon] for polygon in polygons]
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(str(exc)) from None
    if not cleaned or any(not polygon for polygon in cleaned):
        raise ValueError("no ring")
    return {"type": "MultiPolygon", "coordinates": cleaned}


def _ring(ring: Any) -> list[list[float]]:
    positions = [[float(p[0]), float(p[1])] for p in ring]
    if not all(math.isfinite(n) for position in positions for n in position):
        raise ValueError("not a number")
    if positions and positions[0] != positions[-1]:
        positions.append(positions[0])
    if len(positions) < 4:
        raise ValueError("too few positions")
    return positions


def stored_geometry(text: str | None) -> dict[str, Any] | None:
    """A neighbourhood's boundary as kept (boundary_geojson), or None if it has none that
    can place points (another kind of shape, or damaged)."""
    try:
        return clean_geometry(json.loads(text)) if text else None
    except ValueError:
        return None


class BoundaryMap:
    """The neighbourhoods' boundaries, ready to place points."""

    def __init__(self, boundaries: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """boundaries: (neighbourhood id, MultiPolygon as clean_geometry makes it), in the
        order that breaks ties."""
        polygons = [(hood, polygon) for hood, geometry in boundaries
                    for polygon in geometry["coordinates"]]
        shapes = [(hood, part, hole, ring) for part, (hood, polygon) in enumerate(polygons)
                  for hole, ring in enumerate(polygon)]
        xs = [position[0] for *_rest, ring in shapes for position in ring]
        ys = [position[1] for *_rest, ring in shapes for position in ring]
        self.extent = Extent(min(xs), min(ys), max(xs), max(ys)) if xs else None
        self.origin = (self.extent.min_x, self.extent.min_y) if self.extent else (0.0, 0.0)
        self.found: dict[tuple[float, float], str | None] = {}
        self.db = apsw.Connection(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE box USING rtree(id, min_x, max_x, min_y, max_y);"
            "CREATE TABLE shape (id INTEGER PRIMARY KEY, hood TEXT NOT NULL, "
            "part INTEGER NOT NULL, hole INTEGER NOT NULL, ring BLOB NOT NULL);")
        ox, oy = self.origin
        with self.db:
            for number, (hood, part, hole, ring) in enumerate(shapes, 1):
                moved = json.dumps([[p[0] - ox, p[1] - oy] for p in ring])
                self.db.execute("INSERT INTO shape VALUES (?, ?, ?, ?, geopoly_ccw(?))",
                                (number, hood, part, int(hole > 0), moved))
                self.db.execute(
                    "INSERT INTO box VALUES (?, ?, ?, ?, ?)",
                    (number, min(p[0] for p in ring) - ox, max(p[0] for p in ring) - ox,
                     min(p[1] for p in ring) - oy, max(p[1] for p in ring) - oy))
        self._query = (
            "SELECT shape.hood, shape.part, shape.hole, "
            "geopoly_contains_point(shape.ring, ?1, ?2) FROM box JOIN shape USING (id) "
            "WHERE box.min_x <= ?1 AND box.max_x >= ?1 AND box.min_y <= ?2 AND box.max_y >= ?2 "
            "ORDER BY shape.id")

    @classmethod
    def load(cls, db: Database) -> BoundaryMap:
        """The boundaries of the division's neighbourhoods (not deleted), first by name."""
        rows = db.execute(
            "SELECT id, boundary_geojson FROM neighbourhood WHERE deleted_at IS NULL AND "
            "boundary_geojson != '' ORDER BY name COLLATE numbers, id").fetchall()
        shapes = ((hood, stored_geometry(text)) for hood, text in rows)
        return cls((hood, geometry) for hood, geometry in shapes if geometry is not None)

    def __bool__(self) -> bool:
        return self.extent is not None

    def neighbourhood_at(self, x: float, y: float) -> str | None:
        """The neighbourhood whose boundary holds the point, or None."""
        key = (x, y)
        if key in self.found:
            return self.found[key]
        inside: list[tuple[str, int]] = []
        holed: set[tuple[str, int]] = set()
        for hood, part, hole, where in self.db.execute(
                self._query, (x - self.origin[0], y - self.origin[1])):
            if hole and where == 2:  # strictly inside a hole: not in that polygon
                holed.add((hood, part))
            elif not hole and where:
                inside.append((hood, part))
        hood = next((h for h, part in inside if (h, part) not in holed), None)
        if len(self.found) >= FOUND_KEPT:
            self.found.clear()
        self.found[key] = hood
        return hood

    def close(self) -> None:
        self.db.close()
