"""Saving many new records at once (a file's import): rows already cleaned and validated by
the service's own rules, as the single-record save cleans them (`clean_new`), written
set-wise in one transaction.

What `RecordService.create` does row by row is done here for the whole batch, with the same
outcome: the rows inserted with one statement run many times, their links likewise, the
full-text search index brought up to date with one INSERT ... SELECT for the new rows (the
table's insert trigger, which would index them one at a time, set aside inside the same
transaction and put back as it was), and one audit entry per record written with one
INSERT ... SELECT, saying what create() says: the record as stored, its links included.
A failure anywhere rolls the whole batch back, the trigger with it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import quote_identifier

from ompm_desktop.services import audit
from ompm_desktop.services.record_service import Ids, RecordService
from ompm_desktop.store.database import DATABASE_ERRORS, is_damage

STAMPS = ("id", "created_at", "updated_at", "deleted_at")


@dataclass
class CleanRecord:
    """A new record as the service's cleaning returned it: its fields' values (every field,
    defaults included) and its links' ids; the id a file gave it, if any."""

    values: dict[str, Any]
    links: dict[str, Ids] = field(default_factory=dict)
    record_id: str | None = None


def saves_in_bulk(service: RecordService) -> bool:
    """Whether the service's create() is the plain one (a service that adds to it, or cleans
    its own way, has its records created one at a time)."""
    kind = type(service)
    return kind.create is RecordService.create and kind._clean is RecordService._clean


def clean_new(service: RecordService, data: Mapping[str, Any]) -> CleanRecord:
    """Clean and check a new record's data exactly as create() does; raises its
    ValidationError."""
    values, links = service._clean(data, existing=None)
    record_id = data.get("id")
    return CleanRecord(values, links, str(record_id) if record_id else None)


def create_cleaned(service: RecordService, records: Sequence[CleanRecord]) -> Ids:
    """Write new records already cleaned by `clean_new` (in the caller's transaction, if
    any): the same rows, links, search index and audit entries as create() would write for
    each, in order. Returns their ids."""
    if not saves_in_bulk(service):
        raise TypeError(f"{type(service).__name__} creates its records one at a time")
    if not records:
        return []
    db, table = service.db, service.table
    now = service.context.now()
    ids = [record.record_id or str(uuid.uuid4()) for record in records]
    written = json.dumps([{"id": record_id, "links": {name: record.links.get(name, [])
                                                      for name in service.links}}
                          for record_id, record in zip(ids, records, strict=True)])
    with db.atomic(), _indexed_set_wise(db, table, written):
        _insert_rows(db, table, ids, records, now)
        for name, link in service.links.items():
            own, other_column = quote_identifier(link.own_column), quote_identifier(
                link.other_column)
            _execute_many(
                db, f"INSERT INTO {quote_identifier(link.table)} ({own}, {other_column}, "
                "created_at) VALUES (?, ?, ?)",
                [(record_id, other, now) for record_id, record in zip(ids, records, strict=True)
                 for other in record.links.get(name, [])])
        _audit_created(service, written, now)
    return ids


def _insert_rows(db: Database, table: str, ids: Ids, records: Sequence[CleanRecord],
                 now: str) -> None:
    """The rows, in order: one statement for each run of rows with the same fields."""
    rows = zip(ids, records, strict=True)
    for names, run in groupby(rows, key=lambda pair: tuple(pair[1].values)):
        columns = ", ".join(quote_identifier(name) for name in (*STAMPS, *names))
        marks = ", ".join("?" for _ in range(len(STAMPS) + len(names)))
        _execute_many(
            db, f"INSERT INTO {quote_identifier(table)} ({columns}) VALUES ({marks})",
            [(record_id, now, now, None, *record.values.values()) for record_id, record in run])


def _execute_many(db: Database, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """One statement run for every row; a file found damaged is noted as the database's
    own execute() notes it (so that it is not taken for sound when closed)."""
    try:
        db.conn.executemany(sql, rows)
    except DATABASE_ERRORS as error:
        if is_damage(error) and hasattr(db, "damage_seen"):
            db.damage_seen = True
        raise


def _audit_created(service: RecordService, written: str, now: str) -> None:
    """One 'create' entry per record, after it the record as stored and its links, as
    create() writes it (read back through get())."""
    table = quote_identifier(service.table)
    columns = [row[1] for row in service.db.execute(f"PRAGMA table_info({table})")]
    pairs = [f"'{name}', t.{quote_identifier(name)}" for name in columns]
    pairs += [f"'{name}', json(json_extract(j.value, '$.links.{name}'))"
              for name in service.links]
    service.db.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, row_id, account, before, after) "
        f"SELECT ?, ?, 'create', ?, t.id, ?, NULL, json_object({', '.join(pairs)}) "
        f"FROM json_each(?) AS j JOIN {table} AS t ON t.id = json_extract(j.value, '$.id') "
        "ORDER BY j.key",
        [now, service.context.actor, service.table, audit.os_account(), written])


@contextmanager
def _indexed_set_wise(db: Database, table: str, written: str) -> Iterator[None]:
    """Inside a transaction: the table's search-index insert trigger set aside while the rows
    go in, then the index given the new rows with one statement, as the trigger would have
    (the same rowids, the same columns), and the trigger put back. A trigger that is not
    the plain one full-text search made is left to fire."""
    fts = db.table(table).detect_fts()
    trigger = _index_trigger(db, table, fts) if fts else None
    if fts is None or trigger is None:
        yield
        return
    name, sql, indexed = trigger
    db.execute(f"DROP TRIGGER {quote_identifier(name)}")
    yield
    db.execute(
        f"INSERT INTO {quote_identifier(fts)} (rowid, {', '.join(indexed)}) "
        f"SELECT t.rowid, {', '.join(f't.{column}' for column in indexed)} "
        f"FROM json_each(?) AS j JOIN {quote_identifier(table)} AS t "
        "ON t.id = json_extract(j.value, '$.id') ORDER BY t.rowid", [written])
    db.execute(sql)


def _index_trigger(db: Database, table: str, fts: str) -> tuple[str, str, list[str]] | None:
    """The table's insert trigger that indexes each new row, if it is exactly the one
    sqlite-utils' enable_fts wrote: its name, its SQL and the indexed columns (quoted)."""
    name = f"{table}_ai"
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? "
                       "AND tbl_name = ?", [name, table]).fetchone()
    if found is None:
        return None
    indexed = [quote_identifier(row[1])
               for row in db.execute(f"PRAGMA table_info({quote_identifier(fts)})")]
    columns = ", ".join(indexed)
    new_columns = ", ".join(f"new.{column}" for column in indexed)
    expected = (f"CREATE TRIGGER {quote_identifier(name)} AFTER INSERT ON "
                f"{quote_identifier(table)} BEGIN INSERT INTO {quote_identifier(fts)} "
                f"(rowid, {columns}) VALUES (new.rowid, {new_columns}); END")
    if " ".join(found[0].split()) != expected:
        return None
    return name, found[0], indexed
