"""The list of problem-solving initiatives (SARA), with the next step and when it is due."""

from __future__ import annotations

from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.sara import Lead, Stage
from ompm_desktop.queries import display
from ompm_desktop.queries.base import Column, Filter, RecordList, fixed_options, rows_options
from ompm_desktop.queries.field_columns import field_columns, field_search_sql
from ompm_desktop.queries.names import linked_names, rowids_linked_to_names
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.record_service import Record

STAGE_ORDER = "CASE initiative.stage " + " ".join(
    f"WHEN '{stage.value}' THEN {number}" for number, stage in enumerate(Stage)
) + " END"

NEXT_STEP_STATES = {
    "due": "initiative.status != 'closed' AND initiative.next_step_due <= :today",
    "overdue": "initiative.status != 'closed' AND initiative.next_step_due < :today",
    "week": "initiative.status != 'closed' AND initiative.next_step_due <= date(:today, '+7 days')",
    "none": "initiative.status != 'closed' AND initiative.next_step = ''",
}
NEXT_STEP_LABELS = {
    "due": N_("Due or overdue"), "overdue": N_("Overdue"), "week": N_("Due within 7 days"),
    "none": N_("No next step"),
}


# The lead as shown: an agency lead with the agency's name ('agency:CMHA').
LEAD_SHOWN = ("CASE WHEN initiative.lead = 'agency' THEN 'agency:' || coalesce((SELECT p.name "
              "FROM partner p WHERE p.id = initiative.lead_partner_id), '') "
              "ELSE initiative.lead END")


def _describe(row: Record) -> tuple[str, str]:
    parts = [display.stage_label(row["stage"]), display.lead_label(row["lead"])]
    if row.get("neighbourhoods"):
        parts.append(row["neighbourhoods"])
    return row["title"], " · ".join(parts)


INITIATIVES = RecordList(
    kind="initiative",
    table="initiative",
    title=N_("Initiatives"),
    columns=(
        *field_columns("initiative", InitiativeService.fields, trailing=("status",), own={
            "quadrant": Column("quadrant", N_("Quadrant"), "initiative.quadrant",
                               display=display.quadrant_name),
            "stage": Column("stage", N_("Stage"), "initiative.stage", sort_sql=(STAGE_ORDER,),
                            display=display.stage_label),
            "lead": Column("lead", N_("Who leads"), LEAD_SHOWN, display=display.lead_label),
            "next_step": Column("next_step", N_("Next step"), "initiative.next_step",
                                display=display.first_line),
            "status": Column("status", N_("Status"), "initiative.status",
                             display=display.status),
        }, after={
            "title": (Column("neighbourhoods", N_("Neighbourhoods"), linked_names(
                "initiative_neighbourhood", "initiative_id", "neighbourhood_id", "neighbourhood",
                "initiative.id")),),
            "status": (Column("partners", N_("Partners"), linked_names(
                "initiative_partner", "initiative_id", "partner_id", "partner",
                "initiative.id")),),
        }),
        Column("updated_at", N_("Last change"), "initiative.updated_at", display=display.day),
    ),
    default_sort="updated_at",
    default_descending=True,
    filters=(
        Filter("status", N_("Status"), fixed_options(display.INITIATIVE_STATUSES,
                                                     display.status),
               clause="initiative.status = :value"),
        Filter("stage", N_("Stage"), fixed_options([s.value for s in Stage], display.stage_label),
               clause="initiative.stage = :value"),
        Filter("lead", N_("Who leads"), fixed_options([x.value for x in Lead], display.lead_label),
               clause="initiative.lead = :value"),
        Filter("quadrant", N_("Quadrant"), fixed_options([q.value for q in QUADRANTS],
                                                     display.quadrant_name),
               clause="initiative.quadrant = :value"),
        Filter("next_step", N_("Next step"), fixed_options(
            tuple(NEXT_STEP_STATES), lambda state: _(NEXT_STEP_LABELS[state])),
               states=NEXT_STEP_STATES),
        Filter("neighbourhood_id", N_("Neighbourhood"), rows_options(
            "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name"),
            clause="initiative.id IN (SELECT initiative_id FROM initiative_neighbourhood "
                   "WHERE neighbourhood_id = :value)"),
        Filter("partner_id", N_("Partner"), rows_options(
            "SELECT id, name FROM partner WHERE deleted_at IS NULL ORDER BY name"),
            clause="initiative.id IN (SELECT initiative_id FROM initiative_partner "
                   "WHERE partner_id = :value)", context="community"),
    ),
    fts_table="initiative_fts",
    search_sql=(
        field_search_sql("initiative", InitiativeService.fields),
        rowids_linked_to_names("initiative", "initiative_neighbourhood", "initiative_id",
                               "neighbourhood_id", "neighbourhood"),
        rowids_linked_to_names("initiative", "initiative_partner", "initiative_id",
                               "partner_id", "partner"),
    ),
    describe=_describe,
)
