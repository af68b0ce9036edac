"""Power cut mid-save: a writing process is killed inside a write (at a chosen statement of
its transactions, spread over the whole run); afterwards the file is sound, every change it
reported as committed is there, and the write it was in the middle of left nothing at all."""

import pytest
from kill_point import run_until_stopped, spread, start, statements

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.integrity import check

WRITES = 4
RUNS = 20
WRITER = """
import sys
import kill_point
from ompm_desktop.services.desk import Desk

desk = Desk.open(sys.argv[1], create=True)
desk.beats.create({"name": "Beat"})
kill_point.stop_at(int(sys.argv[-1]), in_transaction=True, conn=desk.db.conn)
for n in range(1, int(sys.argv[2]) + 1):
    print("writing partner", n, flush=True)
    partner = desk.partners.create({
        "name": f"Partner no {n}", "kind": "Agency", "notes": "x" * 2000,
    })
    print("writing contact", n, flush=True)
    contact = desk.contacts.create({
        "occurred_at": "2026-11-24 19:00", "kind": "Meeting",
        "partner_ids": [partner["id"]], "summary": f"Meeting {n}",
    })
    print("committed", partner["id"], contact["id"], flush=True)
"""


@pytest.fixture(scope="module")
def statement_count(tmp_path_factory) -> int:
    """How many statements the writer runs inside its transactions, not stopped."""
    total = len(statements(WRITER, [str(tmp_path_factory.mktemp("count") / "division.db"),
                                    str(WRITES)]))
    assert total > 10 * WRITES  # each write is several statements: there is a middle to hit
    return total


def matching(desk: Desk, table: str, words: str) -> int:
    return desk.db.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?",
                           [f'"{words}"']).fetchone()[0]


@pytest.mark.parametrize("run", range(RUNS))
def test_killed_writer_leaves_a_sound_file_with_every_committed_change(
        tmp_path, run, statement_count):
    path = tmp_path / "division.db"
    child = start(WRITER, [str(path), str(WRITES)], stop=spread(statement_count, RUNS, run))
    printed, stopped = run_until_stopped(child)
    committed = [line.split()[1:] for line in printed if line.startswith("committed")]
    writing = next(line for line in reversed(printed) if line.startswith("writing"))
    _, kind, number = writing.split()

    desk = Desk.open(path)
    try:
        assert check(desk.db) == [], stopped  # sound: SQLite's checks, search indexes, rules
        for partner_id, contact_id in committed:
            assert desk.partners.get(partner_id)
            assert desk.contacts.get(contact_id)["partner_ids"] == [partner_id]
        # The write the kill landed in left nothing behind, not even its search entry.
        partners = desk.partners.list("name = ?", [f"Partner no {number}"])
        contacts = desk.contacts.list("summary = ?", [f"Meeting {number}"])
        assert (len(partners), len(contacts)) == ((0, 0) if kind == "partner" else (1, 0)), stopped
        assert matching(desk, "contact", f"Meeting {number}") == 0
        assert desk.partners.count() == len(committed) + (kind == "contact")
        assert desk.contacts.count() == len(committed)
        if committed:  # what was committed is found by search, as a user would look for it
            assert matching(desk, "contact", f"Meeting {len(committed)}") == 1
        audited = desk.db.execute(
            "SELECT count(DISTINCT row_id) FROM audit_log WHERE table_name = 'contact'"
        ).fetchone()[0]
        assert audited == desk.contacts.count()
    finally:
        desk.close()
