"""What a streamed import keeps while it reads a file: each column's cells read again from
the file when a kind asks for them, and the keys met so far (in memory up to
SEEN_IN_MEMORY, then in a temporary table), so that a file of millions of rows is never
held whole."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence

from sqlite_utils import Database

from ompm_desktop.transfer.source import SourceTable

SEEN_IN_MEMORY = 200_000  # keys of the file kept in memory before a temporary table


class ColumnCells(Mapping[str, Iterator[str]]):
    """A column's cells by target, read from the file when asked for (a kind learns each date
    column's day/month order from the whole column without holding it)."""

    def __init__(self, table: SourceTable, index: dict[str, int]) -> None:
        self.table, self.index = table, index

    def __getitem__(self, target: str) -> Iterator[str]:
        column = self.index[target]
        return (row.cells[column] for row in self.table.iter_rows())

    def rows(self, targets: Sequence[str]) -> Iterator[tuple[str, ...]]:
        """The cells of several columns, row by row, in one reading of the file."""
        columns = [self.index[target] for target in targets]
        return (tuple(row.cells[column] for column in columns)
                for row in self.table.iter_rows())

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


class SeenKeys:
    """The natural keys and ids met so far in the file: a repeat names the row it repeats.
    Kept in memory (a digest of each) up to SEEN_IN_MEMORY keys, then in a temporary table,
    so a file of millions of rows does not hold them all."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.in_memory: dict[bytes, int] | None = {}

    def first_row(self, key: object, row: int) -> int:
        """The row the key was first met on (this row, if it is the first)."""
        digest = hashlib.blake2b(repr(key).encode(), digest_size=16).digest()
        if self.in_memory is not None:
            first = self.in_memory.setdefault(digest, row)
            if len(self.in_memory) > SEEN_IN_MEMORY:
                self._spill()
            return first
        connection = self.db.conn
        before = connection.total_changes
        connection.execute("INSERT OR IGNORE INTO temp.import_seen_key VALUES (?, ?)",
                           [digest, row])
        if connection.total_changes != before:
            return row  # met for the first time
        found = connection.execute("SELECT row FROM temp.import_seen_key WHERE key = ?",
                                   [digest]).fetchone()
        return int(found[0])

    def _spill(self) -> None:
        assert self.in_memory is not None
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS import_seen_key "
                        "(key BLOB PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID")
        self.db.execute("DELETE FROM temp.import_seen_key")
        self.db.conn.executemany("INSERT INTO temp.import_seen_key VALUES (?, ?)",
                                 self.in_memory.items())
        self.in_memory = None

    def close(self) -> None:
        if self.in_memory is None:
            self.db.execute("DROP TABLE IF EXISTS temp.import_seen_key")
