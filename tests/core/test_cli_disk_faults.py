"""What the disk and the file refuse is said in one line a person can act on, with no
traceback and nothing half-written: a full disk during an import, a backup or an export; a
read-only file or file system; the input ended at the passphrase prompt; a file cut short.
The command line never speaks of a form, nor of a read-only option it does not have."""

import errno
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store import database
from ompm_desktop.store.disk_errors import NotWritableError
from ompm_desktop.store.integrity import check
from ompm_desktop.store.writer_lock import WriterLock
from ompm_desktop.transfer import backup, exporter
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.importer import import_file

PASSPHRASE = "correct horse battery staple"
PARTNERS = "Name,Kind\n" + "".join(f"Partner {n},Agency\n" for n in range(3000))


def partners_file(folder: Path) -> Path:
    path = folder / "partners.csv"
    path.write_text(PARTNERS, encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines()
             if line.strip() and not line.startswith("Writing ")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "still in the form" not in err
    return lines[0]


@pytest.fixture
def small_disk(monkeypatch):
    """Every connection the app opens can grow its file by a few pages only: SQLite then
    says the disk is full, as it does on a full disk."""
    configure = database._configure

    def on_a_small_disk(db):
        configure(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 8}")

    monkeypatch.setattr(database, "_configure", on_a_small_disk)


# ---- a full disk --------------------------------------------------------------------


def test_a_full_disk_during_an_import_writes_nothing(desk, tmp_path, small_disk):
    small = Desk.open(desk.path)
    with pytest.raises(DeskError) as caught:
        import_file(small, "partners", partners_file(tmp_path))
    assert "disk is full" in caught.value.message
    assert "still in the form" not in caught.value.command_line
    assert small.partners.count() == 0
    small.close()


def test_the_command_line_says_a_full_disk_in_one_line(desk, tmp_path, small_disk, capsys):
    desk.close()
    code = main(["import", "partners", str(partners_file(tmp_path)), "--db", str(desk.path)])
    assert code == 1
    assert one_line(capsys.readouterr().err) == (
        "error: The disk is full, so nothing was written. Free some space and run the "
        "command again.")


def test_a_full_disk_when_the_import_starts_leaves_no_empty_holder_note(desk, tmp_path,
                                                                        monkeypatch, capsys):
    desk.close()
    write_text = Path.write_text

    def full(self, *args, **kwargs):
        if self.name.endswith(".holder.json"):
            self.touch()  # the file was made, then nothing could go into it
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return write_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    code = main(["import", "partners", str(partners_file(tmp_path)), "--db", str(desk.path)])
    assert code == 1
    assert "The disk is full" in one_line(capsys.readouterr().err)
    assert not desk.path.with_name(desk.path.name + ".holder.json").exists()
    monkeypatch.undo()
    with WriterLock(desk.path):  # the lock was let go
        pass


def test_a_full_disk_during_a_backup(desk, tmp_path, monkeypatch, capsys):
    desk.close()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "copy_into", full)
    code = main(["backup", "--db", str(desk.path), "--out", str(tmp_path / "b.db")])
    assert code == 1
    assert "The disk is full" in one_line(capsys.readouterr().err)


@pytest.fixture
def full_on_replace(monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(exporter.os, "replace", full)


def test_a_full_disk_during_an_export_leaves_nothing(desk, tmp_path, full_on_replace):
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    out = tmp_path / "partners.csv"
    with pytest.raises(DeskError, match="The disk is full: partners.csv could not be written"):
        export_csv(desk, "partners", out)
    assert list(tmp_path.iterdir()) == [desk.path] or not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".partners.csv")]


def test_the_command_line_says_a_full_disk_during_an_export(desk, tmp_path, full_on_replace,
                                                            capsys):
    desk.close()
    code = main(["export", "partners", "--db", str(desk.path), "--out",
                 str(tmp_path / "p.csv")])
    assert code == 1
    assert "The disk is full" in one_line(capsys.readouterr().err)


# ---- a read-only file or file system ------------------------------------------------


def make_read_only(folder: Path) -> Path:
    """`folder` made read-only: a read-only mount where the tests run as root (root writes
    through permissions), else its permissions."""
    if os.geteuid() != 0:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        return folder
    mount = folder.parent / (folder.name + "-ro")
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                      capture_output=True).returncode:
        pytest.skip("a read-only file system cannot be made here")
    for path in folder.iterdir():
        shutil.copy2(path, mount / path.name)
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    return mount


