"""How long importing 50,000 community contacts from a CSV file takes (the whole import:
reading, checking every row, writing in one transaction). Prints the figures.

    .venv/bin/python bench/import_contacts.py [ROWS]
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from pathlib import Path

from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import default_mapping, plan_import, run_import
from ompm_desktop.transfer.source import read_table


def make_division(desk: Desk) -> tuple[list[str], list[str], list[str]]:
    beat = desk.beats.create({"name": "Beat 1"})
    badges = [str(4000 + n) for n in range(40)]
    for badge in badges:
        desk.officers.create({"badge": badge, "last_name": f"Officer {badge}"})
    neighbourhoods = [f"Neighbourhood {n}" for n in range(60)]
    for name in neighbourhoods:
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    partners = [f"Partner {n}" for n in range(200)]
    for name in partners:
        desk.partners.create({"name": name, "kind": "Agency"})
    return badges, neighbourhoods, partners


def write_file(path: Path, rows: int, badges, neighbourhoods, partners) -> None:
    chance = random.Random(2026)
    kinds = [k for k in CONTACT_KINDS if k != "Referral to a Situation Table"]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["When", "Officer's badge", "Neighbourhood", "Kind of contact",
                         "Quadrant activity", "Partners", "Summary", "Follow-up",
                         "Follow-up due"])
        for n in range(rows):
            day = 1 + n % 28
            follow = n % 7 == 0
            writer.writerow([
                f"2026-{1 + n % 12:02d}-{day:02d} {8 + n % 12}:{n % 60:02d}",
                chance.choice(badges), chance.choice(neighbourhoods), chance.choice(kinds),
                chance.choice(CONTACT_ACTIVITIES),
                "; ".join(chance.sample(partners, chance.randint(0, 2))),
                f"Contact number {n}, about the lane behind the plaza; \"follow the lights\"",
                "Call back" if follow else "", f"2026-12-{day:02d}" if follow else "",
            ])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.open(Path(folder) / "division.db", create=True)
        division = make_division(desk)
        source = Path(folder) / "contacts.csv"
        write_file(source, rows, *division)
        size = source.stat().st_size
        start = time.perf_counter()
        table = read_table(source)
        read = time.perf_counter() - start
        mapping = default_mapping("contacts", table)
        start = time.perf_counter()
        plan = plan_import(desk, table, mapping)
        checked = time.perf_counter() - start
        start = time.perf_counter()
        result = run_import(desk, table, mapping)
        imported = time.perf_counter() - start
        assert plan.ok and result.created == rows == desk.contacts.count()
        desk.close()
    print(f"contacts import, {rows:,} rows ({size / 1e6:.1f} MB)")
    print(f"  read and detect:        {read:6.2f} s")
    print(f"  preview (check only):   {checked:6.2f} s")
    print(f"  import (check + write): {imported:6.2f} s")
    total = read + imported
    print(f"  file to database:       {total:6.2f} s  ({rows / total:,.0f} rows/s)")


if __name__ == "__main__":
    main()
