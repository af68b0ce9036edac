"""A record list's plain columns and search, made from its service's `fields` table: every
field marked `listed` is a column (its title, how its values read and sort follow from the
field), every field marked `searched` is looked in as the user types."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ompm_desktop.queries import display
from ompm_desktop.queries.base import Column
from ompm_desktop.queries.names import any_matches
from ompm_desktop.services.fields import Field


def _display(spec: Field) -> Callable[[Any], str]:
    if spec.kind == "choice":
        return display.translated
    if spec.kind == "bool":
        # A flag usually off shows where it is on; one usually on shows both ways.
        return display.yes_no if spec.default else display.yes_or_blank
    if spec.kind == "date":
        return display.day
    if spec.kind == "datetime":
        return display.when
    if spec.kind in ("int", "real"):
        return display.number
    return display.plain


def field_column(table: str, name: str, spec: Field) -> Column:
    """The list column of one field. Text sorts as a person reads it (no case, no accents)."""
    sql = f"{table}.{name}"
    sort_sql = (f"fold({sql})",) if spec.kind == "text" else ()
    return Column(name, spec.english_column_label, sql, sort_sql=sort_sql,
                  display=_display(spec), context=spec.context)


def field_columns(table: str, fields: Mapping[str, Field],
                  own: Mapping[str, Column] | None = None,
                  leading: Sequence[str] = (), trailing: Sequence[str] = (),
                  after: Mapping[str, Sequence[Column]] | None = None) -> tuple[Column, ...]:
    """The columns of the listed fields, in the order the service defines them, after the
    fields named in `leading` (what names the record, first) and before those named in
    `trailing` (a status read last: a field added later comes before it). A field the list
    shows its own way (a badge sorted as a number, a name made of two fields) has its column
    given in `own`, which takes the field's place (a reference's too); columns that are no
    field (the partners linked) follow the field `after` names them under."""
    own, after = own or {}, after or {}
    names = [*leading, *(name for name in fields if name not in (*leading, *trailing)),
             *trailing]
    columns: list[Column] = []
    for name in names:
        if fields[name].listed or name in own:
            columns.append(own[name] if name in own else field_column(table, name, fields[name]))
        columns.extend(after.get(name, ()))
    return tuple(columns)


def field_searches(table: str, fields: Mapping[str, Field]) -> tuple[str, ...]:
    """The search SQL of the searched fields, if the service marks any (a record searched by
    its full-text index and its links alone has none yet)."""
    if not any(spec.searched for spec in fields.values()):
        return ()
    return (field_search_sql(table, fields),)


def field_search_sql(table: str, fields: Mapping[str, Field]) -> str:
    """Search SQL (see RecordList) finding the rows where a searched field holds the word."""
    searched = [name for name, spec in fields.items() if spec.searched]
    return f"SELECT rowid FROM {table} WHERE " + any_matches(*searched)
