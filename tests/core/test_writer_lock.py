"""One writer: a second holder is told who has the file; a dead holder's lock is taken over."""

import subprocess
import sys
import textwrap

import pytest

from ompm_desktop.store.writer_lock import DatabaseInUseError, WriterLock


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
