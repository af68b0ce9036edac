"""Migrations from a database made by every earlier schema version (tests/fixtures/
schema-vN.db, made by make_schema_fixtures.py): brought up to date, a copy kept first, and
every record still there."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ompm_desktop.queries import PARTNERS, ListRequest
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import SCHEMA_VERSION, migrations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EARLIER = list(range(1, SCHEMA_VERSION))


TABLES = ("beat", "neighbourhood", "partner", "contact", "initiative")


def columns_of(connection) -> dict[str, list[str]]:
    """The columns each table has in this file."""
    return {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in TABLES}


def records(connection, columns: dict[str, list[str]]) -> dict[str, list]:
    """Every row of each table, the given columns only (names of this file's own tables): a
    later migration may add columns, whose values are its own to choose, but never changes
    what was there."""
    return {table: connection.execute(
        f"SELECT {', '.join(columns[table])} FROM {table} ORDER BY id").fetchall()
        for table in TABLES}


def test_there_is_a_fixture_for_every_earlier_version():
    assert EARLIER, "only one schema version so far"
    for version in EARLIER:
        assert (FIXTURES / f"schema-v{version}.db").is_file(), (
            f"run tests/fixtures/make_schema_fixtures.py to make schema-v{version}.db")


@pytest.mark.parametrize("version", EARLIER)
def test_an_earlier_database_is_migrated_with_a_copy_first_and_keeps_its_data(
        tmp_path, version):
    path = tmp_path / "division.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.db", path)  # the fixture stays as it is
    with sqlite3.connect(path) as before:
        assert before.execute("PRAGMA user_version").fetchone()[0] == version
        had = columns_of(before)
        kept = records(before, had)
    before.close()
    assert kept["partner"] and kept["contact"]

    desk = Desk.open(path)
    try:
        assert desk.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not migrations.pending(desk.db)
        assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert records(desk.db.conn, had) == kept
        found = PARTNERS.page(desk.context, ListRequest(search="tenants"))
        assert [row["name"] for row in found] == ["Rideau Heights Tenants' Association"]
        desk.beats.create({"name": "Beat 9 - after the migration"})
    finally:
        desk.close()

    [copy] = tmp_path.glob(f"division.db.before-v{SCHEMA_VERSION}-*.bak")
    with sqlite3.connect(copy) as older:
        assert older.execute("PRAGMA user_version").fetchone()[0] == version
        assert records(older, had) == kept
    older.close()
