"""The generic service behind every kind of record: validate, write in one transaction, audit."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlite_utils import Database

from ompm_desktop.clock import Clock, iso, utc_now
from ompm_desktop.errors import NotFoundError, ValidationError
from ompm_desktop.i18n import _, pgettext
from ompm_desktop.services import audit
from ompm_desktop.services.fields import Field

Record = dict[str, Any]
# Aliases: inside RecordService, `list` names the method, not the builtin.
Records = list[Record]
Params = list[Any]
Ids = list[str]


@dataclass
class Context:
    """What every service call needs: the database, who is acting, and the time."""

    db: Database
    actor: str = "Unknown user"
    clock: Clock = field(default=utc_now)

    def now(self) -> str:
        return iso(self.clock())


@dataclass(frozen=True)
class Link:
    """A many-to-many link kept in a link table, edited as a list of ids on the record."""

    table: str
    own_column: str
    other_column: str
    other_table: str
    english_label: str  # "Partner", marked with N_(); `label` reads it translated
    english_plural: str = ""  # "Partners", marked with N_()
    context: str = ""  # for a word that reads two ways in French ("Partner": see i18n)

    @property
    def label(self) -> str:
        return pgettext(self.context, self.english_label) if self.context else _(
            self.english_label)

    @property
    def plural_label(self) -> str:
        return _(self.english_plural) if self.english_plural else self.label + "s"


class RecordService:
    table: ClassVar[str]
    noun: ClassVar[str]  # "partner", marked with N_(): used in messages
    # "That partner no longer exists...", marked with N_(): French nouns have a gender, so a
    # kind can say it in a sentence of its own (else the sentence with {noun} is used).
    gone_message: ClassVar[str | None] = None
    fields: ClassVar[dict[str, Field]]
    links: ClassVar[dict[str, Link]] = {}
    default_order: ClassVar[str] = "created_at"

    def __init__(self, context: Context) -> None:
        self.context = context
        # Inside remembering_refs(): references already found alive, not looked up again.
        self._known_refs: set[tuple[str, str]] | None = None

    @property
    def db(self) -> Database:
        return self.context.db

    # ---- reading -------------------------------------------------------------------

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        rows = list(self.db.table(self.table).rows_where("id = ?", [record_id]))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise NotFoundError(self._gone())
        record = rows[0]
        for name, link in self.links.items():
            record[name] = self._linked_ids(link, record_id)
        return record

    def _gone(self) -> str:
        if self.gone_message:
            return _(self.gone_message)
        return _("That {noun} no longer exists (it may have been deleted).").format(
            noun=_(self.noun))

    def list(
        self,
        where: str | None = None,
        params: Params | None = None,
        *,
        include_deleted: bool = False,
        order_by: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Records:
        return list(
            self.iter(
                where,
                params,
                include_deleted=include_deleted,
                order_by=order_by,
                limit=limit,
                offset=offset,
            )
        )

    def iter(
        self,
        where: str | None = None,
        params: Params | None = None,
        *,
        include_deleted: bool = False,
        order_by: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[Record]:
        clauses = [] if include_deleted else ["deleted_at IS NULL"]
        if where:
            clauses.append(f"({where})")
        yield from self.db.table(self.table).rows_where(
            " AND ".join(clauses) or None,
            params or [],
            order_by=order_by or self.default_order,
            limit=limit,
            offset=offset,
        )

    def deleted(self) -> Records:
        return self.list("deleted_at IS NOT NULL", include_deleted=True, order_by="deleted_at DESC")

    def count(self, where: str | None = None, params: Params | None = None) -> int:
        clause = "deleted_at IS NULL" + (f" AND ({where})" if where else "")
        row = self.db.execute(
            f"SELECT count(*) FROM {self.table} WHERE {clause}", params or []
        ).fetchone()
        return int(row[0])

    def count_by(self, column: str, values: Iterable[Any]) -> dict[Any, int]:
        """How many records (not deleted) have each of `values` in `column`, 0 for none: what
        `count` would answer for each, in one query."""
        wanted = list(values)
        found = dict.fromkeys(wanted, 0)
        found.update(self.db.execute(
            f"SELECT {column}, count(*) FROM {self.table} WHERE deleted_at IS NULL AND "
            f"{column} IN (SELECT value FROM json_each(?)) GROUP BY {column}",
            [json.dumps(wanted)]).fetchall())
        return found

    # ---- writing -------------------------------------------------------------------

    def create(self, data: Mapping[str, Any]) -> Record:
        values, links = self._clean(data, existing=None)
        now = self.context.now()
        record_id = str(data.get("id") or uuid.uuid4())
        row = {"id": record_id, "created_at": now, "updated_at": now, "deleted_at": None}
        row.update(values)
        with self.db.atomic():
            self.db.table(self.table).insert(row)
            for name, ids in links.items():
                self._set_links(self.links[name], record_id, ids, now)
            after = self.get(record_id)
            self._audit("create", record_id, None, after, now)
        return after

    def update(self, record_id: str, changes: Mapping[str, Any]) -> Record:
        with self.db.atomic():
            before = self.get(record_id)
            values, links = self._clean(changes, existing=before)
            now = self.context.now()
            self.db.table(self.table).update(record_id, {**values, "updated_at": now})
            for name, ids in links.items():
                self._set_links(self.links[name], record_id, ids, now)
            after = self.get(record_id)
            self._audit("update", record_id, before, after, now)
        return after

    def create_many(self, rows: Iterable[Mapping[str, Any]]) -> Ids:
        """Create many records in one transaction, each cleaned and validated as create() does.

        For bulk work (imports): the rows are written as they come, so a later row's rules
        see the earlier ones, but without create()'s read-back, and with the audit entries
        written together. A ValidationError stops the whole batch (nothing is written).
        Services that add to create() get create() itself, row by row.
        """
        if type(self).create is not RecordService.create:
            with self.db.atomic():
                return [self.create(data)["id"] for data in rows]
        created: Ids = []
        audits: Records = []
        statements: dict[tuple[str, ...], str] = {}
        with self.db.atomic(), self.remembering_refs():
            for data in rows:
                values, links = self._clean(data, existing=None)
                now = self.context.now()
                record_id = str(data.get("id") or uuid.uuid4())
                row = {"id": record_id, "created_at": now, "updated_at": now, "deleted_at": None}
                row.update(values)
                sql = statements.get(tuple(row))
                if sql is None:
                    columns = ", ".join(f"[{name}]" for name in row)
                    marks = ", ".join("?" for _ in row)
                    sql = f"INSERT INTO [{self.table}] ({columns}) VALUES ({marks})"
                    statements[tuple(row)] = sql
                self.db.execute(sql, list(row.values()))
                for name, ids in links.items():
                    link = self.links[name]
                    self.db.conn.executemany(
                        f"INSERT INTO [{link.table}] ([{link.own_column}], [{link.other_column}], "
                        "created_at) VALUES (?, ?, ?)",
                        [(record_id, other, now) for other in ids],
                    )
                after = {**row, **{name: links.get(name, []) for name in self.links}}
                audits.append(audit.change_row(
                    at=now, actor=self.context.actor, action="create", table=self.table,
                    row_id=record_id, before=None, after=after,
                ))
                created.append(record_id)
            self.db.table("audit_log").insert_all(audits, batch_size=500)
        return created

    def delete(self, record_id: str) -> Record:
        """A soft delete: the record leaves every list and can be restored."""
        with self.db.atomic():
            before = self.get(record_id)
            now = self.context.now()
            self.db.table(self.table).update(record_id, {"deleted_at": now, "updated_at": now})
            after = self.get(record_id, include_deleted=True)
            self._audit("delete", record_id, before, after, now)
        return after

    def restore(self, record_id: str) -> Record:
        with self.db.atomic():
            before = self.get(record_id, include_deleted=True)
            if not before["deleted_at"]:
                return before
            self.check_restorable(before)
            now = self.context.now()
            self.db.table(self.table).update(record_id, {"deleted_at": None, "updated_at": now})
            after = self.get(record_id)
            self._audit("restore", record_id, before, after, now)
        return after

    # ---- hooks for the kinds of record ---------------------------------------------

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        """Rules across fields, and uniqueness. Raise ValidationError with the field's name."""

    def check_restorable(self, record: Record) -> None:
        """Raise ValidationError if restoring the record would break a rule."""
        self.validate({}, record)

    # ---- helpers -------------------------------------------------------------------

    def _clean(
        self, data: Mapping[str, Any], existing: Record | None
    ) -> tuple[dict[str, Any], dict[str, Ids]]:
        unknown = set(data) - set(self.fields) - set(self.links) - {"id"}
        if unknown:
            raise ValidationError(_("A {noun} has no field named {names}.").format(
                noun=_(self.noun), names=", ".join(sorted(unknown))))
        values: dict[str, Any] = {}
        for name, spec in self.fields.items():
            if name in data:
                values[name] = spec.clean(name, data[name])
            elif existing is None:
                values[name] = spec.clean(name, spec.default)
            if spec.kind == "ref" and values.get(name):
                self._check_ref(name, spec, values[name])
        links = {}
        for name, link in self.links.items():
            if name in data:
                given = data[name] or []
                if isinstance(given, str) or not isinstance(given, list | tuple | set):
                    raise ValidationError(_("Choose the {items} from the list.").format(
                        items=link.plural_label.lower()), name)
                ids = list(dict.fromkeys(str(i) for i in given))
                for other_id in ids:
                    self._check_ref(name, Field(link.english_label, "ref", ref=link.other_table,
                                                context=link.context), other_id)
                links[name] = ids
        self.validate({**values, **links}, existing)  # a rule may look at the links too
        return values, links

    def _check_ref(self, name: str, spec: Field, value: str) -> None:
        assert spec.ref is not None
        known = self._known_refs
        if known is not None and (spec.ref, value) in known:
            return
        row = self.db.execute(
            f"SELECT deleted_at FROM {spec.ref} WHERE id = ?", [value]
        ).fetchone()
        if row is None or row[0] is not None:
            raise ValidationError(
                _("The {field} chosen no longer exists; choose another.").format(
                    field=spec.label.lower()), name)
        if known is not None:
            known.add((spec.ref, value))

    @contextmanager
    def remembering_refs(self) -> Iterator[None]:
        """For bulk work in one transaction that deletes nothing: a referenced record found
        alive once is not looked up again."""
        outer = self._known_refs
        self._known_refs = outer if outer is not None else set()
        try:
            yield
        finally:
            self._known_refs = outer

    def _linked_ids(self, link: Link, record_id: str) -> Ids:
        rows = self.db.execute(
            f"SELECT {link.other_column} FROM {link.table} WHERE {link.own_column} = ? "
            "ORDER BY created_at, rowid",
            [record_id],
        ).fetchall()
        return [row[0] for row in rows]

    def _set_links(self, link: Link, record_id: str, ids: Ids, now: str) -> None:
        self.db.execute(f"DELETE FROM {link.table} WHERE {link.own_column} = ?", [record_id])
        self.db.table(link.table).insert_all(
            [
                {link.own_column: record_id, link.other_column: other, "created_at": now}
                for other in ids
            ]
        )

    def _audit(
        self, action: str, record_id: str, before: Record | None, after: Record | None, now: str
    ) -> None:
        audit.record_change(
            self.db,
            at=now,
            actor=self.context.actor,
            action=action,
            table=self.table,
            row_id=record_id,
            before=before,
            after=after,
        )

    def find_duplicate(
        self, column_sql: str, params: Params, existing: Record | None
    ) -> Record | None:
        """An active record other than `existing` matching a condition (for uniqueness rules)."""
        where = f"deleted_at IS NULL AND ({column_sql})"
        if existing is not None:
            where += " AND id != ?"
            params = [*params, existing["id"]]
        # Straight to SQLite: rows_where asks first whether the table exists, which cost more
        # than the indexed look-up itself (a large import checks every row).
        cursor = self.db.execute(f"SELECT * FROM [{self.table}] WHERE {where} LIMIT 1", params)
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    @staticmethod
    def merged(values: dict[str, Any], existing: Record | None, name: str) -> Any:
        """A field's value after this change: the new value if given, else the stored one."""
        if name in values:
            return values[name]
        return existing.get(name) if existing else None
