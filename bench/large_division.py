"""The large demo division (200,000 contacts), built once and kept in bench/cache/.

    .venv/bin/python bench/large_division.py   # builds it if missing, prints its path

Built by ompm_desktop.demo.build_demo(size="large", seed=1) when that exists; otherwise by a
stand-in below with the same shape (so the benches can run before the demo builder lands).
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS, PARTNER_KINDS
from ompm_desktop.services.desk import Desk

CACHE = Path(__file__).resolve().parent / "cache"
CONTACTS = 200_000

WORDS = ("graffiti", "parking lot", "lighting", "speeding", "noise", "bike theft", "loitering",
         "break-ins", "drug dealing", "youth program", "tenant meeting", "school safety",
         "mental health", "seniors fraud", "park watch", "snow clearing", "shoplifting")


def large_division_path() -> Path:
    """The cached large division, built first if it is not there yet."""
    try:
        from ompm_desktop.demo import build_demo  # type: ignore[attr-defined]
    except ImportError:
        build_demo = None
    name = "large-demo.db" if build_demo else "large-standin.db"
    path = CACHE / name
    if path.exists():
        _bring_up_to_date(path)
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    desk = Desk.open(partial, create=True)
    desk.actor = "Bench"
    if build_demo:
        build_demo(desk, size="large", seed=1)
    else:
        _stand_in(desk)
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    shutil.move(partial, path)
    print(f"built {path.name} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return path


def _bring_up_to_date(path: Path) -> None:
    """Give a cache built before the newest migration that migration, in place and with no
    copy first (the app copies a file before migrating it: 230 MB here, in every timed run
    of the start-up; the cache can always be built again)."""
    from sqlite_utils import Database

    from ompm_desktop.store.schema import SCHEMA_VERSION, migrations

    db = Database(path)
    try:
        if migrations.pending(db):
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def _stand_in(desk: Desk) -> None:
    chance = random.Random(1)
    beats = [desk.beats.create({"name": f"Beat {n}"})["id"] for n in range(1, 9)]
    hoods = desk.neighbourhoods.create_many(
        {"name": f"Neighbourhood {n}", "beat_id": beats[n % 8], "population": 1000 + 97 * n}
        for n in range(60))
    officers = desk.officers.create_many(
        {"badge": str(4000 + n), "first_name": f"First{n}", "last_name": f"Officer{n}",
         "platoon": "ABCD"[n % 4]} for n in range(120))
    partners = desk.partners.create_many(
        {"name": f"Partner {n}", "kind": chance.choice(PARTNER_KINDS),
         "neighbourhood_ids": chance.sample(hoods, 2), "notes": chance.choice(WORDS)}
        for n in range(400))
    kinds = [k for k in CONTACT_KINDS if k != "Referral to a Situation Table"]

    def contact(n: int) -> dict:
        day = f"20{22 + n * 5 // CONTACTS}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        follow = n % 9 == 0
        return {
            "occurred_at": f"{day} {8 + n % 12:02d}:{n % 60:02d}",
            "officer_id": chance.choice(officers), "neighbourhood_id": chance.choice(hoods),
            "kind": chance.choice(kinds), "activity": chance.choice(CONTACT_ACTIVITIES),
            "partner_ids": chance.sample(partners, chance.randint(0, 2)),
            "summary": f"Spoke about {chance.choice(WORDS)} and {chance.choice(WORDS)} "
                       f"near {chance.choice(('the plaza', 'Elm St.', 'the school'))} ({n}).",
            "follow_up": "Call back about it" if follow else "",
            "follow_up_due": day if follow else None,
        }

    for start in range(0, CONTACTS, 20_000):
        desk.contacts.create_many(contact(n) for n in range(start, start + 20_000))


if __name__ == "__main__":
    print(large_division_path())
