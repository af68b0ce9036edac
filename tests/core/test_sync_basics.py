"""Sharing a division through a station hub: a new laptop's first sync copies the hub, edits
and deletes go both ways, a concurrent edit keeps the latest and logs the other, a hub at
another schema version is refused, and the command line does the same."""

from __future__ import annotations

import json
import sqlite3

import pytest
from records_division import small_division
from sync_helpers import (
    PASSPHRASE,
    Laptop,
    conflicts,
    copy_files,
    integrity,
    made_station,
    shared_rows,
)

from ompm_desktop.cli import main as cli_main
from ompm_desktop.errors import StoreError, ValidationError
from ompm_desktop.queries import PARTNERS, ListRequest
from ompm_desktop.services.desk import Desk
from ompm_desktop.store import encryption
from ompm_desktop.store.encryption import WrongPassphraseError
from ompm_desktop.store.schema import SCHEMA_VERSION
from ompm_desktop.sync.conflict_log import ConflictLog
from ompm_desktop.sync.engine import SchemaMismatchError, SyncCancelled
from ompm_desktop.sync.hub import create_hub, laptops_at_hub


@pytest.fixture(scope="module")
def station_made_once(tmp_path_factory):
    def named(desk):
        desk.settings.set("division_name", "East Division")
        desk.settings.set("current_user", "Sgt. Ahmed")
    return made_station(tmp_path_factory.mktemp("station"), named)


@pytest.fixture
def station(tmp_path, station_made_once):
    """Sergeant Ahmed's laptop with a small division, a hub made from it, and a second
    laptop (Bouchard's, its clock a minute ahead) that has never synced."""
    made, division = station_made_once
    copy_files(made, tmp_path)
    ahmed = Laptop(tmp_path, "Ahmed", first_tick=100)  # after the division was made
    bouchard = Laptop(tmp_path, "Bouchard", skew_seconds=60, first_tick=100)
    return ahmed, bouchard, tmp_path / "station-hub.db", division


def test_a_new_laptops_first_sync_copies_the_hub_and_its_search_works(station):
    ahmed, bouchard, hub, division = station
    assert encryption.looks_encrypted(hub)
    first = ahmed.sync(hub)
    assert (first.sent, first.received, first.conflicts) == (0, 0, 0)  # the hub is its copy

    summary = bouchard.sync(hub)

    assert summary.first_sync and summary.received > 20 and summary.conflicts == 0
    assert shared_rows(bouchard.path) == shared_rows(hub) == shared_rows(ahmed.path)
    with bouchard.desk() as desk:
        assert desk.settings.get("division_name") == "East Division"  # the division's
        assert desk.settings.get("current_user") == ""  # not Ahmed's name
        found = PARTNERS.page(desk.context, ListRequest(search="tenants"))
        assert [row["name"] for row in found] == [division.tenants["name"]]
    assert integrity(bouchard.path) == "ok"


def test_edits_deletes_and_links_go_both_ways_and_the_hub_notes_each_laptop(
        station, monkeypatch, capsys):
    ahmed, bouchard, hub, division = station
    first = bouchard.sync(hub)
    with ahmed.desk() as desk:
        desk.neighbourhoods.update(division.vanier["id"], {"population": 16500})
        desk.partners.delete(division.leader["id"])
        desk.initiatives.update(division.bikes["id"], {"partner_ids": []})
    with bouchard.desk() as desk:
        made = desk.beats.create({"name": "Beat 7 - Overbrook", "code": "B7"})

    assert ahmed.sync(hub).sent == 4  # the neighbourhood, partner and initiative, a link
    received = bouchard.sync(hub)
    assert received.sent == 1 and received.received >= 3
    ahmed_last = ahmed.sync(hub)
    assert ahmed_last.received == 1 and ahmed_last.sent == 0

    assert shared_rows(ahmed.path) == shared_rows(bouchard.path) == shared_rows(hub)
    with bouchard.desk() as desk:
        assert desk.neighbourhoods.get(division.vanier["id"])["population"] == 16500
        assert division.leader["id"] in [row["id"] for row in desk.partners.deleted()]
        assert desk.initiatives.get(division.bikes["id"])["partner_ids"] == []
    with ahmed.desk() as desk:
        assert desk.beats.get(made["id"])["name"] == "Beat 7 - Overbrook"
    assert conflicts(hub) == []
    laptops = {laptop.machine_name: laptop for laptop in laptops_at_hub(hub, PASSPHRASE)}
    assert (laptops["Ahmed"].sent, laptops["Ahmed"].received) == (4, 1)
    assert (laptops["Bouchard"].sent, laptops["Bouchard"].received) == (
        1, first.received + received.received)
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    assert cli_main(["hub", "--db", str(hub), "--status"]) == 0
    out = capsys.readouterr().out
    assert "2 laptop(s) sync with station-hub.db" in out
    assert "  Ahmed: last sent 2026-11-24 18:0" in out and "(4 sent, 1 received" in out


