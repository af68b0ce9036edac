"""A sync killed (SIGKILL) half way, inside the hub's transaction, between the two sides, or
inside the laptop's transaction, leaves both files sound, and the next sync completes."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3
from records_division import small_division
from sync_helpers import PASSPHRASE, Laptop, integrity, shared_rows

from ompm_desktop.cli import main as cli_main
from ompm_desktop.store import encryption
from ompm_desktop.store.schema import SCHEMA_VERSION
from ompm_desktop.sync.hub import create_hub, update_hub

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

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


# Runs a sync that sends `count` new contacts and kills itself inside the hub's write
# transaction at the hub's `kill_at`-th progress tick (every 1,000 SQLite steps), saying first
# how far it got. The hub's page cache is kept small, so pages are written to the hub's file
# before the commit, as in a large sync: only its rollback journal can put them back.
SYNC_AND_DIE_AT_THE_HUB = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ompm_desktop.sync import engine

    database, hub, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    real = Path(os.path.realpath(hub))  # SQLite keeps the journal beside the real file
    journal = real.with_name(real.name + "-journal")
    opened = engine.open_file

    def open_file(path, passphrase, keys=None):
        connection = opened(path, passphrase, keys)
        if path == hub:
            connection.execute("PRAGMA cache_size = 20")
            ticks = [0]

            def tick():
                if connection.in_transaction:
                    ticks[0] += 1
                    if ticks[0] == kill_at:
                        size = journal.stat().st_size if journal.exists() else 0
                        print(f"inside the hub's transaction, journal {size}", flush=True)
                        os.kill(os.getpid(), signal.SIGKILL)
                return False

            connection.set_progress_handler(tick, 1000)
        return connection

    engine.open_file = open_file
    engine.sync_with_hub(database, hub, os.environ["OMPM_PASSPHRASE"], machine_name="Bouchard")
    print("the sync finished: it should have been killed")
""")


def killed_inside_the_hub(laptop: Laptop, hub: Path, kill_at: int) -> int:
    """The size of the journal the killed sync left beside the hub."""
    environment = {**os.environ, "OMPM_PASSPHRASE": PASSPHRASE,
                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    killed = subprocess.run(
        [sys.executable, "-c", SYNC_AND_DIE_AT_THE_HUB, str(laptop.path), str(hub),
         str(kill_at)], env=environment, capture_output=True, text=True, timeout=120,
        check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    said = killed.stdout.strip()
    assert said.startswith("inside the hub's transaction, journal "), said
    return int(said.rsplit(" ", 1)[1])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_hub_killed_while_written_is_sound_however_it_is_opened_next(
        tmp_path, monkeypatch, capsys):
    ahmed, bouchard = Laptop(tmp_path, "Ahmed"), Laptop(tmp_path, "Bouchard")
    with ahmed.desk() as desk:
        division = small_division(desk)
    hub = create_hub(tmp_path / "hub.db", ahmed.path, PASSPHRASE)
    bouchard.sync(hub)
    with bouchard.desk() as desk, desk.db.atomic():
        for number in range(1000):
            desk.contacts.create({
                "occurred_at": "2026-11-20 14:00", "officer_id": division.morin["id"],
                "neighbourhood_id": division.rideau["id"], "kind": "Meeting",
                "summary": f"Resident {number} about the Compton St. lot. " + "Lights. " * 25})
    before = shared_rows(hub)
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    hot = []
    # Each opening of the hub after the kill is one the README points to; the app's own
    # connection must never be the one to read the hot journal.
    for kill_at, command in ((1, ["check"]), (60, ["stats"]),
                             (130, ["backup", "--out", str(tmp_path / "hub-copy.db")]),
                             (200, ["hub", "--update"])):
        journal = killed_inside_the_hub(bouchard, hub, kill_at)
        hot.append(journal > 0)
        if journal:  # where the hub cannot be written, it is not read half written
            with monkeypatch.context() as read_only:
                for module in ("ompm_desktop.cli.common", "ompm_desktop.store.database"):
                    read_only.setattr(f"{module}.writable", lambda path: False)
                capsys.readouterr()
                assert cli_main(["stats", "--db", str(hub)]) == 1
                [said] = capsys.readouterr().err.strip().splitlines()
                assert said.startswith("error: hub.db holds a change that was cut short"), said
        assert cli_main([*command, "--db", str(hub)]) == 0, (kill_at, capsys.readouterr())
        assert integrity(hub) == "ok", kill_at
        assert shared_rows(hub) == before, kill_at  # the cut-short sync left nothing
    assert any(hot)  # the kills were made with a hot journal beside the hub
    assert bouchard.sync(hub).sent == 1000
    assert integrity(hub) == "ok"
    assert shared_rows(hub) == shared_rows(bouchard.path)
    ahmed.sync(hub)
    assert shared_rows(ahmed.path) == shared_rows(hub)


def older_encrypted_hub(folder: Path) -> tuple[Path, int]:
    """A hub made by an earlier version: the newest schema fixture, copied and encrypted."""
    version = max(number for number in range(1, SCHEMA_VERSION)
                  if (FIXTURES / f"schema-v{number}.db").is_file())
    plain = folder / "plain.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.db", plain)  # the fixture stays as it is
    hub = folder / "hub.db"
    connection = sqlcipher3.connect(str(plain))
    try:
        connection.execute(f"ATTACH DATABASE '{hub}' AS hub KEY '{PASSPHRASE}'")
        connection.execute("SELECT sqlcipher_export('hub')")
        connection.execute(f"PRAGMA hub.user_version = {version}")
        connection.execute("DETACH DATABASE hub")
    finally:
        connection.close()
    plain.unlink()
    return hub, version


# Updates the hub and kills itself inside the migration, the `kill_at`-th time SQLite stops
# to ask (every 100 steps).
UPDATE_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ompm_desktop.sync import hub as hubs

    path, kill_at = Path(sys.argv[1]), int(sys.argv[2])
    migrate = hubs.migrate

    def migrate_and_die(db, *args, **kwargs):
        ticks = [0]

        def tick():
            ticks[0] += 1
            if ticks[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return 0

        db.conn.set_progress_handler(tick, 100)
        return migrate(db, *args, **kwargs)

    hubs.migrate = migrate_and_die
    hubs.update_hub(path, os.environ["OMPM_PASSPHRASE"])
    print("the update finished: it should have been killed")
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_an_update_of_the_hub_killed_half_way_leaves_the_hub_as_it_was(tmp_path):
    hub, version = older_encrypted_hub(tmp_path)
    before = hub.read_bytes()
    environment = {**os.environ, "OMPM_PASSPHRASE": PASSPHRASE,
                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    for kill_at in (1, 20):
        killed = subprocess.run([sys.executable, "-c", UPDATE_AND_DIE, str(hub), str(kill_at)],
                                env=environment, capture_output=True, text=True, timeout=120,
                                check=False)
        assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
        assert hub.read_bytes() == before, kill_at  # never written in place
        assert not hub.with_name("hub.db-journal").exists(), kill_at

    copy = update_hub(hub, PASSPHRASE)
    assert copy is not None
    connection = encryption.connect(hub, PASSPHRASE)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["hub.db", "hub.db.lock", copy.name])  # no copy left half made
    assert update_hub(hub, PASSPHRASE) is None  # up to date
    assert copy.name.startswith(f"hub.db.before-v{SCHEMA_VERSION}-")
    assert version < SCHEMA_VERSION


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_hub_updated_through_a_symbolic_link_stays_where_it_is(tmp_path):
    (tmp_path / "share").mkdir()
    hub, _ = older_encrypted_hub(tmp_path / "share")
    link = tmp_path / "hub-link.db"
    link.symlink_to(hub)
    assert update_hub(link, PASSPHRASE) is not None
    assert link.is_symlink() and link.resolve() == hub
    connection = encryption.connect(hub, PASSPHRASE)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "symlink"),
                    reason="SIGKILL and symbolic links are POSIX")
