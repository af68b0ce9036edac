"""A damaged database file: say what is wrong with it, and put the newest sound backup back
as a NEW file beside it. The damaged file is never written to, moved or replaced: it may
still hold the last changes, for someone who can mend it."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ompm_desktop.clock import utc_now
from ompm_desktop.errors import DeskError, StoreError
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import number
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk
from ompm_desktop.store import encryption
from ompm_desktop.store.partial_files import partial_file
from ompm_desktop.transfer.backup import (
    _free_name,
    _stamp,
    backup_time,
    inspect_backup,
    list_backups,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    damaged: Path
    backup: Path  # the backup put back
    restored: Path  # the new file, beside the damaged one


def what_is_wrong(path: Path) -> str:
    """One plain sentence on what is wrong with a file that did not open as a database."""
    size = path.stat().st_size
    if size == 0:
        return _("{name} is empty (0 bytes): whatever it held is gone from this file.").format(
            name=path.name)
    with path.open("rb") as handle:
        header = handle.read(100)
    if header.startswith(encryption.SQLITE_HEADER) and len(header) == 100:
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if pages and size < page_size * pages:
            return _("{name} is cut short: it has {size} bytes where its own header says "
                     "{expected}. The end of the file is missing (a save or a copy that did not "
                     "finish).").format(name=path.name, size=number(size),
                                        expected=number(page_size * pages))
        return _("{name} is damaged inside: it starts as a database, but parts of it cannot be "
                 "read.").format(name=path.name)
    if header.startswith(encryption.SQLITE_HEADER[:6]) or size < 100:
        return _("{name} is cut short: only {size} bytes are left of it.").format(
            name=path.name, size=size)
    try:
        header.decode("utf-8")
    except UnicodeDecodeError:
        return _("{name} is not a database this app can read: it is either encrypted and "
                 "damaged, or some other kind of file.").format(name=path.name)
    return _("{name} is not a database: it holds text (some other kind of file).").format(
        name=path.name)


def newest_sound_backup(database: Path, passphrase: str | None = None) -> Path | None:
    """The newest automatic backup that passes its checks, or None."""
    for candidate in list_backups(database):
        try:
            inspect_backup(candidate, passphrase, beside=database)
        except DeskError as problem:
            log.warning("Backup %s is not usable: %s", candidate, problem)
            continue
        return candidate
    return None


def describe_backup(backup: Path) -> str:
    taken = backup_time(backup)
    return taken.strftime("%Y-%m-%d %H:%M") if taken else backup.name


def restore_beside(damaged: Path, backup: Path, passphrase: str | None = None) -> Recovery:
    """Copy `backup` to a new file beside `damaged` (named ...-restored-STAMP.db), bring it
    up to date, and note the restore in its audit log. `damaged` is left exactly as it is."""
    inspect_backup(backup, passphrase, beside=damaged)
    stamp = _stamp(utc_now())
    target = _free_name(damaged.parent, f"{damaged.stem}-restored", stamp)
    with partial_file(target) as partial:
        shutil.copyfile(backup, partial)
        if target.exists():
            raise StoreError(_("{path} appeared while restoring; try again.").format(
                path=target))
        os.replace(partial, target)
    desk = Desk.open(target, passphrase=passphrase)  # migrates an older backup
    try:
        audit.record_change(
            desk.db, at=desk.context.now(), actor=desk.actor, action="restore",
            table="database", row_id=None, before=None,
            after={"from": backup.name, "damaged": damaged.name},
        )
    finally:
        desk.close()
    return Recovery(damaged, backup, target)
