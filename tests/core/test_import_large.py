"""A 50,000-row file: it goes in whole, or (one bad row near the end) not at all; and a process
killed in the middle of writing it leaves the database sound and unchanged."""

import csv
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from kill_point import run_until_stopped, spread, start, statements

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import import_file
from ompm_desktop.transfer.problems import ImportRefusedError

ROWS = 50_000


def make_division(desk: Desk) -> None:
    beat = desk.beats.create({"name": "Beat 1"})
    for n in range(20):
        desk.officers.create({"badge": str(4000 + n), "last_name": f"Officer {n}"})
        desk.neighbourhoods.create({"name": f"Neighbourhood {n}", "beat_id": beat["id"]})
        desk.partners.create({"name": f"Partner {n}", "kind": "Agency"})


def write_contacts(path: Path, rows: int = ROWS, bad_row: int | None = None) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["When", "Officer", "Neighbourhood", "Kind", "Partners", "Summary"])
        for n in range(rows):
            kind = "Coffee" if n + 2 == bad_row else "Meeting"
            writer.writerow([
                f"2026-{1 + n % 12:02d}-{1 + n % 28:02d} {8 + n % 12}:{n % 60:02d}",
                str(4000 + n % 20), f"Neighbourhood {n % 20}", kind,
                f"Partner {n % 20}; Partner {(n + 1) % 20}", f"Contact {n}, about the lane",
            ])


def dump(desk: Desk) -> str:
    return "\n".join(desk.db.conn.iterdump())


@pytest.fixture
def big_file(desk, tmp_path) -> Path:
    make_division(desk)
    path = tmp_path / "contacts.csv"
    write_contacts(path)
    return path


def test_a_50000_row_file_goes_in_whole(desk, big_file):
    result = import_file(desk, "contacts", big_file)
    assert result.created == ROWS == desk.contacts.count()
    assert desk.db.execute("SELECT count(*) FROM contact_partner").fetchone()[0] == 2 * ROWS
    created = desk.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'contact' AND action = 'create'"
    ).fetchone()[0]
    assert created == ROWS
    last = desk.contacts.list("summary = ?", [f"Contact {ROWS - 1}, about the lane"])[0]
    assert desk.contacts.get(last["id"])["partner_ids"]


def test_one_bad_row_near_the_end_keeps_out_all_50000(desk, tmp_path):
    make_division(desk)
    path = tmp_path / "contacts.csv"
    write_contacts(path, bad_row=ROWS)  # the second-last data row
    before = dump(desk)
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "contacts", path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(ROWS, "Kind")]
    assert dump(desk) == before


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from ompm_desktop.services.desk import Desk
    from ompm_desktop.transfer.importer import import_file

    pause_at = int(sys.argv[3])

    def progress(done, total, phase):
        if phase == "Writing" and done:
            print("writing", done, flush=True)
            if done == pause_at:
                time.sleep(60)  # hold the transaction open: killed here

    desk = Desk.open(sys.argv[1])
    import_file(desk, "contacts", sys.argv[2], progress=progress)
    print("committed", flush=True)
    """
)


@pytest.mark.parametrize("pause_at", [25_000, 0], ids=["held-open", "while-writing"])
def test_killing_the_import_midway_leaves_the_database_sound_and_unchanged(
    desk, big_file, pause_at
):
    before = dump(desk)
    desk.close()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(desk.path), str(big_file), str(pause_at)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    wanted = pause_at or 10_000  # without a pause: kill as soon as 10,000 rows are written
    for line in child.stdout:
        assert line.startswith("writing"), line
        if int(line.split()[1]) >= wanted:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert "committed" not in child.stdout.read()

    reopened = Desk.open(desk.path)
    try:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert reopened.contacts.count() == 0
        assert dump(reopened) == before
    finally:
        reopened.close()


KILL_ROWS = 2_000
KILL_RUNS = 12
IMPORT_AT_ONCE = """
import sys
import kill_point
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import import_file

desk = Desk.open(sys.argv[1])
kill_point.stop_at(int(sys.argv[-1]), in_transaction=True, conn=desk.db.conn)
import_file(desk, "contacts", sys.argv[2])
print("committed", flush=True)
"""


@pytest.fixture(scope="module")
def import_statements(tmp_path_factory) -> int:
    """How many statements importing the file runs inside transactions, not stopped."""
    folder = tmp_path_factory.mktemp("count")
    counting = Desk.open(folder / "division.db", create=True)
    make_division(counting)
    counting.close()
    write_contacts(folder / "contacts.csv", rows=KILL_ROWS)
    listed = statements(IMPORT_AT_ONCE, [str(folder / "division.db"),
                                         str(folder / "contacts.csv")])
    assert len(listed) > KILL_ROWS  # a statement or more a row: kill points all through it
    return len(listed)


@pytest.mark.parametrize("run", range(KILL_RUNS))
def test_an_import_killed_anywhere_inside_its_transaction_leaves_nothing(
        desk, tmp_path, run, import_statements):
    make_division(desk)
    path = tmp_path / "contacts.csv"
    write_contacts(path, rows=KILL_ROWS)
    before = dump(desk)
    desk.close()
    child = start(IMPORT_AT_ONCE, [str(desk.path), str(path)],
                  stop=spread(import_statements, KILL_RUNS, run))
    printed, stopped = run_until_stopped(child)
    assert "committed" not in printed

    reopened = Desk.open(desk.path)
    try:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", stopped
        assert reopened.contacts.count() == 0, stopped
        assert dump(reopened) == before, stopped
    finally:
        reopened.close()