def test_a_concurrent_edit_keeps_the_latest_and_logs_the_other_with_both_times(station):
    ahmed, bouchard, hub, division = station
    bouchard.sync(hub)
    rideau = division.rideau["id"]
    with ahmed.desk() as desk:
        desk.neighbourhoods.update(rideau, {"description": "Ahmed's notes"})
    with bouchard.desk() as desk:  # Bouchard's clock runs a minute ahead: the later edit
        later = desk.neighbourhoods.update(rideau, {"description": "Bouchard's notes"})

    bouchard.sync(hub)
    summary = ahmed.sync(hub)

    assert summary.conflicts == 1 and "File > Review sync conflicts" in summary.describe()
    bouchard.sync(hub)
    assert shared_rows(ahmed.path) == shared_rows(bouchard.path) == shared_rows(hub)
    with ahmed.desk() as desk:
        assert desk.neighbourhoods.get(rideau)["description"] == "Bouchard's notes"
    [logged] = conflicts(ahmed.path)
    loser = json.loads(logged["loser"])
    assert (logged["table_name"], logged["row_id"]) == ("neighbourhood", rideau)
    assert loser["description"] == "Ahmed's notes"
    assert (logged["loser_machine"], logged["winner_machine"]) == ("Ahmed", "Bouchard")
    assert logged["loser_updated_at"] == loser["updated_at"] < logged["winner_updated_at"]
    assert logged["winner_updated_at"] == later["updated_at"]


@pytest.mark.parametrize(("hub_version", "says"), [
    (SCHEMA_VERSION - 1, "Update the hub first"),
    (SCHEMA_VERSION + 1, "Install the newer version of the app on this laptop"),
])
def test_a_hub_at_another_schema_version_is_refused_saying_which_side_to_update(
        station, hub_version, says):
    ahmed, bouchard, hub, _division = station
    connection = encryption.connect(hub, PASSPHRASE)
    connection.execute(f"PRAGMA user_version = {hub_version}")
    connection.close()
    before = shared_rows(hub)
    with ahmed.desk() as desk:
        desk.beats.create({"name": "Beat 9"})
    laptop = shared_rows(ahmed.path)
    snapshots = sorted(ahmed.path.parent.glob("*.snapshot"))

    with pytest.raises(SchemaMismatchError, match=says):
        ahmed.sync(hub)
    assert shared_rows(hub) == before
    assert shared_rows(ahmed.path) == laptop
    assert sorted(ahmed.path.parent.glob("*.snapshot")) == snapshots


def test_the_app_holding_the_laptop_blocks_a_sync_from_the_command_line(station):
    ahmed, _bouchard, hub, _division = station
    desk = Desk.open(ahmed.path, passphrase=PASSPHRASE, writer=True)
    try:
        with pytest.raises(StoreError, match="Close the app on this laptop"):
            ahmed.sync(hub)
    finally:
        desk.close()


def test_a_sync_cancelled_after_sending_is_finished_by_the_next(station):
    ahmed, bouchard, hub, _division = station
    bouchard.sync(hub)
    with bouchard.desk() as desk:
        desk.beats.create({"name": "Beat 8 - Manor Park"})
    steps: list[int] = []

    def progress(done: int, _total: int, _text: str) -> None:
        steps.append(done)

    with pytest.raises(SyncCancelled, match="sync again"):
        bouchard.sync(hub, progress=progress, cancelled=lambda: 3 in steps)
    assert "Beat 8 - Manor Park" in [row[4] for row in shared_rows(hub)["beat"]]  # sent
    again = bouchard.sync(hub)
    assert again.sent == 0  # the hub had it already
    ahmed.sync(hub)
    assert shared_rows(ahmed.path) == shared_rows(bouchard.path) == shared_rows(hub)


