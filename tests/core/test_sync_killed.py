"""A sync killed (SIGKILL) half way, inside the hub's transaction, between the two sides, or
inside the laptop's transaction, leaves both files sound, and the next sync completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from records_division import small_division
from sync_helpers import PASSPHRASE, Laptop, integrity, shared_rows

from ompm_desktop.sync.hub import create_hub

ROOT = Path(__file__).resolve().parents[2]

# Runs one sync in its own process and kills that process at progress step `kill_at`:
# 2 inside the hub's transaction, 3 after the hub's commit, 4 inside the laptop's.
SYNC_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ompm_desktop.sync.engine import sync_with_hub

    database, hub, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])

    def progress(done, total, text):
        if done == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    sync_with_hub(database, hub, os.environ["OMPM_PASSPHRASE"], machine_name="Bouchard",
                  progress=progress)
    print("the sync finished: it should have been killed")
""")


def sync_and_die(laptop: Laptop, hub: Path, kill_at: int) -> None:
    environment = {**os.environ, "OMPM_PASSPHRASE": PASSPHRASE,
                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    killed = subprocess.run(
        [sys.executable, "-c", SYNC_AND_DIE, str(laptop.path), str(hub), str(kill_at)],
        env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_sync_killed_half_way_leaves_both_sides_sound_and_the_next_completes(tmp_path):
    ahmed, bouchard = Laptop(tmp_path, "Ahmed"), Laptop(tmp_path, "Bouchard")
    with ahmed.desk() as desk:
        division = small_division(desk)
    hub = create_hub(tmp_path / "hub.db", ahmed.path, PASSPHRASE)
    bouchard.sync(hub)

    for kill_at in (2, 3, 4):
        with ahmed.desk() as desk:  # the hub has news for Bouchard
            desk.partners.update(division.tenants["id"], {"notes": f"Chair changed {kill_at}"})
        ahmed.sync(hub)
        with bouchard.desk() as desk:  # and Bouchard has news for the hub
            desk.neighbourhoods.update(division.vanier["id"], {"population": 17000 + kill_at})
            beat = desk.beats.create({"name": f"Beat {kill_at}0"})

        sync_and_die(bouchard, hub, kill_at)

        assert integrity(hub) == "ok", kill_at
        assert integrity(bouchard.path) == "ok", kill_at
        at_hub = beat["id"] in [row[0] for row in shared_rows(hub)["beat"]]
        assert at_hub == (kill_at > 2)  # killed inside the hub's transaction: rolled back
        summary = bouchard.sync(hub)
        assert summary.conflicts == 0, kill_at  # sent twice is not a conflict
        ahmed.sync(hub)
        assert shared_rows(bouchard.path) == shared_rows(hub) == shared_rows(ahmed.path)
        with ahmed.desk() as desk:
            assert desk.neighbourhoods.get(division.vanier["id"])["population"] == 17000 + kill_at
            assert desk.beats.get(beat["id"])["name"] == f"Beat {kill_at}0"
        with bouchard.desk() as desk:
            assert desk.partners.get(division.tenants["id"])["notes"] == f"Chair changed {kill_at}"
        assert len(list(tmp_path.glob("bouchard.db.sync-*.snapshot"))) == 1  # left-overs gone