def test_a_hub_reached_through_a_symbolic_link_is_rolled_back_as_well(
        tmp_path, monkeypatch, capsys):
    """SQLite keeps the journal beside the real file, not beside the link."""
    ahmed, bouchard = Laptop(tmp_path, "Ahmed"), Laptop(tmp_path, "Bouchard")
    with ahmed.desk() as desk:
        division = small_division(desk)
    (tmp_path / "share").mkdir()
    hub = create_hub(tmp_path / "share" / "hub.db", ahmed.path, PASSPHRASE)
    link = tmp_path / "hub-link.db"
    link.symlink_to(hub)
    bouchard.sync(link)
    with bouchard.desk() as desk, desk.db.atomic():
        for number in range(1000):
            desk.contacts.create({
                "occurred_at": "2026-11-20 14:00", "officer_id": division.morin["id"],
                "neighbourhood_id": division.rideau["id"], "kind": "Meeting",
                "summary": f"Resident {number} about the Compton St. lot. " + "Lights. " * 25})
    before = shared_rows(hub)
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    assert killed_inside_the_hub(bouchard, link, 130) > 0
    assert not link.with_name("hub-link.db-journal").exists()  # beside the hub, not the link
    assert cli_main(["stats", "--db", str(link)]) == 0, capsys.readouterr()
    assert integrity(hub) == "ok"
    assert shared_rows(hub) == before
    assert bouchard.sync(link).sent == 1000


# Makes a hub and kills itself once the copy is made, before it is renamed into place.
MAKE_HUB_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ompm_desktop.sync import hub as hubs

    def prepare_and_die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    hubs._prepare_hub = prepare_and_die
    hubs.create_hub(Path(sys.argv[1]), Path(sys.argv[2]), os.environ["OMPM_PASSPHRASE"])
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_hub_made_half_way_is_never_left_at_the_hubs_name(tmp_path):
    ahmed = Laptop(tmp_path, "Ahmed")
    with ahmed.desk() as desk:
        small_division(desk)
    (tmp_path / "share").mkdir()
    hub = tmp_path / "share" / "hub.db"
    environment = {**os.environ, "OMPM_PASSPHRASE": PASSPHRASE,
                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    killed = subprocess.run([sys.executable, "-c", MAKE_HUB_AND_DIE, str(hub), str(ahmed.path)],
                            env=environment, capture_output=True, text=True, timeout=120,
                            check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert not hub.exists()
    left = list(hub.parent.iterdir())
    assert left and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
    create_hub(hub, ahmed.path, PASSPHRASE)  # made again, and what was left is gone
    assert [p.name for p in hub.parent.iterdir()] == ["hub.db"]
    assert integrity(hub) == "ok"
