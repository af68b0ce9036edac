"""Temporary copies of a division (a backup being written, a backup checked before a restore)
are private from their first byte, lie beside their target, and what a killed process left
is removed at the next start, while a copy another process is still writing is kept."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.partial_files import partial_file, remove_left_over
from ompm_desktop.transfer import backup as backup_module
from ompm_desktop.transfer.backup import back_up, backups_folder, restore_backup
from ompm_desktop.transfer.exporter import export_csv

ROOT = Path(__file__).resolve().parents[2]

# A backup killed once the copy is written, before it is checked and renamed (the moment
# that leaves the most behind), under the usual umask that lets others read new files.
BACK_UP_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from ompm_desktop.services.desk import Desk
    from ompm_desktop.transfer import backup

    os.umask(0o022)
    desk = Desk.open(Path(sys.argv[1]), passphrase=sys.argv[2] or None)

    def check_and_die(path, passphrase, label=None):
        os.kill(os.getpid(), signal.SIGKILL)

    backup._check = check_and_die
    backup.back_up(desk)
""")


def killed_backup(path: Path, passphrase: str) -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", BACK_UP_AND_DIE, str(path), passphrase],
                            env=environment, capture_output=True, text=True, timeout=120,
                            check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes and SIGKILL are POSIX")
@pytest.mark.parametrize("passphrase", ["", "correct horse battery"])
def test_a_killed_backup_leaves_only_a_private_copy_and_the_next_start_removes_it(
        tmp_path, passphrase):
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True, passphrase=passphrase or None)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    desk.close()
    backups_folder(path).mkdir()

    killed_backup(path, passphrase)

    left = list(backups_folder(path).iterdir())
    assert left and all(p.name.endswith(".part") for p in left), left
    assert all(mode(p) == 0o600 for p in left), {p.name: oct(mode(p)) for p in left}
    assert max(p.stat().st_size for p in left) > 4096  # the whole division
    Desk.open(path, passphrase=passphrase or None).close()  # the next start
    assert list(backups_folder(path).iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_backup_is_private_while_sqlite_writes_it(tmp_path, monkeypatch):
    """Not only once it is finished: the file SQLite copies into is 0600 when it opens it."""
    desk = Desk.open(tmp_path / "division.db", create=True)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    opened_at = []
    connect = sqlite3.connect

    def watching(target, *args, **kwargs):
        connection = connect(target, *args, **kwargs)
        if str(target).endswith(".part"):
            opened_at.append(mode(Path(target)))
        return connection

    monkeypatch.setattr(sqlite3, "connect", watching)
    before = os.umask(0o022)
    try:
        made = back_up(desk, tmp_path / "saved.db")
    finally:
        os.umask(before)
        desk.close()
    assert opened_at and set(opened_at) == {0o600}
    assert mode(made) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes and locks are POSIX")
def test_a_copy_still_being_written_is_kept(tmp_path):
    target = tmp_path / "division.db"
    with partial_file(target) as part:
        part.write_bytes(b"half a copy")
        assert remove_left_over(tmp_path) == []
        assert part.exists() and mode(part) == 0o600
    assert list(tmp_path.iterdir()) == []


def test_only_the_apps_own_left_overs_are_removed(tmp_path):
    """The app's temporary files (a division's copy, an export, a print, a calendar) that no
    process holds are removed; any other file is not the app's to remove."""
    mine = [tmp_path / ".division.db.abcd_123.part",
            tmp_path / ".division.db.abcd_123.part-journal",
            tmp_path / ".contacts.csv.abcd_123.part", tmp_path / ".briefing.pdf.abcd_123.part",
            tmp_path / ".shift.ics.abcd_123.part"]
    others = [tmp_path / "notes.part", tmp_path / "division.db", tmp_path / ".x.txt.abcd_123.part"]
    for path in (*mine, *others):
        path.write_bytes(b"x")
    assert sorted(remove_left_over(tmp_path)) == sorted(mine)
    assert all(path.exists() for path in others)


@pytest.mark.skipif(os.name != "posix", reason="locks are POSIX")
def test_an_export_killed_midway_leaves_its_part_for_the_next_export_to_remove(tmp_path):
    """A contacts export killed while it writes leaves a hidden part holding the contacts;
    the next export into that folder removes it, and one being written is kept."""
    desk = Desk.open(tmp_path / "division.db", create=True)
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    out = tmp_path / "out"
    out.mkdir()
    script = textwrap.dedent("""
        import os, signal, sys
        from pathlib import Path
        from ompm_desktop.services.desk import Desk
        from ompm_desktop.transfer import exporter

        desk = Desk.open(Path(sys.argv[1]), read_only=True)

        def die(*args):
            os.kill(os.getpid(), signal.SIGKILL)

        exporter.os.replace = die
        exporter.export_csv(desk, "partners", Path(sys.argv[2]))
    """)
    child = subprocess.run([sys.executable, "-c", script, str(desk.path),
                            str(out / "partners.csv")], cwd=ROOT, capture_output=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    left = [path.name for path in out.iterdir()]
    assert len(left) == 1 and left[0].startswith(".partners.csv.") and left[0].endswith(".part")
    with partial_file(out / "other.csv") as being_written:
        export_csv(desk, "partners", out / "partners.csv")
        assert sorted(path.name for path in out.iterdir()) == [being_written.name,
                                                               "partners.csv"]
    desk.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_a_restore_checks_its_private_copy_beside_the_division(tmp_path, monkeypatch,
                                                                passphrase):
    """Not in the system's temporary folder (a killed restore left full copies there)."""
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True, passphrase=passphrase)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    saved = back_up(desk, tmp_path / "saved.db")
    desk.close()
    checked = []
    real_check = backup_module._check

    def check(copy, given, label=None):
        checked.append((copy.parent, mode(copy)))
        return real_check(copy, given, label=label)

    monkeypatch.setattr(backup_module, "_check", check)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "not-here"))
    restore_backup(path, saved, passphrase=passphrase)
    assert checked == [(tmp_path, 0o600)]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
