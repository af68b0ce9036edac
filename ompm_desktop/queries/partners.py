"""The list of partners, with each one's last contact and open initiatives at a glance."""

from __future__ import annotations

from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import PARTNER_KINDS
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
from ompm_desktop.queries.names import linked_names, rowids_linked_to_names
from ompm_desktop.services.partners import PartnerService
from ompm_desktop.services.record_service import Record

LAST_CONTACT = (
    "(SELECT max(c.occurred_at) FROM contact_partner cp JOIN contact c ON c.id = cp.contact_id "
    "WHERE cp.partner_id = partner.id AND c.deleted_at IS NULL)"
)
OPEN_INITIATIVES = (
    "(SELECT count(*) FROM initiative_partner ip JOIN initiative i ON i.id = ip.initiative_id "
    "WHERE ip.partner_id = partner.id AND i.deleted_at IS NULL AND i.status != 'closed')"
)
NEIGHBOURHOODS = linked_names("partner_neighbourhood", "partner_id", "neighbourhood_id",
                              "neighbourhood", "partner.id")

SINCE = "strftime('%Y-%m-%dT%H:%M:%S+00:00', :now, '-{days} days')"
LAST_CONTACT_STATES = {
    "30": f"{LAST_CONTACT} >= {SINCE.format(days=30)}",
    "quiet90": f"coalesce({LAST_CONTACT}, '') < {SINCE.format(days=90)}",
    "never": f"{LAST_CONTACT} IS NULL",
}
LAST_CONTACT_LABELS = {
    "30": N_("In the last 30 days"), "quiet90": N_("None in 90 days"), "never": N_("Never"),
}


def _describe(row: Record) -> tuple[str, str]:
    details = [display.translated(row["kind"])]
    if row.get("contact_name"):
        details.append(row["contact_name"])
    if row.get("phone"):
        details.append(row["phone"])
    return row["name"], " · ".join(details)


PARTNERS = RecordList(
    kind="partner",
    table="partner",
    title=N_("Partners"),
    columns=(
        *field_columns("partner", PartnerService.fields),
        Column("neighbourhoods", N_("Neighbourhoods"), NEIGHBOURHOODS),
        Column("last_contact", N_("Last contact"), LAST_CONTACT, display=display.day),
        Column("open_initiatives", N_("Open initiatives"), OPEN_INITIATIVES,
               display=lambda v: str(v) if v else ""),
    ),
    default_sort="name",
    filters=(
        Filter("kind", N_("Kind"), fixed_options(PARTNER_KINDS, display.translated),
               clause="partner.kind = :value"),
        Filter("active", N_("Active"), YES_NO, clause="partner.active = :value"),
        Filter("natural_leader", N_("Natural leader"), YES_NO,
               clause="partner.natural_leader = :value"),
        Filter("is_organization", N_("Organization or person"),
               fixed_options(("1", "0"), lambda v: _("Organization") if v == "1"
                             else _("Person")),
               clause="partner.is_organization = :value"),
        Filter("neighbourhood_id", N_("Neighbourhood"), rows_options(
            "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name"),
            clause="partner.id IN (SELECT partner_id FROM partner_neighbourhood "
                   "WHERE neighbourhood_id = :value)"),
        Filter("last_contact", N_("Last contact"),
               fixed_options(tuple(LAST_CONTACT_STATES), lambda v: _(LAST_CONTACT_LABELS[v])),
               states=LAST_CONTACT_STATES),
    ),
    fts_table="partner_fts",
    search_sql=(
        field_search_sql("partner", PartnerService.fields),
        rowids_linked_to_names("partner", "partner_neighbourhood", "partner_id",
                               "neighbourhood_id", "neighbourhood"),
    ),
    describe=_describe,
)
