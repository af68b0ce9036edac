"""Backups while the database is in use, the daily automatic backup, and restoring one."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.errors import FileExistsRefusedError, NewerDatabaseError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import LINK_TABLES, RECORD_TABLES, SCHEMA_VERSION
from ompm_desktop.store.writer_lock import WriterLock
from ompm_desktop.transfer.backup import (
    BackupError,
    auto_backup,
    back_up,
    backups_folder,
    inspect_backup,
    list_backups,
    restore_backup,
)

TABLES = (*RECORD_TABLES, *LINK_TABLES, "setting")


def content(desk: Desk) -> dict:
    """Everything the database holds, but the audit log's newest entry."""
    tables = {t: sorted(map(tuple, desk.db.execute(f"SELECT * FROM {t}"))) for t in TABLES}
    tables["audit_log"] = [tuple(r) for r in desk.db.execute("SELECT * FROM audit_log")]
    return tables


def fill(desk: Desk) -> None:
    beat = desk.beats.create({"name": "Beat 1"})
    hood = desk.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    partner = desk.partners.create({"name": "Food Bank", "kind": "Agency",
                                    "neighbourhood_ids": [hood["id"]]})
    desk.contacts.create({"occurred_at": "2026-11-20 10:00", "kind": "Meeting",
                          "partner_ids": [partner["id"]], "summary": "Hampers"})
    desk.settings.set("division_name", "East Division")


def test_a_backup_is_a_checked_copy(desk, tmp_path):
    fill(desk)
    out = back_up(desk, tmp_path / "copy.db")
    assert inspect_backup(out).schema_version == SCHEMA_VERSION
    copy = Desk.open(out)
    try:
        assert content(copy) == content(desk)
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(FileExistsRefusedError, match="already exists"):
        back_up(desk, out)


def test_a_backup_while_another_connection_is_writing(desk, tmp_path):
    fill(desk)
    desk.db.execute("BEGIN")
    desk.db.execute("UPDATE setting SET value = '\"Uncommitted\"' WHERE key = 'division_name'")
    other = Desk.open(desk.path)
    try:
        out = back_up(other, tmp_path / "during.db")
    finally:
        other.close()
    desk.db.execute("ROLLBACK")
    copy = Desk.open(out)
    try:
        assert copy.settings.get("division_name") == "East Division"
    finally:
        copy.close()


def test_default_backups_are_timestamped_in_a_folder_beside_the_database(desk):
    first, second = back_up(desk), back_up(desk)
    assert first.parent == backups_folder(desk.path) == desk.path.parent / "backups"
    assert first.name == "division-20261124-210000.db"  # Toronto time of the fixed clock
    assert second.name == "division-20261124-210000-2.db"
    assert list_backups(desk.path) == [second, first]


def test_the_automatic_backup_runs_once_a_day_and_keeps_the_last_n(db_path):
    now = [datetime(2026, 11, 24, 23, 0, tzinfo=UTC)]
    desk = Desk.open(db_path, create=True, clock=lambda: now[0])
    try:
        desk.settings.set("backup_keep", 3)
        assert auto_backup(desk) is not None
        now[0] += timedelta(hours=5)  # 23:00 the same evening in Toronto
        assert auto_backup(desk) is None
        made = []
        for _ in range(4):
            now[0] += timedelta(days=1)
            made.append(auto_backup(desk))
        assert list_backups(desk.path) == made[::-1][:3]
    finally:
        desk.close()


def test_restore_round_trip_brings_everything_back(desk, tmp_path):
    fill(desk)
    saved = content(desk)
    backup = back_up(desk, tmp_path / "saved.db")
    # Change things: add, edit, delete, change a setting.
    hood = desk.neighbourhoods.find_by_name("Vanier")
    desk.neighbourhoods.update(hood["id"], {"population": 17000})
    desk.partners.delete(desk.partners.list()[0]["id"])
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    desk.settings.set("division_name", "West Division")
    changed = content(desk)

    result = restore_backup(desk.path, backup, desk=desk)
    restored = content(desk)
    log = restored.pop("audit_log")
    assert restored == {k: v for k, v in saved.items() if k != "audit_log"}
    assert log[:-1] == saved["audit_log"]
    assert log[-1][3:6] == ("restore", "database", None)
    # The database as it was before the restore was kept aside.
    assert result.set_aside is not None and result.set_aside.parent == desk.path.parent
    aside = Desk.open(result.set_aside)
    try:
        assert content(aside) == changed
    finally:
        aside.close()


