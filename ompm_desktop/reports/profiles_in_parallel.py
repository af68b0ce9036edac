"""Many neighbourhood profiles at once on every core: a pool of processes, each with its own
read-only connection to the database (given the passphrase of an encrypted file), lays out
profiles and hands each PDF back whole; the caller names and writes the files, in order, so
that progress, cancelling and what is kept read as with one process.

Used by write_profiles for a folder of profiles on a machine with more than one core (200
profiles took 18 s on one core of two)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

FEWEST = 8  # profiles below which starting the processes costs more than it saves
CHUNK = 4  # profiles a process is handed at a time (fewer hand-overs; progress still moves)
MAPPED_BYTES = 1 << 30  # of the division's file read through a memory map, at most


@dataclass(frozen=True)
class WorkerSetup:
    """What a process needs to make profiles as the caller's desk would (pickled to it)."""

    path: Path
    passphrase: str | None
    actor: str
    moment: datetime  # "now" for the whole batch: every profile says the same time
    language: str
    include_personal: bool


def processes_for(desk: Desk, count: int) -> int:
    """How many processes to share `count` profiles among (0: make them here)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if desk.path is None or count < FEWEST or (cores or 1) < 2:
        return 0
    return min(cores or 1, count // CHUNK)


def profile_pdfs(desk: Desk, ids: Sequence[str], *, processes: int, language: str,
                 include_personal: bool) -> Generator[tuple[str, bytes], None, None]:
    """Each neighbourhood's name and profile PDF, in the order of `ids`, made by a pool of
    processes. Stopping the iteration (a cancel) stops the processes."""
    assert desk.path is not None
    setup = WorkerSetup(desk.path, desk.passphrase, desk.actor, desk.context.clock(),
                        language, include_personal)
    # An executor, not multiprocessing's Pool: Pool.terminate() while its imap is still
    # handing work out could wait forever on its own handler threads (a cancel hung so).
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(
        start_method()), initializer=_start, initargs=(setup,))
    try:
        yield from pool.map(_profile_pdf, ids, chunksize=CHUNK)
    finally:
        # A cancel: what is not started is dropped; the few profiles being made finish,
        # and every process has ended when this returns.
        pool.shutdown(wait=True, cancel_futures=True)


def start_method() -> str:
    """How the processes start. "fork" where it is safe, on Linux from a process with one
    thread and no Qt (the command line): a copy of the caller, every module already
    imported (a fresh interpreter spent 0.35 s of CPU on its imports, a 15th of the 200
    profiles' time). Anywhere else "spawn": a fresh interpreter, never a copy of a process
    running Qt's threads (the window). A copy never touches the caller's connection: it
    opens its own and ends without closing anything it was handed."""
    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(name == "PySide6" or name.startswith("PySide6.")
                        for name in sys.modules)):
        return "fork"
    return "spawn"


_worker: dict[str, Any] = {}


def _constant(moment: datetime) -> datetime:
    return moment


def _start(setup: WorkerSetup) -> None:
    """A process's one connection, read-only: it writes nothing (the caller audits)."""
    gc.enable()  # main.py starts with it off, and a spawned process runs main.py's top
    from ompm_desktop.reports.fonts import register_fonts
    from ompm_desktop.services.desk import Desk

    desk = Desk.open(setup.path, passphrase=setup.passphrase, read_only=True,
                     clock=partial(_constant, setup.moment))
    desk.actor = setup.actor
    # Pages read through a memory map come straight from the system's file cache, not
    # copied in by a call each: 2 ms of system time a profile on the large demo, to 0.4.
    # Safe read-only: nothing in the app truncates a division's file (VACUUM is for hubs).
    desk.db.execute(f"PRAGMA mmap_size = {MAPPED_BYTES}")
    register_fonts()
    _worker.update(desk=desk, setup=setup)


def _profile_pdf(neighbourhood_id: str) -> tuple[str, bytes]:
    from ompm_desktop.i18n import language_of
    from ompm_desktop.reports.profile import profile_document

    desk: Desk = _worker["desk"]
    setup: WorkerSetup = _worker["setup"]
    with language_of(setup.language):
        return profile_document(desk, neighbourhood_id, setup.include_personal)
