"""The demo's neighbourhoods on a map, so that its calls show placement at work: each
neighbourhood a square of a grid over the city (longitude/latitude, about 1 km a side), with
a street of address points across each row of squares. A share of the calls is then placed as
a CAD export's would be, through the same placer as the import: one in five by an x/y in its
neighbourhood, one in five by an address written as dispatchers write them ("100 BANK
STREET", "Apt 4, 100 Bank St."). Every point lies inside its own square, so each call lands
where it was drawn and the demo's before/after readings are as they were.

Drawn with a random generator of its own, after the calls, so that nothing else changes."""

from __future__ import annotations

import json
import math
import random
from typing import TYPE_CHECKING

from ompm_desktop.cswb.addresses import street_key
from ompm_desktop.cswb.calls import Call
from ompm_desktop.cswb.placing import CallPlacer, PlacedBy
from ompm_desktop.demo import vocabulary as words

if TYPE_CHECKING:
    from ompm_desktop.demo.generator import _Builder

WEST, SOUTH = -75.75, 45.38
WIDTH, HEIGHT = 0.013, 0.009  # about 1 km each way at Ottawa's latitude
PER_SQUARE = 40  # address points along each square's stretch of its row's street
EVERY = 5  # of each five calls, one placed by x/y and one by address


class _Grid:
    def __init__(self, count: int) -> None:
        self.columns = max(1, math.ceil(math.sqrt(count)))

    def square(self, index: int) -> tuple[float, float, float, float]:
        row, column = divmod(index, self.columns)
        west, south = WEST + column * WIDTH, SOUTH + row * HEIGHT
        return west, south, west + WIDTH, south + HEIGHT

    def street(self, index: int) -> str:
        return words.STREETS[(index // self.columns) % len(words.STREETS)]

    def address(self, index: int, k: int) -> tuple[int, float, float]:
        """The k-th address point of a square: its civic number and x/y (on the street
        that runs along the middle of the square's row)."""
        west, south, _east, _north = self.square(index)
        column = index % self.columns
        number = 10 + 2 * (column * PER_SQUARE + k)
        return number, west + (k + 0.5) * WIDTH / PER_SQUARE, south + HEIGHT / 2


def add_places(builder: _Builder) -> _Grid:
    """Each neighbourhood's square as its boundary, and the address points."""
    grid = _Grid(len(builder.hoods))
    db = builder.desk.db
    points = []
    for index, hood in enumerate(builder.hoods):
        west, south, east, north = grid.square(index)
        ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
        db.execute("UPDATE neighbourhood SET boundary_geojson = ? WHERE id = ?",
                   [json.dumps({"type": "Polygon", "coordinates": [ring]}), hood["id"]])
        key = street_key(grid.street(index))
        points += [(key, number, "", x, y, builder.stamp)
                   for number, x, y in (grid.address(index, k) for k in range(PER_SQUARE))]
    db.conn.executemany("INSERT OR REPLACE INTO address_point (street, number, suffix, x, y, "
                        "imported_at) VALUES (?, ?, ?, ?, ?, ?)", points)
    return grid


def place_share(builder: _Builder, seed: int, calls: list[Call]) -> list[Call]:
    """The calls, a share of them placed by x/y and by address; the others as drawn."""
    grid = add_places(builder)
    rng = random.Random(f"call places {seed}")
    square_of = {hood["id"]: index for index, hood in enumerate(builder.hoods)}
    placer = CallPlacer(builder.desk.db)
    placed = []
    try:
        for number, call in enumerate(calls):
            index = square_of.get(call.neighbourhood_id or "")
            if index is None or number % EVERY not in (1, 2):
                placed.append(call)
                continue
            if number % EVERY == 1:
                west, south, east, north = grid.square(index)
                hood = placer.at_point(rng.uniform(west + 1e-4, east - 1e-4),
                                       rng.uniform(south + 1e-4, north - 1e-4))
                placer.count(PlacedBy.POINT if hood else PlacedBy.NONE)
            else:
                hood = placer.at_address(_written(rng, grid, index))
                placer.count(PlacedBy.ADDRESS if hood else PlacedBy.NONE)
            placed.append(call._replace(neighbourhood_id=hood))
    finally:
        placer.close()
    return placed


def _written(rng: random.Random, grid: _Grid, index: int) -> str:
    """An address of the square, as a dispatcher might type it."""
    number, _x, _y = grid.address(index, rng.randrange(PER_SQUARE))
    street = grid.street(index)
    style = rng.randrange(4)
    if style == 1:
        long = street.upper().replace("ST.", "STREET").replace("AVE.", "AVENUE")
        return f"{number} {long.replace('RD.', 'ROAD').replace('BLVD.', 'BOULEVARD')}"
    if style == 2:
        return f"Apt {rng.randrange(1, 30)}, {number} {street}"
    if style == 3:
        return f"{rng.randrange(1, 30)}-{number} {street.replace('.', '')}, Ottawa, ON"
    return f"{number} {street}"
