"""Settling conflicts while a changeset is applied: the last writer wins by updated_at, and
the version that lost is kept in conflict_log with both times and the machines.

A conflict handler may only keep or drop a change, and an UPDATE carries only the columns it
changed, so the handler drops every conflicting change and remembers what it decided; after
the changeset, `finish` writes the winner's whole row and logs the loser, in the same
transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import apsw

from ompm_desktop.sync.tables import has_updated_at

Row = dict[str, Any]
SET_ASIDE = "set aside as deleted: it clashes with another record (the same badge, perhaps)"
LOG_NAMESPACE = uuid.UUID("6f1d2c9e-3b7a-4e55-9a51-0d3c8b6f2a10")


@dataclass
class Loser:
    table: str
    row_id: str
    row: Row
    loser_machine: str
    winner_updated_at: str
    winner_machine: str

    def log_id(self) -> str:
        """The same losing version gets the same id, so a sync repeated after an interruption
        does not log it twice."""
        key = f"{self.table}|{self.row_id}|{json.dumps(self.row, sort_keys=True, default=str)}"
        return str(uuid.uuid5(LOG_NAMESPACE, key))


@dataclass
class Resolver:
    """Decides each conflict of one changeset applied to `target`.

    incoming_row(table, row_id) reads the sender's whole current row; target_machine(table,
    row_id) names the machine that last wrote the target's row."""

    target: apsw.Connection
    incoming_row: Callable[[str, str], Row | None]
    incoming_machine: str
    target_machine: Callable[[str, str], str]
    winners: list[tuple[str, Row]] = field(default_factory=list)
    losers: list[Loser] = field(default_factory=list)
    already_there: int = 0  # changes the target already had (a repeated sync)
    refused: int = 0  # changes the target's rules refused (kept as losers where possible)
    incoming_lost: set[tuple[str, str]] = field(default_factory=set)
    set_aside: list[tuple[str, Row]] = field(default_factory=list)
    _columns: dict[str, list[str]] = field(default_factory=dict)

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [
                row[1] for row in self.target.execute(f"PRAGMA main.table_info([{table}])")]
        return self._columns[table]

    def __call__(self, reason: int, change: apsw.TableChange) -> int:
        omit = apsw.SQLITE_CHANGESET_OMIT
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            return omit  # keep what was applied; a reference left dangling is rare and shown
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            return omit  # the row was purged here (retention): the purge stands
        table = change.name
        if change.op == "DELETE":
            # Only links are ever deleted outright (a record is deleted softly, by an update):
            # an unlinking is deliberate (retention erases residents' links so), and stands.
            if reason == apsw.SQLITE_CHANGESET_DATA:
                return apsw.SQLITE_CHANGESET_REPLACE
            return omit
        if not has_updated_at(table):
            # Links and events carry no updated_at: the row already here stands.
            self.already_there += 1
            return omit
        key = change.new if change.op == "INSERT" else change.old
        assert key is not None  # an insert has its new row, an update or delete its old one
        row_id = str(key[0])
        incoming = self.incoming_row(table, row_id)
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT or change.conflict is None:
            # A rule of this copy refuses the row (two laptops gave one badge to two
            # officers...): a new row is kept, set aside as deleted, and logged, so nothing
            # that refers to it breaks and the sergeant can sort it out from the review.
            self.refused += 1
            self.incoming_lost.add((table, row_id))
            if incoming is not None and table != "conflict_log":
                if change.op == "INSERT":
                    self.set_aside.append((table, incoming))
                self.losers.append(Loser(table, row_id, incoming, self.incoming_machine,
                                         "", SET_ASIDE))
            return omit
        current = dict(zip(self.columns(table), change.conflict, strict=True))
        if incoming is None or incoming == current:
            self.already_there += 1
            return omit
        if str(incoming["updated_at"]) > str(current["updated_at"]):
            self.winners.append((table, incoming))
            if table != "conflict_log":
                self.losers.append(Loser(table, row_id, current,
                                         self.target_machine(table, row_id),
                                         str(incoming["updated_at"]), self.incoming_machine))
            return omit
        self.incoming_lost.add((table, row_id))
        if table != "conflict_log":
            self.losers.append(Loser(table, row_id, incoming, self.incoming_machine,
                                     str(current["updated_at"]),
                                     self.target_machine(table, row_id)))
        return omit

    def finish(self, now: str) -> None:
        """Write the winners' whole rows and log the losers (inside the apply's transaction)."""
        for table, row in self.winners:
            names = [name for name in row if name != "id"]
            assignments = ", ".join(f"[{name}] = ?" for name in names)
            self.target.execute(f"UPDATE main.[{table}] SET {assignments} WHERE id = ?",
                                [*(row[name] for name in names), row["id"]])
        for table, row in self.set_aside:
            kept = {**row, "deleted_at": now, "updated_at": now}
            columns = ", ".join(f"[{name}]" for name in kept)
            marks = ", ".join("?" for _ in kept)
            self.target.execute(f"INSERT OR IGNORE INTO main.[{table}] ({columns}) "
                                f"VALUES ({marks})", list(kept.values()))
        for loser in self.losers:
            self.target.execute(
                "INSERT OR IGNORE INTO main.conflict_log (id, created_at, updated_at, "
                "deleted_at, table_name, row_id, loser, loser_updated_at, loser_machine, "
                "winner_updated_at, winner_machine, restored_at) "
                "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL)",
                [loser.log_id(), now, now, loser.table, loser.row_id,
                 json.dumps(loser.row, ensure_ascii=False, default=str),
                 str(loser.row.get("updated_at") or ""), loser.loser_machine,
                 loser.winner_updated_at or now, loser.winner_machine])


def read_row(connection: apsw.Connection, schema: str, table: str, row_id: str) -> Row | None:
    names = [row[1] for row in connection.execute(f"PRAGMA {schema}.table_info([{table}])")]
    values = connection.execute(
        f"SELECT * FROM {schema}.[{table}] WHERE id = ?", [row_id]).fetchone()
    return None if values is None else dict(zip(names, values, strict=True))
