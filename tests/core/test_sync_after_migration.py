"""A laptop whose last sync was made before the app's latest migration (its snapshot lacks a
column the migration added, here the partners' languages spoken) syncs as before: only what
changed since is sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import PASSPHRASE, Laptop, copy_files, made_station, shared_rows

from ompm_desktop.store import encryption


@pytest.fixture(scope="module")
def station_made_once(tmp_path_factory):
    return made_station(tmp_path_factory.mktemp("station"))


def as_before_the_migration(snapshot: Path) -> None:
    connection = encryption.connect(snapshot, PASSPHRASE)
    try:
        connection.execute("ALTER TABLE partner DROP COLUMN languages_spoken")
        connection.execute("ALTER TABLE partner DROP COLUMN sector")  # m013, after it
    finally:
        connection.close()


def test_a_snapshot_from_before_a_new_column_sends_only_what_changed(tmp_path,
                                                                     station_made_once):
    made, division = station_made_once
    copy_files(made, tmp_path)
    ahmed = Laptop(tmp_path, "Ahmed", first_tick=100)
    [snapshot] = tmp_path.glob("ahmed.db.sync-*.snapshot")
    as_before_the_migration(snapshot)
    with ahmed.desk() as desk:
        desk.partners.update(division.tenants["id"], {"languages_spoken": "English, Somali"})

    summary = ahmed.sync(tmp_path / "station-hub.db")

    assert (summary.sent, summary.received, summary.conflicts) == (1, 0, 0)
    assert shared_rows(tmp_path / "station-hub.db") == shared_rows(ahmed.path)
