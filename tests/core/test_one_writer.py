"""One writer per file: the app's desk holds the writer lock; a second one opens read-only,
where every write is refused with a message that says why."""

import pytest
from sqlite_utils import Database

from ompm_desktop.errors import StoreError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.database import ReadOnlyDatabaseError
from ompm_desktop.store.schema import migrations
from ompm_desktop.store.writer_lock import DatabaseInUseError, WriterLock


@pytest.fixture
def division(tmp_path):
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    desk.close()
    return path


def test_a_writer_desk_holds_the_lock_until_closed(division):
    first = Desk.open(division, writer=True)
    with pytest.raises(DatabaseInUseError, match="already open in") as raised:
        Desk.open(division, writer=True)
    assert raised.value.holder is not None and raised.value.holder.pid > 0
    first.close()
    Desk.open(division, writer=True).close()


def test_read_only_reads_and_refuses_every_write(division):
    with WriterLock(division):
        desk = Desk.open(division, read_only=True)
        assert desk.read_only and desk.writer_lock is None
        assert [b["name"] for b in desk.beats.list()] == ["Beat 1 - Vanier"]
        with pytest.raises(ReadOnlyDatabaseError, match="open read-only"):
            desk.beats.create({"name": "Beat 2 - Overbrook"})
        with pytest.raises(StoreError, match="nothing was saved"):
            desk.neighbourhoods.create({"name": "Overbrook"})
        desk.close()
    writer = Desk.open(division, writer=True)
    assert writer.beats.count() == 1 and not writer.read_only
    writer.close()


def test_a_file_that_needs_migrating_cannot_be_opened_read_only(tmp_path):
    older = tmp_path / "older.db"
    db = Database(older)
    migrations.apply(db, stop_before=migrations._migrations[-1].name)
    db.close()
    with pytest.raises(StoreError, match="cannot be done read-only"):
        Desk.open(older, read_only=True)
    assert migrations.pending(Database(older))  # nothing was written
