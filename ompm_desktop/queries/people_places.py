"""The lists of officers, beats, neighbourhoods and briefing items."""

from __future__ import annotations

from ompm_desktop.i18n import N_, _
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
from ompm_desktop.queries.field_columns import field_columns, field_search_sql
from ompm_desktop.queries.names import any_matches, officer_label
from ompm_desktop.services.briefing_items import (
    ITEM_STATE_LABELS,
    BriefingItemService,
    state_condition,
)
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.record_service import Record


def _describe_officer(row: Record) -> tuple[str, str]:
    details = [_("Badge {badge}").format(badge=row["badge"])]
    if row.get("platoon"):
        details.append(_("Platoon {platoon}").format(platoon=row["platoon"]))
    if not row.get("active"):
        details.append(_("inactive"))
    return row["name"], " · ".join(details)


OFFICERS = RecordList(
    kind="officer",
    table="officer",
    title=N_("Officers"),
    columns=field_columns("officer", OfficerService.fields, own={
        "badge": Column("badge", N_("Badge"), "officer.badge",
                        sort_sql=("length(officer.badge)", "officer.badge")),
        # The last name is shown in the officer's name, as the briefing names them.
        "last_name": Column("name", N_("Name"), officer_label("officer"),
                            sort_sql=("fold(officer.last_name)", "fold(officer.first_name)")),
    }),
    default_sort="name",
    filters=(
        Filter("rank", N_("Rank"), fixed_options(RANKS), clause="officer.rank = :value"),
        Filter("platoon", N_("Platoon"), fixed_options(PLATOONS),
               clause="officer.platoon = :value"),
        Filter("active", N_("Active"), YES_NO, clause="officer.active = :value"),
    ),
    search_sql=(field_search_sql("officer", OfficerService.fields),),
    describe=_describe_officer,
)

BEATS = RecordList(
    kind="beat",
    table="beat",
    title=N_("Beats"),
    columns=(
        Column("name", N_("Name"), "beat.name", sort_sql=("beat.name COLLATE numbers",)),
        Column("code", N_("Code"), "beat.code"),
        Column("neighbourhoods", N_("Neighbourhoods"),
               "(SELECT group_concat(x.name, '; ') FROM (SELECT name FROM neighbourhood n "
               "WHERE n.beat_id = beat.id AND n.deleted_at IS NULL ORDER BY n.name) x)"),
        Column("description", N_("Description"), "beat.description", display=display.first_line),
    ),
    default_sort="name",
    search_sql=(
        "SELECT rowid FROM beat WHERE " + any_matches("name", "code", "description"),
    ),
    describe=lambda row: (row["name"], row.get("neighbourhoods") or _("Beat")),
)

LATEST_ASSESSMENT = (
    "(SELECT a.{column} FROM assessment a WHERE a.neighbourhood_id = neighbourhood.id "
    "AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)"
)

NEIGHBOURHOODS = RecordList(
    kind="neighbourhood",
    table="neighbourhood",
    title=N_("Neighbourhoods"),
    joins="LEFT JOIN beat b ON b.id = neighbourhood.beat_id",
    columns=(
        *field_columns("neighbourhood", NeighbourhoodService.fields, own={
            "beat_id": Column("beat", N_("Beat"), "b.name", sort_sql=("b.name COLLATE numbers",)),
        }),
        # 'unplaced': assessed, but its capacity is unknown (an imported batch of counts).
        Column("quadrant", N_("Quadrant"), f"coalesce({LATEST_ASSESSMENT.format(column='quadrant')}"
               f", CASE WHEN {LATEST_ASSESSMENT.format(column='assessed_on')} IS NOT NULL "
               "THEN 'unplaced' END)", display=display.quadrant_name),
        Column("assessed_on", N_("Last assessed"), LATEST_ASSESSMENT.format(column="assessed_on")),
    ),
    default_sort="name",
    filters=(
        Filter("beat_id", N_("Beat"), rows_options(
            "SELECT id, name FROM beat WHERE deleted_at IS NULL ORDER BY name COLLATE numbers"),
            clause="neighbourhood.beat_id = :value"),
        Filter("quadrant", N_("Quadrant"), fixed_options([q.value for q in QUADRANTS],
                                                     display.quadrant_name),
               clause=f"{LATEST_ASSESSMENT.format(column='quadrant')} = :value"),
    ),
    search_sql=(
        field_search_sql("neighbourhood", NeighbourhoodService.fields),
        "SELECT rowid FROM neighbourhood WHERE beat_id IN (SELECT id FROM beat "
        f"WHERE {any_matches('name')})",
    ),
    describe=lambda row: (row["name"], " · ".join(
        part for part in (row.get("beat") or "", display.quadrant_name(row.get("quadrant"))
                          if row.get("quadrant") else _("Not assessed yet")) if part)),
)

BRIEFING_ITEMS = RecordList(
    kind="briefing_item",
    table="briefing_item",
    title=N_("Briefing items"),
    columns=field_columns("briefing_item", BriefingItemService.fields, leading=("title",), own={
        "title": Column("title", N_("Title"), "briefing_item.title"),  # sorted as written
        "kind": Column("kind", N_("Kind"), "briefing_item.kind", display=display.briefing_kind),
        "scope": Column("scope", N_("Where"),
                        "CASE briefing_item.scope "
                        "WHEN 'beat' THEN (SELECT name FROM beat WHERE id = briefing_item.beat_id) "
                        "WHEN 'neighbourhood' THEN (SELECT name FROM neighbourhood "
                        "WHERE id = briefing_item.neighbourhood_id) "
                        f"ELSE '{display.WHOLE_DIVISION}' END", display=display.scope),
    }),
    default_sort="starts_at",
    default_descending=True,
    filters=(
        Filter("kind", N_("Kind"), fixed_options(BRIEFING_KINDS, display.briefing_kind),
               clause="briefing_item.kind = :value"),
        # In force now, upcoming, expired: decided at the moment the list is read.
        Filter("state", N_("State"), fixed_options(tuple(ITEM_STATE_LABELS),
                                                   lambda state: _(ITEM_STATE_LABELS[state])),
               states={state: state_condition(state, ":now") for state in ITEM_STATE_LABELS}),
    ),
    search_sql=(field_search_sql("briefing_item", BriefingItemService.fields),),
    describe=lambda row: (row["title"], _("{kind} · from {when}").format(
        kind=display.briefing_kind(row["kind"]), when=display.when(row["starts_at"]))),
)
