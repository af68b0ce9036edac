"""A truncated or garbage database file: what is wrong is said plainly, and the newest sound
backup comes back as a new file beside it; the damaged file is never touched."""

from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.errors import NotADatabaseError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.encryption import PassphraseRequiredError
from ompm_desktop.transfer.backup import back_up, backups_folder
from ompm_desktop.transfer.recovery import newest_sound_backup, restore_beside, what_is_wrong


@pytest.fixture
def backed_up(tmp_path):
    """A division with two backups (the newer one holds a second beat), then damaged."""
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True)
    desk.beats.create({"name": "Beat 1 - Vanier"})
    folder = backups_folder(path)
    folder.mkdir()
    back_up(desk, folder / "division-20261120-180000.db")
    desk.beats.create({"name": "Beat 2 - Overbrook"})
    back_up(desk, folder / "division-20261123-180000.db")
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    return path


def cut_short(path: Path) -> bytes:
    data = path.read_bytes()[:8192]
    path.write_bytes(data)
    return data


def test_a_truncated_file_does_not_open_and_says_it_is_cut_short(backed_up):
    cut_short(backed_up)
    with pytest.raises(NotADatabaseError):
        Desk.open(backed_up)
    said = what_is_wrong(backed_up)
    assert said.startswith("division.db is cut short: it has 8,192 bytes where its own header")


@pytest.mark.parametrize(("content", "says"), [
    (b"", "is empty"),
    (b"SQLite for", "cut short: only 10 bytes"),
    (b"Beat,Neighbourhood\nBeat 1,Vanier\n" * 20, "it holds text"),
    (bytes(range(255, -1, -1)) * 40, "encrypted and damaged, or some other kind of file"),
])
def test_each_kind_of_damage_is_named(tmp_path, content, says):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    assert says in what_is_wrong(path)


def test_damage_inside_a_whole_file_is_named(backed_up):
    data = bytearray(backed_up.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    backed_up.write_bytes(bytes(data))
    assert "damaged inside" in what_is_wrong(backed_up)


def test_the_newest_backup_comes_back_beside_and_the_damaged_file_is_kept(backed_up):
    damaged_bytes = cut_short(backed_up)
    newest = newest_sound_backup(backed_up)
    assert newest is not None and newest.name == "division-20261123-180000.db"
    recovery = restore_beside(backed_up, newest)
    assert backed_up.read_bytes() == damaged_bytes  # never overwritten
    assert recovery.restored.parent == backed_up.parent
    assert recovery.restored.name.startswith("division-restored-")
    assert recovery.restored.stat().st_mode & 0o777 == 0o600
    desk = Desk.open(recovery.restored)
    assert sorted(b["name"] for b in desk.beats.list()) == ["Beat 1 - Vanier",
                                                            "Beat 2 - Overbrook"]
    assert desk.db.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 1
    desk.close()


def test_a_damaged_backup_is_passed_over_for_the_next_one(backed_up):
    newest = backups_folder(backed_up) / "division-20261123-180000.db"
    newest.write_bytes(newest.read_bytes()[:5000])
    chosen = newest_sound_backup(backed_up)
    assert chosen is not None and chosen.name == "division-20261120-180000.db"


def test_no_backup_at_all_is_none(tmp_path):
    assert newest_sound_backup(tmp_path / "lonely.db") is None


def test_garbage_that_is_no_whole_number_of_pages_is_not_taken_for_encrypted(tmp_path):
    """Random bytes look like an encrypted file, but SQLCipher writes whole pages: a file of
    5,000 such bytes is damaged (and its backup can be offered), not locked."""
    path = tmp_path / "x.db"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    with pytest.raises(NotADatabaseError):
        Desk.open(path)
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    with pytest.raises(PassphraseRequiredError):  # whole pages: it may well be encrypted
        Desk.open(path)


@pytest.mark.parametrize("create", [False, True])
@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_an_empty_file_is_damage_and_is_never_written_to(backed_up, create, passphrase):
    """A 0-byte division is not a new, empty one: it does not open (not even with create),
    says it is empty, and stays 0 bytes; the newest sound backup is there to offer."""
    backed_up.write_bytes(b"")
    with pytest.raises(NotADatabaseError, match=r"division.db is empty \(0 bytes\)"):
        Desk.open(backed_up, create=create, passphrase=passphrase)
    assert backed_up.stat().st_size == 0
    assert not backed_up.with_name("division.db-wal").exists()
    assert "is empty" in what_is_wrong(backed_up)
    assert newest_sound_backup(backed_up).name == "division-20261123-180000.db"


@pytest.mark.parametrize("command", [["stats"], ["check"], ["backup"],
                                     ["import", "neighbourhoods", "PLACES"]])
def test_the_command_line_says_an_empty_file_is_empty_and_leaves_it(
        backed_up, tmp_path, capsys, command):
    places = tmp_path / "places.csv"
    places.write_text("Name\nAlta Vista\n", encoding="utf-8")
    backed_up.write_bytes(b"")
    capsys.readouterr()
    argv = [str(places) if part == "PLACES" else part for part in command]
    assert main([*argv, "--db", str(backed_up)]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "error: division.db is empty (0 bytes): whatever it held is gone from this file."]
    assert backed_up.stat().st_size == 0
