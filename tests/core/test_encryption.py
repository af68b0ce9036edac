"""Encryption at rest: SQLCipher 4, a passphrase that is never stored, rekey, encrypted backups."""

import sqlite3

import pytest

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.database import backup_copy
from ompm_desktop.store.encryption import PassphraseRequiredError, WrongPassphraseError


@pytest.fixture
def encrypted_path(tmp_path):
    path = tmp_path / "secret.db"
    desk = Desk.open(path, create=True, passphrase="Rideau-Heights 2026")
    desk.beats.create({"name": "Beat 2 - Eastview"})
    desk.close()
    return path


def test_plain_sqlite_cannot_read_an_encrypted_file(encrypted_path):
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted_path).execute("SELECT * FROM sqlite_master").fetchall()
    assert b"Eastview" not in encrypted_path.read_bytes()


def test_the_passphrase_opens_it_and_nothing_else_does(encrypted_path):
    with pytest.raises(PassphraseRequiredError, match="is encrypted"):
        Desk.open(encrypted_path)
    with pytest.raises(WrongPassphraseError, match="not right"):
        Desk.open(encrypted_path, passphrase="rideau-heights 2026")
    desk = Desk.open(encrypted_path, passphrase="Rideau-Heights 2026")
    assert [b["name"] for b in desk.beats.list()] == ["Beat 2 - Eastview"]
    desk.close()


def test_the_passphrase_is_written_nowhere_in_the_file(encrypted_path):
    assert b"Rideau-Heights" not in encrypted_path.read_bytes()


def test_change_passphrase(encrypted_path):
    desk = Desk.open(encrypted_path, passphrase="Rideau-Heights 2026")
    desk.change_passphrase("new one, with a quote's mark")
    desk.close()
    with pytest.raises(WrongPassphraseError):
        Desk.open(encrypted_path, passphrase="Rideau-Heights 2026")
    Desk.open(encrypted_path, passphrase="new one, with a quote's mark").close()


def test_a_backup_of_an_encrypted_database_is_encrypted_with_the_same_key(encrypted_path, tmp_path):
    desk = Desk.open(encrypted_path, passphrase="Rideau-Heights 2026")
    copy = backup_copy(desk.db, tmp_path / "copy.db", desk.passphrase)
    desk.close()
    with pytest.raises(PassphraseRequiredError):
        Desk.open(copy)
    reopened = Desk.open(copy, passphrase="Rideau-Heights 2026")
    assert reopened.beats.count() == 1
    reopened.close()


def test_database_and_backup_are_readable_by_the_user_alone(tmp_path):
    desk = Desk.open(tmp_path / "plain.db", create=True)
    desk.beats.create({"name": "Beat 1"})
    copy = backup_copy(desk.db, tmp_path / "copy.db")
    desk.close()
    for path in (tmp_path / "plain.db", tmp_path / "plain.db-wal", copy):
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, path
