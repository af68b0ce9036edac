"""The Desk: one open database and every service on it. The UI and the CLI both hold one."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ompm_desktop.clock import Clock, utc_now
from ompm_desktop.errors import StoreError
from ompm_desktop.services.assessments import AssessmentService
from ompm_desktop.services.beats import BeatService
from ompm_desktop.services.briefing_items import BriefingItemService
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.partners import PartnerPersonalService, PartnerService
from ompm_desktop.services.record_service import Context
from ompm_desktop.services.settings import SettingsService
from ompm_desktop.services.shifts import AssignmentService, DirectedTaskService, ShiftService
from ompm_desktop.store import encryption
from ompm_desktop.store.database import open_database, open_memory_database


class Desk:
    def __init__(self, db: Database, *, path: Path | None = None, actor: str | None = None,
                 clock: Clock = utc_now, passphrase: str | None = None) -> None:
        self.db = db
        self.path = path
        # Kept in memory only, for encrypted backups and rekeying; never written anywhere.
        self.passphrase = passphrase
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

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, passphrase: str | None = None,
             clock: Clock = utc_now) -> Desk:
        """Open a database file; with a passphrase it is (or is created) encrypted."""
        db = open_database(path, create=create, passphrase=passphrase)
        return cls(db, path=Path(path), clock=clock, passphrase=passphrase)

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

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the open database with a new passphrase (an encrypted file only)."""
        if not self.passphrase:
            raise StoreError("This database is not encrypted, so it has no passphrase to change.")
        encryption.rekey(self.db.conn, new_passphrase)
        self.passphrase = new_passphrase

    def close(self) -> None:
        self.db.close()
