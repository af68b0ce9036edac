"""Importing partners from a large CSV file through the command line: how long 200,000 rows
take, and the peak memory of the import of a file of about 200 MB (1.5 million rows), which
must stay bounded whatever the file's size. Prints the figures; asserts nothing.

    .venv/bin/python bench/import_partners.py [ROWS] [--megabytes MB]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from processes import PYTHON, run_measured  # noqa: E402

from ompm_desktop.model.vocabulary import PARTNER_KINDS  # noqa: E402
from ompm_desktop.services.desk import Desk  # noqa: E402

HEADER = ["Name", "Kind", "Contact name", "Role", "Phone", "Email", "Address",
          "Neighbourhoods", "Notes"]
NEIGHBOURHOODS = [f"Neighbourhood {n}" for n in range(60)]


def make_division(path: Path) -> None:
    desk = Desk.open(path, create=True)
    for name in NEIGHBOURHOODS:
        desk.neighbourhoods.create({"name": name})
    desk.close()


def write_file(path: Path, rows: int | None = None, megabytes: float | None = None) -> int:
    """A partners file of `rows` rows, or of about `megabytes` MB; returns the rows."""
    chance = random.Random(2026)
    limit = int(megabytes * 1e6) if megabytes else None
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        while (rows is None or written < rows) and (limit is None or handle.tell() < limit):
            n = written
            writer.writerow([
                f"Partner {n:07d}", chance.choice(PARTNER_KINDS), f"Contact {n % 997}",
                "Coordinator", f"613-555-{n % 10_000:04d}", f"partner{n}@example.org",
                f"{n % 900 + 1} Main Street", chance.choice(NEIGHBOURHOODS),
                "Met at the community fair; prefers email",
            ])
            written += 1
    return written


def import_partners(rows: int | None = None, megabytes: float | None = None
                    ) -> dict[str, float]:
    """The CLI importing a partners file into a fresh division: seconds, peak MB, rows, MB."""
    with tempfile.TemporaryDirectory() as folder:
        db, source = Path(folder) / "division.db", Path(folder) / "partners.csv"
        make_division(db)
        count = write_file(source, rows, megabytes)
        seconds, peak_mb = run_measured([PYTHON, "-m", "ompm_desktop", "import", "partners",
                                         str(source), "--db", str(db)])
        return {"seconds": seconds, "peak_mb": peak_mb, "rows": count,
                "file_mb": source.stat().st_size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=200_000)
    parser.add_argument("--megabytes", type=float, help="a file of this size instead")
    args = parser.parse_args()
    found = (import_partners(megabytes=args.megabytes) if args.megabytes
             else import_partners(args.rows))
    print(f"partners import, {found['rows']:,} rows ({found['file_mb']:.0f} MB): "
          f"{found['seconds']:.1f} s, peak memory {found['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
