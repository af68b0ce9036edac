"""One writer: a second holder is told who has the file; a dead holder's lock is taken over."""

import getpass
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from filelock import FileLock

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.writer_lock import DatabaseInUseError, WriterLock
from ompm_desktop.transfer.backup import back_up


def test_a_second_writer_is_told_who_holds_the_file(tmp_path):
    database = tmp_path / "division.db"
    with WriterLock(database):
        with pytest.raises(DatabaseInUseError) as caught:
            WriterLock(database).acquire()
    assert "already open in" in str(caught.value)
    assert caught.value.holder is not None and caught.value.holder.pid > 0


def test_the_lock_is_free_again_after_release(tmp_path):
    database = tmp_path / "division.db"
    WriterLock(database).acquire().release()
    with WriterLock(database) as lock:
        assert lock.held


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    database = tmp_path / "division.db"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from ompm_desktop.store.writer_lock import WriterLock
        WriterLock(Path({str(database)!r})).acquire()
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert result.returncode == -9
    lock = WriterLock(database).acquire()
    assert lock.took_over_from is not None  # the dead process's note was found
    lock.release()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
@pytest.mark.parametrize("second_name", ["symbolic link", "through ..", "hard link"])
def test_the_lock_is_the_real_files_whatever_path_names_it(tmp_path, second_name):
    database = tmp_path / "division.db"
    database.write_bytes(b"")
    (tmp_path / "elsewhere").mkdir()
    if second_name == "symbolic link":
        other = tmp_path / "elsewhere" / "link.db"
        other.symlink_to(database)
    elif second_name == "hard link":
        other = tmp_path / "elsewhere" / "same.db"
        os.link(database, other)
    else:
        other = tmp_path / "elsewhere" / ".." / "division.db"
    with WriterLock(database):
        with pytest.raises(DatabaseInUseError) as caught:
            WriterLock(other).acquire()
        assert caught.value.holder is not None and caught.value.holder.pid == os.getpid()
    with WriterLock(other):  # and the other way round
        with pytest.raises(DatabaseInUseError):
            WriterLock(database).acquire()
    with WriterLock(other) as lock:  # free again once released
        assert lock.held


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_restore_through_a_symbolic_link_is_refused_while_the_window_has_the_file(
        tmp_path, capsys):
    database = tmp_path / "division.db"
    window = Desk.open(database, create=True, writer=True)  # as the window holds it
    try:
        window.beats.create({"name": "Beat 1 - Vanier"})
        backup = back_up(window, tmp_path / "saved.db")
        window.beats.create({"name": "Beat 2 - Overbrook"})
        link = tmp_path / "shortcut.db"
        link.symlink_to(database)
        capsys.readouterr()
        assert main(["restore", "--db", str(link), "--from", str(backup)]) == 1
        assert "already open" in capsys.readouterr().err
        assert [b["name"] for b in window.beats.list()] == ["Beat 1 - Vanier",
                                                              "Beat 2 - Overbrook"]
        assert not list(tmp_path.glob("*before-restore*"))
    finally:
        window.close()


def test_with_on_a_lock_already_taken_releases_it_on_the_way_out(tmp_path):
    database = tmp_path / "division.db"
    database.write_bytes(b"")
    with WriterLock(database).acquire():  # as hub.create_hub takes its source's
        pass
    with WriterLock(database) as lock:
        assert lock.held


def test_a_lock_left_for_a_removed_file_whose_inode_came_back_is_no_conflict(tmp_path):
    """A lock keyed on device and inode, held for a file removed since: the inode now names
    another file, which is not in use."""
    database = tmp_path / "division.db"
    database.write_bytes(b"")
    found = database.stat()
    key = Path(tempfile.gettempdir()) / f"ompm-locks-{getpass.getuser()}" / (
        f"{found.st_dev}-{found.st_ino}")
    key.parent.mkdir(mode=0o700, exist_ok=True)
    stale = FileLock(key.with_suffix(".lock"), timeout=0)
    stale.acquire()
    try:
        key.with_suffix(".json").write_text(json.dumps({
            "user": "someone", "host": "elsewhere", "pid": 1, "since": "2026-11-24 18:00",
            "path": str(tmp_path / "removed.db")}), encoding="utf-8")
        with WriterLock(database) as lock:
            assert lock.held
    finally:
        stale.release()


def same_file_key(database: Path) -> Path:
    found = database.stat()
    return Path(tempfile.gettempdir()) / f"ompm-locks-{getpass.getuser()}" / (
        f"{found.st_dev}-{found.st_ino}")


def test_the_lock_kept_in_the_temporary_folder_is_removed_on_release(tmp_path):
    database = tmp_path / "division.db"
    database.write_bytes(b"")
    key = same_file_key(database)
    with WriterLock(database):
        assert key.with_suffix(".lock").exists() and key.with_suffix(".json").exists()
    assert not key.with_suffix(".lock").exists()
    assert not key.with_suffix(".json").exists()
    with WriterLock(database) as lock:  # and the file can be locked again
        assert lock.held


def test_locks_left_by_killed_processes_are_swept_but_a_held_one_is_kept(tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr("ompm_desktop.store.writer_lock._swept", set())
    first, second, third = (tmp_path / f"{n}.db" for n in ("first", "second", "third"))
    for database in (first, second, third):
        database.write_bytes(b"")
    left, held = same_file_key(first), same_file_key(second)
    left.parent.mkdir(mode=0o700, exist_ok=True)
    left.with_suffix(".lock").write_bytes(b"")  # what a killed process leaves
    left.with_suffix(".json").write_text("{}", encoding="utf-8")
    orphan = left.with_name("1-2.json")  # a note whose lock is gone
    orphan.write_text("{}", encoding="utf-8")
    holding = FileLock(held.with_suffix(".lock"), timeout=0)
    holding.acquire()
    try:
        with WriterLock(third):
            assert not left.with_suffix(".lock").exists()
            assert not left.with_suffix(".json").exists()
            assert not orphan.exists()
            assert held.with_suffix(".lock").exists()
    finally:
        holding.release()



def test_a_start_sweeps_a_few_dozen_stale_locks_and_leaves_the_rest_to_the_next(tmp_path,
                                                                               monkeypatch):
    from ompm_desktop.store import writer_lock

    monkeypatch.setattr("ompm_desktop.store.writer_lock._swept", set())
    folder = tmp_path / "locks"  # this test's own, whatever other runs left in the real one
    monkeypatch.setattr(writer_lock, "same_file_locks_folder", lambda: folder)
    database = tmp_path / "division.db"
    database.write_bytes(b"")
    folder.mkdir(mode=0o700)
    for number in range(writer_lock.SWEPT_PER_RUN * 2 + 10):  # what killed processes leave
        (folder / f"999999-{number}.lock").write_bytes(b"")
        (folder / f"999999-{number}.json").write_text("{}", encoding="utf-8")

    def stale() -> int:
        return sum(1 for path in folder.glob("999999-*.lock"))

    with WriterLock(database):
        assert stale() == writer_lock.SWEPT_PER_RUN + 10
    with WriterLock(database):  # the same run: swept once only
        assert stale() == writer_lock.SWEPT_PER_RUN + 10
    monkeypatch.setattr("ompm_desktop.store.writer_lock._swept", set())  # the next start
    with WriterLock(database):
        assert stale() == 10
    monkeypatch.setattr("ompm_desktop.store.writer_lock._swept", set())
    with WriterLock(database):
        assert stale() == 0
        assert not any(folder.glob("999999-*.json"))  # their notes went with them
