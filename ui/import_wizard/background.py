"""Long work off the GUI thread: a job runs on its own connection to the database, reports
progress, and can be cancelled; its result or its error comes back as a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Desk, Progress, Cancelled], Any]


class _Runner(QThread):
    progressed = Signal(int, int, str)
    ended = Signal(object, object)  # result, error

    def __init__(self, desk: Desk, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self.path = desk.path
        self.passphrase = desk.passphrase
        self.clock = desk.context.clock
        self.actor = desk.actor
        self.job = job
        self.stop = stop

    def run(self) -> None:
        try:
            # SQLite connections belong to their thread: this one opens its own.
            assert self.path is not None
            desk = Desk.open(self.path, passphrase=self.passphrase, clock=self.clock)
        except DeskError as error:
            self.ended.emit(None, error)
            return
        desk.actor = self.actor
        try:
            result = self.job(desk, self.progressed.emit, self.stop.is_set)
        except DeskError as error:
            self.ended.emit(None, error)
        except Exception as error:  # never lose an error in a thread: say it, log it
            log.exception("Background job failed")
            self.ended.emit(None, DeskError(self.tr(
                "The work stopped on an unexpected error: {0}").format(error)))
        else:
            self.ended.emit(result, None)
        finally:
            desk.close()


class BackgroundJob(QObject):
    """Run `job(desk, progress, cancelled)`; a database in memory runs it in this thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, desk: Desk, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job = job
        self._stop = threading.Event()
        self._runner: _Runner | None = None
        self.running = False

    def start(self) -> None:
        self.running = True
        if self.desk.path is None:
            try:
                result = self.job(self.desk, self.progress.emit, self._stop.is_set)
            except DeskError as error:
                self._end(None, error)
            else:
                self._end(result, None)
            return
        self._runner = _Runner(self.desk, self.job, self._stop)
        self._runner.progressed.connect(self.progress)
        self._runner.ended.connect(self._end)
        self._runner.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        if self._runner is not None:
            self._runner.wait()

    def _end(self, result: object, error: object) -> None:
        if self._runner is not None:
            self._runner.wait()
            self._runner.deleteLater()
            self._runner = None
        self.running = False
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
