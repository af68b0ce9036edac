"""SQL for the names records show of one another (officer labels, linked partners...)."""

from __future__ import annotations


def officer_label(alias: str) -> str:
    """'Cst. J. Morin' in SQL, as services.officers.officer_label() writes it."""
    return (
        f"({alias}.rank || ' ' || CASE WHEN {alias}.first_name != '' "
        f"THEN substr({alias}.first_name, 1, 1) || '. ' ELSE '' END || {alias}.last_name)"
    )


def linked_names(link_table: str, own_column: str, other_column: str, other_table: str,
                 own_id: str, name_column: str = "name") -> str:
    """The names of linked records still in use, joined with '; ', in the order linked."""
    return (
        f"(SELECT group_concat(x.{name_column}, '; ') FROM (SELECT o.{name_column} "
        f"FROM {link_table} l JOIN {other_table} o ON o.id = l.{other_column} "
        f"WHERE l.{own_column} = {own_id} AND o.deleted_at IS NULL "
        "ORDER BY l.created_at, l.rowid) x)"
    )


def rowids_linked_to_names(table: str, link_table: str, own_column: str, other_column: str,
                           other_table: str, name_sql: str = "fold(o.name) LIKE {like}") -> str:
    """Search SQL: rowids of `table` linked to a record whose name matches {like}.

    The names are matched first (a small table), then the links found through their index.
    """
    return (
        f"SELECT t.rowid FROM {table} t WHERE t.id IN (SELECT l.{own_column} FROM {link_table} l "
        f"WHERE l.{other_column} IN (SELECT o.id FROM {other_table} o "
        f"WHERE o.deleted_at IS NULL AND ({name_sql})))"
    )


def any_matches(*columns: str) -> str:
    """Search SQL: any of the columns holds the word (no case, no accents)."""
    return " OR ".join(f"fold({column}) LIKE {{like}}" for column in columns)
