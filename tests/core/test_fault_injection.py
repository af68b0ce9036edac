"""Power cut mid-save: a writing process is killed at random moments; afterwards the file is
sound, every change it reported as committed is there, and nothing is half-written."""

import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ompm_desktop.services.desk import Desk

WRITER = textwrap.dedent(
    """
    import sys
    from ompm_desktop.services.desk import Desk

    desk = Desk.open(sys.argv[1], create=True)
    beat = desk.beats.create({"name": "Beat " + sys.argv[2]})
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        partner = desk.partners.create({
            "name": f"Partner run {sys.argv[2]} no {n}", "kind": "Agency",
            "notes": "x" * 2000,
        })
        contact = desk.contacts.create({
            "occurred_at": "2026-11-24 19:00", "kind": "Meeting",
            "partner_ids": [partner["id"]], "summary": f"Meeting {n}",
        })
        print(partner["id"], contact["id"], flush=True)
    """
)


@pytest.mark.parametrize("run", range(20))
def test_killed_writer_leaves_a_sound_file_with_every_committed_change(tmp_path, run):
    path = tmp_path / "division.db"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(run)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(random.Random(run).uniform(0.02, 0.4))
    child.send_signal(signal.SIGKILL)
    # A line cut short by the kill (no newline yet) was never reported as committed.
    printed = child.stdout.read()
    complete = printed if printed.endswith("\n") else printed.rpartition("\n")[0]
    reported = [line.split() for line in complete.splitlines() if line.strip()]
    child.wait(timeout=30)

    desk = Desk.open(path)
    try:
        assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
        for partner_id, contact_id in reported:
            assert desk.partners.get(partner_id)
            assert desk.contacts.get(contact_id)["partner_ids"] == [partner_id]
        # Nothing half-written: every contact has its partner link and its audit entry.
        assert desk.db.execute(
            "SELECT count(*) FROM contact WHERE id NOT IN (SELECT contact_id FROM contact_partner)"
        ).fetchone()[0] == 0
        audited = desk.db.execute(
            "SELECT count(DISTINCT row_id) FROM audit_log WHERE table_name = 'contact'"
        ).fetchone()[0]
        assert audited == desk.contacts.count()
        assert desk.db.execute(
            "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')"
        ) is not None
    finally:
        desk.close()
