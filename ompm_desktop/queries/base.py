"""Lists of records as the pages show them.

A RecordList reads one page of rows at a time (so a list of 200,000 contacts opens at
once), sorted by any column, narrowed by filters, and searched as the user types: every
word typed must appear somewhere in the record, inside its texts (SQLite FTS5: summaries,
notes, stage texts) or in the names it shows (officer, neighbourhood, partners).

SQL given to a RecordList refers to the main table by its own name. Filter and search SQL
use only the main table (and subqueries), so counting needs no joins. Named parameters
available everywhere: :today (local date, YYYY-MM-DD) and :now (UTC stamp).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ompm_desktop.clock import iso, today
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _, pgettext
from ompm_desktop.queries.display import plain, yes_no
from ompm_desktop.services.record_service import Context, Record
from ompm_desktop.text_fold import fold

Options = list[tuple[str, str]]  # (value, label)
Params = dict[str, Any]

WORD = re.compile(r"[^\W_]+")


def translated_label(english: str, context: str = "") -> str:
    """A label in the current language; with a context, the catalogue's entry in that context
    ("community" for a community partner, where "Partner" alone is the officer riding along
    on the briefing's assignments)."""
    return pgettext(context, english) if context else _(english)


@dataclass(frozen=True)
class Column:
    key: str
    english_label: str  # marked with N_(); `label` reads it in the language of the moment
    sql: str
    sort_sql: tuple[str, ...] = ()  # expressions to sort by; the column's own by default
    display: Callable[[Any], str] = plain
    sortable: bool = True
    context: str = ""  # for a word that reads two ways in French ("Partner": see i18n)

    @property
    def label(self) -> str:
        """The column's title as the list's header shows it, in the current language."""
        return translated_label(self.english_label, self.context)


@dataclass(frozen=True)
class Filter:
    """A choice that narrows a list. `clause` uses :value; `states` maps fixed values to SQL."""

    key: str
    english_label: str  # marked with N_(); `label` reads it in the language of the moment
    options: Callable[[Context], Options]
    clause: str = ""
    states: Mapping[str, str] = field(default_factory=dict)
    context: str = ""  # for a word that reads two ways in French ("Partner": see i18n)

    @property
    def label(self) -> str:
        """The filter's name beside its drop-down, in the current language."""
        return translated_label(self.english_label, self.context)

    def sql(self, value: str) -> str:
        if self.states:
            if value not in self.states:
                raise ValidationError(_("'{value}' is not a choice of {filter}.").format(
                    value=value, filter=self.label.lower()))
            return self.states[value]
        return self.clause


@dataclass(frozen=True)
class ListRequest:
    """What a list shows: the search text, the filters chosen, the sort, deleted or not."""

    search: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    sort: str | None = None
    descending: bool | None = None
    deleted: bool = False  # the "Recently deleted" view

    def replace(self, **changes: Any) -> ListRequest:
        return dataclasses.replace(self, **changes)

    def with_filter(self, key: str, value: str | None) -> ListRequest:
        filters = {k: v for k, v in self.filters.items() if k != key}
        if value not in (None, ""):
            filters[key] = str(value)
        return self.replace(filters=filters)


def search_words(text: str) -> list[str]:
    return WORD.findall(text or "")


def fts_phrase(word: str) -> str:
    """One word as an FTS5 prefix query: 'compt' finds 'Compton'."""
    return '"' + word.replace('"', '""') + '"*'


class RecordList:
    def __init__(
        self,
        *,
        kind: str,
        table: str,
        title: str,
        columns: Sequence[Column],
        default_sort: str,
        default_descending: bool = False,
        joins: str = "",
        filters: Sequence[Filter] = (),
        fts_table: str | None = None,
        search_sql: Sequence[str] = (),
        extra_sql: Mapping[str, str] | None = None,
        soft_delete: bool = True,
        describe: Callable[[Record], tuple[str, str]] | None = None,
        finish_row: Callable[[Record], Record] | None = None,
    ) -> None:
        """`search_sql`: statements selecting the main table's rowid for a word given as
        {like} (a '%word%' parameter, folded: compare it with fold(column)); `extra_sql`:
        values each row carries without a column; `describe(row)` gives a title and a
        subtitle for global search."""
        self.kind = kind
        self.table = table
        self.english_title = title  # marked with N_(); `title` reads it translated
        self.columns = tuple(columns)
        self.by_key = {column.key: column for column in self.columns}
        self.default_sort = default_sort
        self.default_descending = default_descending
        self.joins = joins
        self.filters = {f.key: f for f in filters}
        self.fts_table = fts_table
        self.search_sql = tuple(search_sql)
        self.extra_sql = dict(extra_sql or {})
        self.soft_delete = soft_delete
        self._describe = describe
        self._finish_row = finish_row

    @property
    def title(self) -> str:
        """The list's name ("Partners"), in the current language."""
        return _(self.english_title)

    # ---- reading -------------------------------------------------------------------

    def count(self, context: Context, request: ListRequest | None = None) -> int:
        where, params = self.where(context, request or ListRequest())
        sql = f"SELECT count(*) FROM {self.table} WHERE {where}"
        return int(context.db.execute(sql, params).fetchone()[0])

    def page(
        self, context: Context, request: ListRequest | None = None, offset: int = 0,
        limit: int = 200,
    ) -> list[Record]:
        request = request or ListRequest()
        where, params = self.where(context, request)
        params.update(limit=limit, offset=offset)
        order = self.order_by(request)
        # The page's rows are found and sorted first, and only they get their shown columns
        # (joined names, counts): a search matching thousands of contacts no longer works
        # out every one's partners before keeping 200.
        sql = (
            f"{self._select()} WHERE {self.table}.rowid IN (SELECT {self.table}.rowid "
            f"FROM {self.table} {self.joins} WHERE {where} ORDER BY {order} "
            f"LIMIT :limit OFFSET :offset) ORDER BY {order}"
        )
        return self._rows(context, sql, params)

    def row(self, context: Context, record_id: Any) -> Record | None:
        """One record as the list shows it, deleted or not (to refresh a row after an edit)."""
        params = self.base_params(context)
        params["id"] = record_id
        rows = self._rows(context, f"{self._select()} WHERE {self.table}.id = :id", params)
        return rows[0] if rows else None

    def describe(self, row: Record) -> tuple[str, str]:
        if self._describe:
            return self._describe(row)
        first = self.columns[0]
        return first.display(row.get(first.key)), self.title

    def display(self, row: Record, key: str) -> str:
        column = self.by_key[key]
        return column.display(row.get(key))

    # ---- SQL -------------------------------------------------------------------------

    def base_params(self, context: Context) -> Params:
        return {"today": today(context.clock).isoformat(), "now": iso(context.clock())}

    def where(self, context: Context, request: ListRequest) -> tuple[str, Params]:
        params = self.base_params(context)
        context.db.conn.create_function("fold", 1, fold, deterministic=True)
        clauses = []
        if self.soft_delete:
            state = "IS NOT NULL" if request.deleted else "IS NULL"
            clauses.append(f"{self.table}.deleted_at {state}")
        for number, (key, value) in enumerate(sorted(request.filters.items())):
            if key not in self.filters:
                raise ValidationError(_("The {list} list has no filter '{key}'.").format(
                    list=self.title.lower(), key=key))
            name = f"f{number}"
            clauses.append("(" + self.filters[key].sql(value).replace(":value", f":{name}") + ")")
            params[name] = value
        for number, word in enumerate(search_words(request.search)):
            sources = []
            if self.fts_table:
                sources.append(
                    f"SELECT rowid FROM {self.fts_table} WHERE {self.fts_table} MATCH :w{number}"
                )
                params[f"w{number}"] = fts_phrase(word)
            for statement in self.search_sql:
                sources.append(statement.replace("{like}", f":l{number}"))
            params[f"l{number}"] = f"%{fold(word)}%"
            clauses.append(f"{self.table}.rowid IN ({' UNION '.join(sources)})")
        return " AND ".join(clauses) or "1", params

    def order_by(self, request: ListRequest) -> str:
        if request.sort is not None and request.sort not in self.by_key:
            raise ValidationError(_("The {list} list has no column '{key}'.").format(
                list=self.title.lower(), key=request.sort))
        if request.sort is None and request.deleted and self.soft_delete:
            descending = True if request.descending is None else request.descending
            expressions: tuple[str, ...] = (f"{self.table}.deleted_at",)
        else:
            key = request.sort or self.default_sort
            column = self.by_key[key]
            descending = (
                request.descending if request.descending is not None
                else (self.default_descending if request.sort is None else False)
            )
            expressions = column.sort_sql or (column.sql,)
        direction = "DESC" if descending else "ASC"
        parts = [f"{expression} {direction}" for expression in expressions]
        parts.append(f"{self.table}.rowid {direction}")
        return ", ".join(parts)

    def _select(self) -> str:
        selected = [f"{self.table}.id AS id"]
        if self.soft_delete:
            selected.append(f"{self.table}.deleted_at AS deleted_at")
        selected += [f"{column.sql} AS [{column.key}]" for column in self.columns]
        selected += [f"{sql} AS [{key}]" for key, sql in self.extra_sql.items()]
        return f"SELECT {', '.join(selected)} FROM {self.table} {self.joins}"

    def _rows(self, context: Context, sql: str, params: Params) -> list[Record]:
        cursor = context.db.execute(sql, params)
        names = [description[0] for description in cursor.description]
        rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        if self._finish_row:
            rows = [self._finish_row(row) for row in rows]
        return rows


def fixed_options(values: Sequence[str], label: Callable[[Any], str] = plain) -> Callable[
    [Context], Options
]:
    """Options from a fixed list (kinds, ranks, stages...), labelled when the list is read,
    so in the language of that moment."""
    return lambda _context: [(value, label(value)) for value in values]


def rows_options(sql: str) -> Callable[[Context], Options]:
    """Options read from the database: `sql` selects (value, label) pairs."""
    return lambda context: [(str(v), str(label)) for v, label in context.db.execute(sql)]


YES_NO: Callable[[Context], Options] = fixed_options(("1", "0"), lambda v: yes_no(v == "1"))
