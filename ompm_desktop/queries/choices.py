"""What a form offers to pick from: officers, neighbourhoods, partners, beats, by name."""

from __future__ import annotations

from ompm_desktop.i18n import _
from ompm_desktop.queries.display import translated
from ompm_desktop.queries.names import officer_label
from ompm_desktop.services.record_service import Context

Options = list[tuple[str, str]]


def officer_options(context: Context) -> Options:
    """'Cst. J. Morin · 4471', the active officers first by name, then the inactive."""
    rows = context.db.execute(
        f"SELECT id, {officer_label('officer')} || ' · ' || badge, active FROM officer "
        "WHERE deleted_at IS NULL ORDER BY active DESC, last_name, first_name"
    )
    return [(record_id, label if active else _inactive(label))
            for record_id, label, active in rows]


def _inactive(label: str) -> str:
    return _("{name} (inactive)").format(name=label)


def neighbourhood_options(context: Context) -> Options:
    rows = context.db.execute(
        "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name")
    return [(row[0], row[1]) for row in rows]


def beat_options(context: Context) -> Options:
    rows = context.db.execute(
        "SELECT id, name FROM beat WHERE deleted_at IS NULL ORDER BY name COLLATE numbers")
    return [(row[0], row[1]) for row in rows]


def partner_options(context: Context) -> Options:
    """Partners by name; a name shared by two kinds says its kind, as in 'Vanier (School)'
    ('Vanier (École)' in French)."""
    rows = context.db.execute(
        "SELECT id, name, kind, active, count(*) OVER (PARTITION BY lower(name)) FROM partner "
        "WHERE deleted_at IS NULL ORDER BY active DESC, name")
    options = []
    for record_id, name, kind, active, same_name in rows:
        label = f"{name} ({translated(kind)})" if same_name > 1 else name
        options.append((record_id, label if active else _inactive(label)))
    return options