def test_restore_from_the_command_line(desk, tmp_path, capsys):
    fill(desk)
    saved = content(desk)
    desk.close()
    backup = tmp_path / "saved.db"
    assert main(["backup", "--db", str(desk.path), "--out", str(backup)]) == 0
    changed = Desk.open(desk.path)
    changed.officers.create({"badge": "4471", "last_name": "Morin"})
    changed.close()
    assert main(["restore", "--db", str(desk.path), "--from", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "is kept in" in out
    reopened = Desk.open(desk.path)
    try:
        restored = content(reopened)
        restored.pop("audit_log")
        assert restored == {k: v for k, v in saved.items() if k != "audit_log"}
        assert reopened.officers.count() == 0
    finally:
        reopened.close()


@pytest.mark.parametrize("existing", [True, False], ids=["over-the-file", "no-file-yet"])
def test_the_command_line_restores_an_encrypted_backup(tmp_path, monkeypatch, capsys, existing):
    """new (encrypted by default), backup, restore --from: the passphrase comes as for every
    other command (OMPM_PASSPHRASE here; a prompt at a terminal)."""
    monkeypatch.setenv("OMPM_PASSPHRASE", "correct horse battery")
    path, backup = tmp_path / "b.db", tmp_path / "saved.db"
    assert main(["new", "--db", str(path)]) == 0
    opened = Desk.open(path, passphrase="correct horse battery")
    fill(opened)
    saved = content(opened)
    opened.close()
    assert main(["backup", "--db", str(path), "--out", str(backup)]) == 0
    if existing:
        changed = Desk.open(path, passphrase="correct horse battery")
        changed.officers.create({"badge": "4471", "last_name": "Morin"})
        changed.close()
    else:
        path.unlink()
    capsys.readouterr()
    assert main(["restore", "--db", str(path), "--from", str(backup)]) == 0, capsys.readouterr()
    assert not path.read_bytes().startswith(b"SQLite format 3")  # still encrypted
    reopened = Desk.open(path, passphrase="correct horse battery")
    restored = content(reopened)
    reopened.close()
    restored.pop("audit_log")
    assert restored == {k: v for k, v in saved.items() if k != "audit_log"}


def test_the_command_line_restore_without_the_passphrase_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OMPM_PASSPHRASE", "correct horse battery")
    path, backup = tmp_path / "b.db", tmp_path / "saved.db"
    assert main(["new", "--db", str(path)]) == 0
    assert main(["backup", "--db", str(path), "--out", str(backup)]) == 0
    monkeypatch.delenv("OMPM_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    capsys.readouterr()
    assert main(["restore", "--db", str(path), "--from", str(backup)]) == 1
    assert "passphrase is needed" in capsys.readouterr().err


def test_restore_is_refused_while_the_app_has_the_database_open(desk, tmp_path, capsys):
    backup = back_up(desk, tmp_path / "saved.db")
    desk.close()
    with WriterLock(desk.path):
        assert main(["restore", "--db", str(desk.path), "--from", str(backup)]) == 1
    assert "already open" in capsys.readouterr().err


def damaged(path: Path, tmp_path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xff" * 2000  # a page in the middle
    broken = tmp_path / "damaged.db"
    broken.write_bytes(bytes(data))
    return broken


def newer(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "newer.db"
    target.write_bytes(path.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    return target


def foreign(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    return target


def text_file(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "notes.txt"
    target.write_text("not a database at all\n" * 100)
    return target


@pytest.mark.parametrize("spoil, message", [
    (damaged, "damaged"),
    (newer, "newer version"),
    (foreign, "not one of this app"),
    (text_file, "not a database"),
    (lambda path, folder: folder / "missing.db", "There is no backup"),
])
def test_a_bad_backup_is_refused_and_the_database_left_alone(desk, tmp_path, spoil, message):
    fill(desk)
    for n in range(60):  # enough pages for a page in the middle to matter
        desk.partners.create({"name": f"Partner {n}", "kind": "Agency", "notes": "x" * 500})
    good = back_up(desk, tmp_path / "good.db")
    before = content(desk)
    with pytest.raises((BackupError, NewerDatabaseError), match=message):
        restore_backup(desk.path, spoil(good, tmp_path), desk=desk)
    assert content(desk) == before
    assert not list(desk.path.parent.glob("*.before-restore*"))


def test_an_encrypted_database_backs_up_and_restores_encrypted(tmp_path):
    desk = Desk.open(tmp_path / "secret.db", create=True, passphrase="correct horse")
    try:
        fill(desk)
        saved = content(desk)
        backup = back_up(desk, tmp_path / "secret-backup.db")
        assert not backup.read_bytes().startswith(b"SQLite format 3")
        with pytest.raises(BackupError, match="encrypted"):
            inspect_backup(backup)
        desk.officers.create({"badge": "4471", "last_name": "Morin"})
        restore_backup(desk.path, backup, desk=desk)
        restored = content(desk)
        restored.pop("audit_log")
        assert restored == {k: v for k, v in saved.items() if k != "audit_log"}
    finally:
        desk.close()
