"""Laptops and a station hub for the sync tests: encrypted files in a temporary folder, each
laptop with a clock of its own."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from ompm_desktop.services.desk import Desk
from ompm_desktop.store import encryption
from ompm_desktop.sync.engine import SyncSummary, sync_with_hub
from ompm_desktop.sync.tables import SHARED_TABLES

PASSPHRASE = "correct horse battery"
START = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)


class Laptop:
    """A sergeant's laptop: its database file, its name and its own (maybe wrong) clock."""

    def __init__(self, folder: Path, name: str, skew_seconds: int = 0,
                 first_tick: int = 1) -> None:
        self.name = name
        self.path = folder / f"{name.lower().replace(' ', '-')}.db"
        self.skew = timedelta(seconds=skew_seconds)
        self._ticks = itertools.count(first_tick)  # one second for each reading

    def clock(self) -> datetime:
        return START + self.skew + timedelta(seconds=next(self._ticks))

    @contextmanager
    def desk(self) -> Iterator[Desk]:
        opened = Desk.open(self.path, create=True, passphrase=PASSPHRASE, clock=self.clock)
        opened.actor = f"Sgt. {self.name}"
        try:
            yield opened
        finally:
            opened.close()

    def sync(self, hub: Path, **options) -> SyncSummary:
        return sync_with_hub(self.path, hub, PASSPHRASE, machine_name=self.name,
                             clock=self.clock, **options)


def copy_files(source: Path, target: Path) -> None:
    """A station made once, copied for each test (its files are closed): far quicker than
    encrypting a new one each time."""
    for path in source.iterdir():
        if path.suffix not in (".lock", ".json"):
            shutil.copy2(path, target / path.name)


def shared_rows(path: Path) -> dict[str, list[tuple]]:
    """Every shared table's rows, in a fixed order (the file opened and closed again)."""
    connection = encryption.connect(path, PASSPHRASE)
    try:
        return {table: connection.execute(
            f"SELECT * FROM [{table}] ORDER BY 1, 2").fetchall()  # fixed names
            for table in SHARED_TABLES}
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = encryption.connect(path, PASSPHRASE)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def conflicts(path: Path) -> list[dict]:
    connection = encryption.connect(path, PASSPHRASE)
    try:
        cursor = connection.execute("SELECT * FROM conflict_log ORDER BY created_at, id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        connection.close()


def made_station(folder: Path, prepare: Callable[[Desk], None] = lambda desk: None
                 ) -> tuple[Path, SimpleNamespace]:
    """Sergeant Ahmed's laptop with a small division (and whatever `prepare` adds) and a hub
    made from it, in `folder`, no real user folder read. Returns (the files, the division)."""
    import pytest
    from records_division import small_division

    from ompm_desktop.sync.hub import create_hub

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        made = Path(folder / "files")
        made.mkdir()
        ahmed = Laptop(made, "Ahmed")
        with ahmed.desk() as desk:
            division = small_division(desk)
            prepare(desk)
        create_hub(made / "station-hub.db", ahmed.path, PASSPHRASE)
    return made, division
