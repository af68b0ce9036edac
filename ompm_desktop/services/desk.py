"""The Desk: one open database and every service on it. The UI and the CLI both hold one."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ompm_desktop.clock import Clock, utc_now
from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _
from ompm_desktop.services.assessments import AssessmentService
from ompm_desktop.services.beats import BeatService
from ompm_desktop.services.briefing_items import BriefingItemService
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.cswb_risks import CswbRiskService
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.partners import PartnerPersonalService, PartnerService
from ompm_desktop.services.record_service import Context
from ompm_desktop.services.settings import SettingsService
from ompm_desktop.services.shifts import AssignmentService, DirectedTaskService, ShiftService
from ompm_desktop.store import encryption
from ompm_desktop.store.database import open_database, open_memory_database
from ompm_desktop.store.partial_files import remove_left_over
from ompm_desktop.store.sound_file import note_clean_close
from ompm_desktop.store.writer_lock import WriterLock


class Desk:
    def __init__(self, db: Database, *, path: Path | None = None, actor: str | None = None,
                 clock: Clock = utc_now, passphrase: str | None = None) -> None:
        self.db = db
        self.path = path
        # Kept in memory only, for encrypted backups and rekeying; never written anywhere.
        self.passphrase = passphrase
        self.writer_lock: WriterLock | None = None  # held while this desk is the file's writer
        self.damaged = False  # found damaged meanwhile: not noted as sound when closed
        self.closed = False  # a window's late work on a desk since replaced asks
        self.context = Context(db, clock=clock)
        self.settings = SettingsService(self.context)
        self.context.actor = actor or self.settings.get("current_user") or "Unknown user"
        self.beats = BeatService(self.context)
        self.neighbourhoods = NeighbourhoodService(self.context)
        self.assessments = AssessmentService(self.context)
        self.partners = PartnerService(self.context)
        self.partner_personal = PartnerPersonalService(self.context)
        self.officers = OfficerService(self.context)
        self.contacts = ContactService(self.context)
        self.initiatives = InitiativeService(self.context)
        self.shifts = ShiftService(self.context)
        self.assignments = AssignmentService(self.context)
        self.directed_tasks = DirectedTaskService(self.context)
        self.briefing_items = BriefingItemService(self.context)
        self.cswb_risks = CswbRiskService(self.context)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, passphrase: str | None = None,
             clock: Clock = utc_now, writer: bool = False, read_only: bool = False) -> Desk:
        """Open a database file; with a passphrase it is (or is created) encrypted.

        writer=True takes the file's writer lock first (the app does: one writer per file);
        DatabaseInUseError says who holds it. read_only=True takes no lock and every write
        is refused with a clear message.
        """
        lock = WriterLock(Path(path)).acquire() if writer and not read_only else None
        if not read_only:
            _remove_left_over_copies(Path(path))
        try:
            db = open_database(path, create=create, passphrase=passphrase, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        desk = cls(db, path=Path(path), clock=clock, passphrase=passphrase)
        desk.writer_lock = lock
        return desk

    @classmethod
    def in_memory(cls, *, clock: Clock = utc_now) -> Desk:
        return cls(open_memory_database(), clock=clock)

    @property
    def actor(self) -> str:
        return self.context.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self.context.actor = name

    @property
    def encrypted(self) -> bool:
        return bool(self.passphrase)

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.db, "read_only", False))

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this (encrypted) file: checked against the file itself
        with a connection of its own, as a lock screen does."""
        if not self.passphrase or self.path is None:
            return False
        try:
            encryption.connect(self.path, passphrase).close()
        except StoreError:
            return False
        return True

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the open database with a new passphrase (an encrypted file only)."""
        if not self.passphrase:
            raise StoreError(_("This database is not encrypted, so it has no passphrase to "
                               "change."))
        encryption.rekey(self.db.conn, new_passphrase)
        self.passphrase = new_passphrase

    def close(self) -> None:
        self.closed = True
        self.db.close()
        damaged = self.damaged or getattr(self.db, "damage_seen", False)
        if self.path is not None and not self.read_only and not damaged:
            note_clean_close(self.path)  # opened next, it need not be checked again
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None


def _remove_left_over_copies(path: Path) -> None:
    """The temporary copies a killed backup, restore or update left beside the file and in
    its backups folder (those a running process holds are kept)."""
    for folder in (path.parent, path.parent / "backups"):  # transfer.backup.BACKUP_FOLDER
        remove_left_over(folder)
