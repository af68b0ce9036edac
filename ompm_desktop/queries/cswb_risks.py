"""The list of the CSWB plan's priority risks, with the initiatives and partners on each."""

from __future__ import annotations

from ompm_desktop.cswb.words import AREAS
from ompm_desktop.i18n import N_
from ompm_desktop.queries import display
from ompm_desktop.queries.base import Column, Filter, RecordList, fixed_options
from ompm_desktop.queries.field_columns import field_columns
from ompm_desktop.queries.names import any_matches
from ompm_desktop.services.cswb_risks import CswbRiskService
from ompm_desktop.services.record_service import Context


def risk_options(context: Context) -> list[tuple[str, str]]:
    """The plan's risks by name, for a picker."""
    rows = context.db.execute(
        "SELECT id, name FROM cswb_risk WHERE deleted_at IS NULL ORDER BY name")
    return [(row[0], row[1]) for row in rows]


def _count(link: str, other: str) -> str:
    return (f"(SELECT count(*) FROM {link} l JOIN {other} o ON o.id = l.{other}_id "
            f"WHERE l.cswb_risk_id = cswb_risk.id AND o.deleted_at IS NULL)")


CSWB_RISKS = RecordList(
    kind="cswb_risk",
    table="cswb_risk",
    title=N_("CSWB plan"),
    columns=(
        *field_columns("cswb_risk", CswbRiskService.fields),
        Column("initiatives", N_("Initiatives"), _count("initiative_risk", "initiative"),
               display=lambda v: str(v) if v else ""),
        Column("partners", N_("Partners"), _count("partner_risk", "partner"),
               display=lambda v: str(v) if v else ""),
    ),
    default_sort="name",
    filters=(
        Filter("area", N_("Area"), fixed_options(AREAS, display.translated),
               clause="cswb_risk.area = :value"),
    ),
    search_sql=("SELECT rowid FROM cswb_risk WHERE "
                + any_matches("name", "area", "outcomes", "description"),),
    describe=lambda row: (row["name"], display.capitalized(display.translated(row["area"]))),
)