@pytest.fixture
def read_only_folder(tmp_path):
    made: list[Path] = []

    def make(folder: Path) -> Path:
        made.append(make_read_only(folder))
        return made[-1]

    yield make
    for folder in made:
        if folder.name.endswith("-ro"):
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def divisions(tmp_path: Path) -> Path:
    folder = tmp_path / "divisions"
    folder.mkdir()
    for name, passphrase in (("plain.db", None), ("secret.db", PASSPHRASE)):
        desk = Desk.open(folder / name, create=True, passphrase=passphrase)
        desk.partners.create({"name": "Food Bank", "kind": "Agency"})
        desk.close()
    return folder


@pytest.mark.parametrize("name", ["plain.db", "secret.db"])
def test_a_sound_read_only_file_can_be_checked_and_read(tmp_path, read_only_folder, capsys,
                                                        monkeypatch, name):
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    folder = read_only_folder(divisions(tmp_path))
    assert main(["check", "--db", str(folder / name)]) == 0
    assert capsys.readouterr().out.strip().endswith(": sound.")
    assert main(["export", "partners", "--db", str(folder / name), "--out",
                 str(tmp_path / "p.csv")]) == 0
    assert "Food Bank" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("name", ["plain.db", "secret.db"])
def test_an_import_into_a_read_only_file_is_refused_in_one_line(tmp_path, read_only_folder,
                                                                capsys, monkeypatch, name):
    monkeypatch.setenv("OMPM_PASSPHRASE", PASSPHRASE)
    source = partners_file(tmp_path)
    folder = read_only_folder(divisions(tmp_path))
    code = main(["import", "partners", str(source), "--db", str(folder / name)])
    assert code == 1
    line = one_line(capsys.readouterr().err)
    assert line == (f"error: {name} cannot be written (the file or its folder is read-only): "
                    "nothing was changed. Copy it to a folder you can write to, or make it "
                    "writable, and try again.")


@pytest.mark.parametrize("command", [["backup"], ["export", "partners"]])
def test_a_backup_or_export_into_a_read_only_folder_names_the_folder(
        desk, tmp_path, read_only_folder, capsys, command):
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    desk.close()
    (tmp_path / "out").mkdir()
    folder = read_only_folder(tmp_path / "out")
    code = main([*command, "--db", str(desk.path), "--out", str(folder / "copy.x")])
    assert code == 1
    assert one_line(capsys.readouterr().err) == (
        f"error: copy.x cannot be written: the folder {folder} is read-only, and nothing "
        "was written. Choose a folder you can write to and try again.")
    assert list(folder.iterdir()) == []


def test_an_automatic_backup_of_a_division_in_a_read_only_folder_says_so(
        tmp_path, read_only_folder):
    folder = read_only_folder(divisions(tmp_path))
    reader = Desk.open(folder / "plain.db", read_only=True)
    try:
        with pytest.raises(NotWritableError) as refused:
            backup.back_up(reader)
    finally:
        reader.close()
    assert refused.value.message == (
        f"backups cannot be written: the folder {folder} is read-only, and nothing was "
        "written. Choose a folder you can write to and try again.")


def test_a_division_opened_read_only_checks_sound(desk):
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    desk.close()
    reader = Desk.open(desk.path, read_only=True)
    assert check(reader.db) == []
    reader.close()


# ---- the passphrase prompt, a file cut short, a file held by the app -----------------


def test_the_input_ended_at_the_passphrase_prompt(tmp_path, monkeypatch, capsys):
    path = tmp_path / "secret.db"
    Desk.open(path, create=True, passphrase=PASSPHRASE).close()
    monkeypatch.delenv("OMPM_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def ctrl_d(prompt=""):
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    assert main(["check", "--db", str(path)]) == 1
    assert one_line(capsys.readouterr().err) == (
        "error: No passphrase was typed (the input ended), so nothing was opened or changed.")


def test_an_encrypted_file_cut_short_is_called_so(tmp_path, capsys):
    path = tmp_path / "secret.db"
    desk = Desk.open(path, create=True, passphrase=PASSPHRASE)
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    desk.close()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2 + 100)
    assert main(["check", "--db", str(path)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "cut short" in line and "not a database of this app" not in line


def test_a_file_the_app_holds_is_refused_without_a_read_only_option(desk, tmp_path, capsys):
    desk.close()
    with WriterLock(desk.path):
        code = main(["import", "partners", str(partners_file(tmp_path)), "--db",
                     str(desk.path)])
    assert code == 1
    line = one_line(capsys.readouterr().err)
    assert "close it there first" in line and "read-only" not in line
