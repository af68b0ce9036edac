"""No sqlite-utils plugin runs on the records: whatever else is installed on the machine is
never handed a connection to them, encrypted or not, in the app or on the command line."""

import pytest
import sqlite_utils.db

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.backup import back_up


def test_no_database_the_desk_opens_looks_for_plugins(tmp_path, monkeypatch):
    def looked(*args, **kwargs):
        raise AssertionError("sqlite-utils plugins were looked for")

    monkeypatch.setattr(sqlite_utils.db, "ensure_plugins_loaded", looked)
    with pytest.raises(AssertionError, match="plugins were looked for"):
        sqlite_utils.db.Database(memory=True)  # the check can fail
    for desk in (Desk.open(tmp_path / "plain.db", create=True),
                 Desk.open(tmp_path / "secret.db", create=True, passphrase="correct horse"),
                 Desk.in_memory()):
        desk.beats.create({"name": "Beat 1"})
        if desk.path is not None:
            back_up(desk, tmp_path / f"copy-{desk.path.name}")
        desk.close()
