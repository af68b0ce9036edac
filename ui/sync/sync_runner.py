"""A sync off the GUI thread. Unlike BackgroundJob it opens no Desk of its own: the sync
opens the files with apsw, and the window's own connection is closed meanwhile (two SQLite
libraries must never hold the same file at once)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ompm_desktop.clock import Clock
from ompm_desktop.errors import DeskError
from ompm_desktop.sync.engine import HubSync

log = logging.getLogger(__name__)


class SyncRunner(QThread):
    progressed = Signal(int, int, str)
    ended = Signal(object, object)  # the SyncSummary, or the DeskError

    def __init__(self, database: Path, hub: Path, passphrase: str | None,
                 hub_passphrase: str | None, machine_name: str, clock: Clock) -> None:
        super().__init__()
        self.stop = threading.Event()
        self.sync = HubSync(database, hub, passphrase, hub_passphrase=hub_passphrase,
                            machine_name=machine_name, clock=clock,
                            progress=self.progressed.emit, cancelled=self.stop.is_set)

    def run(self) -> None:
        try:
            summary = self.sync.run()
        except DeskError as error:
            self.ended.emit(None, error)
        except Exception as error:  # never lose an error in a thread: say it, log it
            log.exception("The sync failed")
            self.ended.emit(None, DeskError(self.tr(
                "The sync stopped on an unexpected error: {0}. Both files are sound; try "
                "again.").format(error)))
        else:
            self.ended.emit(summary, None)
