"""A full disk, a read-only file or an I/O error while saving: a StoreError the user can read,
and nothing half-written."""

import sqlite3

import pytest

from ompm_desktop.errors import StoreError
from ompm_desktop.store.database import write_failure


def fill_the_disk(desk) -> None:
    """The database may not grow by a single page: as a full disk would refuse it."""
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = desk.db.execute("PRAGMA page_count").fetchone()[0]
    desk.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_while_saving_is_a_clear_store_error_and_nothing_is_written(desk):
    desk.beats.create({"name": "Beat 1 - Vanier"})
    fill_the_disk(desk)
    before = desk.partners.count()
    with pytest.raises(StoreError, match="The disk is full") as raised:
        for number in range(200):  # until the pages the file has are used up
            desk.partners.create({"name": f"Partner {number} " + "x" * 150,
                                  "kind": "Community group", "notes": "y" * 2000})
    assert "still in the form" in raised.value.message
    made = desk.partners.count() - before
    assert made < 200
    names = [p["name"] for p in desk.partners.list()]
    assert names == [f"Partner {n} " + "x" * 150 for n in range(made)]  # whole records only
    assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("raised", "says"), [
    (sqlite3.OperationalError("database or disk is full"), "The disk is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
    (sqlite3.OperationalError("disk I/O error"), "disk I/O error"),
])
def test_each_write_failure_is_named(desk, monkeypatch, raised, says):
    from sqlite_utils.db import Table

    def refuse(*args, **kwargs):
        raise raised
    monkeypatch.setattr(Table, "insert", refuse)
    with pytest.raises(StoreError, match=says):
        desk.beats.create({"name": "Beat 1 - Vanier"})
    monkeypatch.undo()
    assert desk.beats.count() == 0
    desk.beats.create({"name": "Beat 1 - Vanier"})  # the connection is still usable


def test_a_mistake_in_the_app_is_not_dressed_up_as_a_disk_problem():
    assert write_failure(sqlite3.OperationalError("no such column: nmae"), False) is None
