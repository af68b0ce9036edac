"""How far a long command has got, on stderr: a bar on a terminal (click's), otherwise (a
log, a pipe, a scheduled task) one line every few seconds, so a large import is never
silent for minutes."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

LINE_EVERY_S = 5.0


class CommandProgress:
    """A progress callback (done, total, phase) for the importer; `finish` when done."""

    def __init__(self, what: str, *, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.on_terminal = self.stream.isatty()
        self.bar: Any = None
        self.phase = ""
        self.said_at: float | None = None

    def __call__(self, done: int, total: int, phase: str) -> None:
        if self.on_terminal:
            self._draw(done, total, phase)
            return
        now = self.clock()
        if self.said_at is None:
            self.said_at = now  # a file read in a few seconds says nothing
        elif now - self.said_at >= LINE_EVERY_S or (phase != self.phase and self.phase):
            self.said_at = now
            share = f" ({done / total:.0%})" if total else ""
            print(f"{phase} {self.what}: {done:,} of {total:,} rows{share}",
                  file=self.stream, flush=True)
        self.phase = phase

    def _draw(self, done: int, total: int, phase: str) -> None:
        if self.bar is not None and phase != self.phase:
            self.finish()
        if self.bar is None:
            import click  # only on a terminal: the command line starts without it

            self.phase = phase
            self.bar = click.progressbar(length=max(total, 1), label=f"{phase} {self.what}",
                                         file=self.stream, show_pos=True)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
