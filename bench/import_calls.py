"""Importing a year of calls for service from a CAD export through the command line: how long
100,000 rows take (reading, checking every row, writing in one transaction). Prints the
figure; asserts nothing.

    .venv/bin/python bench/import_calls.py [ROWS]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from processes import PYTHON, run_measured  # noqa: E402

from ompm_desktop.services.desk import Desk  # noqa: E402

# As a CAD exports them: the caller's name and the address are there, and are not read.
HEADER = ["Event Number", "Date/Time", "Nature", "Neighbourhood", "Caller Name", "Address"]
NEIGHBOURHOODS = [f"Neighbourhood {n}" for n in range(60)]
TYPES = ["Disturbance", "Suspicious person", "Traffic complaint", "Theft", "Break and enter",
         "Mental health", "Drugs", "Domestic", "Assault", "Noise complaint", "Alarm"]


def make_division(path: Path) -> None:
    desk = Desk.open(path, create=True)
    beat = desk.beats.create({"name": "Beat 1"})
    for name in NEIGHBOURHOODS:
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    desk.close()


def write_file(path: Path, rows: int) -> None:
    chance = random.Random(2026)
    start = datetime(2025, 12, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            when = start + timedelta(minutes=chance.randrange(365 * 24 * 60))
            writer.writerow([f"KRP-25-{n:07d}", when.strftime("%Y-%m-%d %H:%M"),
                             chance.choice(TYPES), chance.choice(NEIGHBOURHOODS),
                             "Jane Roe", f"{chance.randrange(1, 400)} Main St."])


def import_calls(rows: int = 100_000) -> dict[str, float]:
    """The CLI importing a CAD export into a fresh division: seconds, peak MB, rows, MB."""
    with tempfile.TemporaryDirectory() as folder:
        db, source = Path(folder) / "division.db", Path(folder) / "calls.csv"
        make_division(db)
        write_file(source, rows)
        seconds, peak_mb = run_measured([PYTHON, "-m", "ompm_desktop", "import", "calls",
                                         str(source), "--db", str(db)])
        return {"seconds": seconds, "peak_mb": peak_mb, "rows": rows,
                "file_mb": source.stat().st_size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=100_000)
    found = import_calls(parser.parse_args().rows)
    print(f"calls for service import, {found['rows']:,} rows ({found['file_mb']:.0f} MB): "
          f"{found['seconds']:.1f} s, peak memory {found['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
