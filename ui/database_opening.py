"""Opening a database file in the app: its passphrase (asked until right or cancelled), a file
another copy of the app is writing to (open read-only, or not at all), and a damaged file
(say what is wrong; offer the newest backup as a new file beside it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ompm_desktop.errors import DeskError, NotADatabaseError
from ompm_desktop.i18n import app_title
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.encryption import PassphraseRequiredError, WrongPassphraseError
from ompm_desktop.store.writer_lock import DatabaseInUseError, Holder
from ui.errors import show_error

# Each call names its context literally, so that lupdate files the words where they are looked up.
translate = QCoreApplication.translate


def open_database_file(parent: QWidget | None, path: Path, *, create: bool = False,
                       unattended: bool = False) -> Desk | None:
    """The open desk, as the file's writer or (the user's choice) read-only; None when the
    user chose not to open it. Other problems are DeskErrors for the caller to show.
    Unattended (no one to ask), every question is an error instead."""
    passphrase: str | None = None
    read_only = False
    prompt = ""
    while True:
        try:
            return Desk.open(path, create=create, passphrase=passphrase,
                             writer=not read_only, read_only=read_only)
        except PassphraseRequiredError:
            if unattended:
                raise
            prompt = translate("database_opening", "Passphrase for {name}:").format(
                name=path.name)
        except WrongPassphraseError:
            if unattended:
                raise
            prompt = translate("database_opening",
                               "That passphrase is not right. Passphrase for {name}:").format(
                name=path.name)
        except DatabaseInUseError as in_use:
            if unattended:
                raise
            if not ask_open_read_only(parent, path, in_use.holder):
                return None
            read_only = True
            continue
        except NotADatabaseError as damage:
            if unattended or create:
                raise
            recovered = offer_recovery(parent, path, damage, passphrase)
            if recovered is None:
                return None
            path, create = recovered, False
            continue
        passphrase, ok = QInputDialog.getText(parent, app_title(), prompt,
                                              QLineEdit.EchoMode.Password)
        if not ok:
            raise PassphraseRequiredError(path)


def holder_text(path: Path, holder: Holder | None) -> str:
    if holder is None:
        return translate("database_opening",
                         "{name} is already open for writing in another copy of the app.").format(
            name=path.name)
    return translate("database_opening",
                     "{name} is already open for writing by {user} on {host} (process {pid}, "
                     "since {since}).").format(name=path.name, user=holder.user, host=holder.host,
                                  pid=holder.pid, since=holder.since)


def ask_open_read_only(parent: QWidget | None, path: Path, holder: Holder | None) -> bool:
    """A box with "Open read-only" and "Cancel": True for read-only."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("database_opening", "Database in use"),
                      holder_text(path, holder), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "database_opening",
        "Only one copy of the app can change a database at a time. Open it read-only to look "
        "things up (nothing can be saved), or cancel and close it in the other copy first."))
    read_only = box.addButton(translate("database_opening", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def offer_recovery(parent: QWidget | None, path: Path, damage: DeskError,
                   passphrase: str | None) -> Path | None:
    """Say what is wrong; offer the newest sound backup, restored to a new file beside the
    damaged one. Returns the restored file, or None (nothing restored)."""
    # Needed only for a damaged file: not imported by every start.
    from ompm_desktop.transfer.recovery import (
        describe_backup,
        newest_sound_backup,
        restore_beside,
        what_is_wrong,
    )

    what = what_is_wrong(path) if path.is_file() else damage.message
    backup = newest_sound_backup(path, passphrase) if path.is_file() else None
    if backup is None:
        nothing = translate("database_opening",
                            "There is no backup of it to restore. The file is left as it is.")
        show_error(parent, "\n\n".join((damage.message, what, nothing)),
                   translate("database_opening", "Cannot open the database"))
        return None
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("database_opening", "The database is damaged"), what,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "database_opening",
        "The newest backup is from {when}. Restore it into a new file beside this one and "
        "open that? Changes made since the backup are not in it. The damaged file is kept "
        "exactly as it is.").format(when=describe_backup(backup)))
    restore = box.addButton(translate("database_opening", "&Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        recovery = restore_beside(path, backup, passphrase)
    except (DeskError, OSError) as error:
        show_error(parent, getattr(error, "message", str(error)),
                   translate("database_opening", "Cannot restore"))
        return None
    return recovery.restored
