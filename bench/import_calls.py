"""Importing a year of calls for service from a CAD export through the command line: how long
100,000 rows take (reading, checking every row, writing in one transaction). Prints the
figure; asserts nothing.

    .venv/bin/python bench/import_calls.py [ROWS] [--by-xy]

--by-xy: the calls have no neighbourhood name but an X/Y in MTM metres, each placed in the
neighbourhood whose boundary holds it (60 boundaries of 400 vertices each, imported first;
every call at its own point, so none is found in the placer's cache).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from processes import PYTHON, run_measured  # noqa: E402

from ompm_desktop.services.desk import Desk  # noqa: E402

# As a CAD exports them: the caller's name is there and is not read; the address is read
# only for a call without a neighbourhood or an x/y.
HEADER = ["Event Number", "Date/Time", "Nature", "Neighbourhood", "Caller Name", "Address"]
XY_HEADER = ["Event Number", "Date/Time", "Nature", "Caller Name", "X", "Y"]
# MTM zone 9 metres: a grid of 10 x 6 neighbourhoods of 1 km, with wavy edges.
WEST, SOUTH, SIDE, VERTICES = 365_000.0, 5_025_000.0, 1_000.0, 400
NEIGHBOURHOODS = [f"Neighbourhood {n}" for n in range(60)]
TYPES = ["Disturbance", "Suspicious person", "Traffic complaint", "Theft", "Break and enter",
         "Mental health", "Drugs", "Domestic", "Assault", "Noise complaint", "Alarm"]


def make_division(path: Path, boundaries: Path | None = None) -> None:
    desk = Desk.open(path, create=True)
    beat = desk.beats.create({"name": "Beat 1"})
    for name in NEIGHBOURHOODS:
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    if boundaries is not None:
        from ompm_desktop.cswb.boundaries import import_boundaries

        boundaries.write_text(json.dumps(boundary_file()), encoding="utf-8")
        import_boundaries(desk, boundaries)
    desk.close()


def boundary_file() -> dict[str, object]:
    """60 square-ish neighbourhoods whose edges wave (each of 400 vertices), as a
    municipality's file has them; neighbours share their edges exactly."""
    def edge(x0: float, y0: float, x1: float, y1: float) -> list[list[float]]:
        # The wave depends on where a vertex is, not on which way the edge runs, so the
        # two neighbours of an edge draw it the same.
        steps = VERTICES // 4
        points = [(x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps)
                  for k in range(steps)]
        if y0 == y1:
            return [[px, py + 20 * math.sin(6 * math.pi * (px - WEST) / SIDE)]
                    for px, py in points]
        return [[px + 20 * math.sin(6 * math.pi * (py - SOUTH) / SIDE), py]
                for px, py in points]

    features = []
    for n, name in enumerate(NEIGHBOURHOODS):
        x, y = WEST + (n % 10) * SIDE, SOUTH + (n // 10) * SIDE
        ring = (edge(x, y, x + SIDE, y) + edge(x + SIDE, y, x + SIDE, y + SIDE)
                + edge(x + SIDE, y + SIDE, x, y + SIDE) + edge(x, y + SIDE, x, y))
        features.append({"type": "Feature", "properties": {"NAME": name.upper()},
                         "geometry": {"type": "Polygon", "coordinates": [ring + ring[:1]]}})
    return {"type": "FeatureCollection", "features": features}


def write_file(path: Path, rows: int, *, by_xy: bool = False) -> None:
    """A CAD export of `rows` calls: each placed by its neighbourhood's name and an address,
    or (by_xy) by an x/y in the boundaries' metres."""
    chance = random.Random(2026)
    start = datetime(2025, 12, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(XY_HEADER if by_xy else HEADER)
        for n in range(rows):
            when = start + timedelta(minutes=chance.randrange(365 * 24 * 60))
            first = [f"KRP-25-{n:07d}", when.strftime("%Y-%m-%d %H:%M"), chance.choice(TYPES)]
            if by_xy:
                writer.writerow([*first, "Jane Roe",
                                 f"{WEST + chance.uniform(0, 10 * SIDE):.1f}",
                                 f"{SOUTH + chance.uniform(0, 6 * SIDE):.1f}"])
            else:
                writer.writerow([*first, chance.choice(NEIGHBOURHOODS), "Jane Roe",
                                 f"{chance.randrange(1, 400)} Main St."])


def import_calls(rows: int = 100_000, *, by_xy: bool = False) -> dict[str, float]:
    """The CLI importing a CAD export into a fresh division: seconds, peak MB, rows, MB."""
    with tempfile.TemporaryDirectory() as folder:
        db, source = Path(folder) / "division.db", Path(folder) / "calls.csv"
        make_division(db, Path(folder) / "boundaries.geojson" if by_xy else None)
        write_file(source, rows, by_xy=by_xy)
        seconds, peak_mb = run_measured([PYTHON, "-m", "ompm_desktop", "import", "calls",
                                         str(source), "--db", str(db)])
        return {"seconds": seconds, "peak_mb": peak_mb, "rows": rows,
                "file_mb": source.stat().st_size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=100_000)
    parser.add_argument("--by-xy", action="store_true",
                        help="calls placed by their X/Y in the neighbourhoods' boundaries")
    args = parser.parse_args()
    found = import_calls(args.rows, by_xy=args.by_xy)
    how = " placed by x/y" if args.by_xy else ""
    print(f"calls for service import{how}, {found['rows']:,} rows ({found['file_mb']:.0f} MB): "
          f"{found['seconds']:.1f} s, peak memory {found['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
