"""The lists of officers, beats, neighbourhoods and briefing items."""

from __future__ import annotations

from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.vocabulary import BRIEFING_KINDS, PLATOONS, RANKS
from ompm_desktop.queries import display
from ompm_desktop.queries.base import (
    YES_NO,
    Column,
    Filter,
    RecordList,
    fixed_options,
    rows_options,
)
from ompm_desktop.queries.names import any_matches, officer_label
from ompm_desktop.services.briefing_items import ITEM_STATE_LABELS, state_condition
from ompm_desktop.services.record_service import Record


def _describe_officer(row: Record) -> tuple[str, str]:
    details = [f"Badge {row['badge']}"]
    if row.get("platoon"):
        details.append(f"Platoon {row['platoon']}")
    if not row.get("active"):
        details.append("inactive")
    return row["name"], " · ".join(details)


OFFICERS = RecordList(
    kind="officer",
    table="officer",
    title="Officers",
    columns=(
        Column("badge", "Badge", "officer.badge",
               sort_sql=("length(officer.badge)", "officer.badge")),
        Column("name", "Name", officer_label("officer"),
               sort_sql=("fold(officer.last_name)", "fold(officer.first_name)")),
        Column("rank", "Rank", "officer.rank"),
        Column("platoon", "Platoon", "officer.platoon"),
        Column("active", "Active", "officer.active", display=display.yes_no),
    ),
    default_sort="name",
    filters=(
        Filter("rank", "Rank", fixed_options(RANKS), clause="officer.rank = :value"),
        Filter("platoon", "Platoon", fixed_options(PLATOONS), clause="officer.platoon = :value"),
        Filter("active", "Active", YES_NO, clause="officer.active = :value"),
    ),
    search_sql=(
        "SELECT rowid FROM officer WHERE "
        + any_matches("badge", "first_name", "last_name", "rank"),
    ),
    describe=_describe_officer,
)

BEATS = RecordList(
    kind="beat",
    table="beat",
    title="Beats",
    columns=(
        Column("name", "Name", "beat.name", sort_sql=("fold(beat.name)",)),
        Column("code", "Code", "beat.code"),
        Column("neighbourhoods", "Neighbourhoods",
               "(SELECT group_concat(x.name, '; ') FROM (SELECT name FROM neighbourhood n "
               "WHERE n.beat_id = beat.id AND n.deleted_at IS NULL ORDER BY n.name) x)"),
        Column("description", "Description", "beat.description", display=display.first_line),
    ),
    default_sort="name",
    search_sql=(
        "SELECT rowid FROM beat WHERE " + any_matches("name", "code", "description"),
    ),
    describe=lambda row: (row["name"], row.get("neighbourhoods") or "Beat"),
)

LATEST_ASSESSMENT = (
    "(SELECT a.{column} FROM assessment a WHERE a.neighbourhood_id = neighbourhood.id "
    "AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)"
)

NEIGHBOURHOODS = RecordList(
    kind="neighbourhood",
    table="neighbourhood",
    title="Neighbourhoods",
    joins="LEFT JOIN beat b ON b.id = neighbourhood.beat_id",
    columns=(
        Column("name", "Name", "neighbourhood.name",
               sort_sql=("fold(neighbourhood.name)",)),
        Column("beat", "Beat", "b.name"),
        Column("population", "Population", "neighbourhood.population", display=display.number),
        Column("quadrant", "Quadrant", LATEST_ASSESSMENT.format(column="quadrant"),
               display=display.quadrant_name),
        Column("assessed_on", "Last assessed", LATEST_ASSESSMENT.format(column="assessed_on")),
    ),
    default_sort="name",
    filters=(
        Filter("beat_id", "Beat", rows_options(
            "SELECT id, name FROM beat WHERE deleted_at IS NULL ORDER BY name"),
            clause="neighbourhood.beat_id = :value"),
        Filter("quadrant", "Quadrant", fixed_options([q.value for q in QUADRANTS],
                                                     display.quadrant_name),
               clause=f"{LATEST_ASSESSMENT.format(column='quadrant')} = :value"),
    ),
    search_sql=(
        "SELECT rowid FROM neighbourhood WHERE " + any_matches("name", "description"),
        "SELECT rowid FROM neighbourhood WHERE beat_id IN (SELECT id FROM beat "
        f"WHERE {any_matches('name')})",
    ),
    describe=lambda row: (row["name"], " · ".join(
        part for part in (row.get("beat") or "", display.quadrant_name(row.get("quadrant"))
                          if row.get("quadrant") else "Not assessed yet") if part)),
)

BRIEFING_ITEMS = RecordList(
    kind="briefing_item",
    table="briefing_item",
    title="Briefing items",
    columns=(
        Column("title", "Title", "briefing_item.title"),
        Column("kind", "Kind", "briefing_item.kind", display=display.briefing_kind),
        Column("scope", "Where",
               "CASE briefing_item.scope "
               "WHEN 'beat' THEN (SELECT name FROM beat WHERE id = briefing_item.beat_id) "
               "WHEN 'neighbourhood' THEN (SELECT name FROM neighbourhood "
               "WHERE id = briefing_item.neighbourhood_id) ELSE 'Whole division' END"),
        Column("starts_at", "Starts", "briefing_item.starts_at", display=display.when),
        Column("expires_at", "Expires", "briefing_item.expires_at", display=display.when),
    ),
    default_sort="starts_at",
    default_descending=True,
    filters=(
        Filter("kind", "Kind", fixed_options(BRIEFING_KINDS, display.briefing_kind),
               clause="briefing_item.kind = :value"),
        # In force now, upcoming, expired: decided at the moment the list is read.
        Filter("state", "State", fixed_options(tuple(ITEM_STATE_LABELS),
                                               ITEM_STATE_LABELS.__getitem__),
               states={state: state_condition(state, ":now") for state in ITEM_STATE_LABELS}),
    ),
    search_sql=(
        "SELECT rowid FROM briefing_item WHERE " + any_matches("title", "text"),
    ),
    describe=lambda row: (row["title"], f"{display.briefing_kind(row['kind'])} · from "
                          f"{display.when(row['starts_at'])}"),
)