def test_the_command_line_makes_a_hub_and_syncs(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    ahmed = Laptop(tmp_path, "Ahmed")
    with ahmed.desk() as desk:
        small_division(desk)
    hub = tmp_path / "hub.db"
    assert cli_main(["hub", "--db", str(hub), "--init-from", str(ahmed.path)]) == 0
    assert cli_main(["hub", "--db", str(hub), "--init-from", str(ahmed.path)]) == 1
    new = tmp_path / "new-laptop.db"
    assert cli_main(["sync", "--db", str(new), "--hub", str(hub)]) == 0
    out, err = capsys.readouterr()
    assert "Made the station hub" in out and "First sync of new-laptop.db" in out
    assert "already exists" in err
    assert "Sent 0 changes, received" in out
    assert shared_rows(new) == shared_rows(hub)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(new).execute("SELECT * FROM partner").fetchall()  # encrypted


def test_a_hub_with_a_passphrase_of_its_own(tmp_path):
    ahmed, bouchard = Laptop(tmp_path, "Ahmed"), Laptop(tmp_path, "Bouchard")
    with ahmed.desk() as desk:
        small_division(desk)
    hub = create_hub(tmp_path / "hub.db", ahmed.path, PASSPHRASE,
                     hub_passphrase="the station's own phrase")
    with pytest.raises(WrongPassphraseError):
        ahmed.sync(hub)  # the laptop's passphrase does not open it

    ahmed.sync(hub, hub_passphrase="the station's own phrase")
    summary = bouchard.sync(hub, hub_passphrase="the station's own phrase")

    assert summary.first_sync and summary.received > 20
    assert shared_rows(bouchard.path) == shared_rows(ahmed.path)
    assert integrity(bouchard.path) == "ok"  # made with the laptop's passphrase


def test_a_lost_deletion_is_restored_through_the_service(station):
    ahmed, bouchard, hub, division = station
    bouchard.sync(hub)
    school = division.school["id"]
    with ahmed.desk() as desk:
        desk.partners.delete(school)
    with bouchard.desk() as desk:  # a minute later by Bouchard's clock: the edit wins
        desk.partners.update(school, {"notes": "Principal changed"})
    ahmed.sync(hub)
    bouchard.sync(hub)
    ahmed.sync(hub)

    with ahmed.desk() as desk:
        assert desk.partners.get(school)["notes"] == "Principal changed"  # not deleted
        log = ConflictLog(desk)
        [entry] = log.entries()
        assert entry.noun == "partner" and entry.label == division.school["name"]
        assert ("deleted", "Deleted", "yes", "no") in log.differences(entry)
        log.restore(entry.id)
        assert school in [row["id"] for row in desk.partners.deleted()]
        assert log.count_unrestored() == 0
    ahmed.sync(hub)  # the restored version and the entry reach the other laptop
    bouchard.sync(hub)
    with bouchard.desk() as desk:
        assert school in [row["id"] for row in desk.partners.deleted()]
        assert ConflictLog(desk).entries()[0].restored_at


def test_a_laptops_own_file_chosen_as_the_hub_is_refused(station):
    ahmed, bouchard, _hub, _division = station
    bouchard.sync(_hub)
    before = shared_rows(bouchard.path)
    with pytest.raises(StoreError, match="bouchard.db is a database of the app, but not a "
                                         "station hub"):
        ahmed.sync(bouchard.path)
    assert shared_rows(bouchard.path) == before


def test_a_damaged_snapshot_is_done_without(station):
    ahmed, bouchard, hub, division = station
    [made] = ahmed.path.parent.glob("ahmed.db.sync-*.snapshot")
    made.write_bytes(b"\x00" * 4096)  # a bad sector, a half-copied folder...
    with ahmed.desk() as desk:
        desk.beats.update(division.beat["id"], {"description": "Eastview and the market"})

    summary = ahmed.sync(hub)

    assert summary.sent == 1
    bouchard.sync(hub)
    assert shared_rows(bouchard.path) == shared_rows(hub) == shared_rows(ahmed.path)
    assert not made.exists()  # replaced by a sound one


def test_one_badge_given_on_two_laptops_keeps_both_officers_one_set_aside(station):
    ahmed, bouchard, hub, _division = station
    bouchard.sync(hub)
    with ahmed.desk() as desk:
        ahmed_officer = desk.officers.create({"badge": "5150", "last_name": "Roy"})
    with bouchard.desk() as desk:
        bouchard_officer = desk.officers.create({"badge": "5150", "last_name": "Leblanc"})
        desk.shifts.create({"starts_at": "2026-11-26 07:00", "ends_at": "2026-11-26 19:00",
                            "supervisor_id": bouchard_officer["id"]})

    ahmed.sync(hub)
    summary = bouchard.sync(hub)
    ahmed.sync(hub)

    assert summary.conflicts == 1
    assert shared_rows(ahmed.path) == shared_rows(bouchard.path) == shared_rows(hub)
    with bouchard.desk() as desk:
        assert desk.officers.get(ahmed_officer["id"])["last_name"] == "Roy"
        set_aside = desk.officers.get(bouchard_officer["id"], include_deleted=True)
        assert set_aside["deleted_at"]  # kept, so the shift's supervisor still exists
        assert desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
        log = ConflictLog(desk)
        [entry] = log.entries()
        assert entry.loser_machine == "Bouchard" and "same badge" in entry.winner_machine
        with pytest.raises(ValidationError, match="5150"):
            log.restore(entry.id)  # the officers' service says why
