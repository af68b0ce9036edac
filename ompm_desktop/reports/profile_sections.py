"""The parts of a neighbourhood profile read straight from the records: the partners
serving it, its initiatives, and its contacts over the last 12 months."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, KeepTogether

from ompm_desktop.clock import iso
from ompm_desktop.i18n import N_, _, pgettext
from ompm_desktop.i18n.dates import month_year, short_month
from ompm_desktop.queries.display import capitalized, day, lead_label, stage_label
from ompm_desktop.reports.cell_text import Block, CellText, bold_cell, quadrant_cell
from ompm_desktop.reports.charts import UNSPECIFIED_LABEL, contacts_chart
from ompm_desktop.reports.contact_months import contact_months
from ompm_desktop.reports.did_it_work_lines import did_it_work_lines
from ompm_desktop.reports.document import FRAME_WIDTH
from ompm_desktop.reports.records import initiatives_for, partners_serving
from ompm_desktop.reports.styles import (
    EMPTY,
    HEADING,
    SMALL,
    gap,
    heading,
    para,
)
from ompm_desktop.reports.tables import data_table

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# An initiative's status as stored, and as read in the current language.
STATUS_WORDS = {"active": N_("active"), "on hold": N_("on hold"), "closed": N_("closed")}


def _joined(*parts: object, separator: str = ", ") -> str:
    return separator.join(str(part) for part in parts if part)


def partner_name_cell(partner: dict[str, Any]) -> CellText:
    """The partner's name in bold, and below it whether it is a natural leader, a resident."""
    notes = []
    if partner["natural_leader"]:
        notes.append(_("natural community leader"))
    if not partner["is_organization"]:
        notes.append(_("resident"))
    return bold_cell(partner["name"], Block(", ".join(notes)))


def contact_cell(partner: dict[str, Any]) -> CellText:
    """Who to ask for, and below it the languages spoken there."""
    contact = _joined(partner["contact_name"], partner["contact_role"])
    spoken = (_("Languages: {languages}").format(languages=partner["languages_spoken"])
              if partner.get("languages_spoken") else "")
    return CellText([Block(contact), Block(spoken)])


def personal_details(partner: dict[str, Any]) -> str:
    return _joined(partner.get("home_phone"), partner.get("personal_email"),
                   partner.get("home_address"), partner.get("personal_notes"), separator="; ")


# Partner, kind, contact, phone, e-mail, address: the kind's room holds the longest word of
# any kind, in French too ("communautaire"), and the e-mail's a usual address whole.
PARTNER_WIDTHS = (2.6, 1.9, 2.1, 1.9, 2.6, 2.1)


# Initiative, quadrant, SARA stage, who leads, status, next step: who leads has room for
# "communautaire" whole.
INITIATIVE_WIDTHS = (2.5, 2.4, 1.5, 1.8, 1.1, 3.0)


def partners_section(desk: Desk, neighbourhood_id: str, *,
                     include_personal: bool) -> list[Flowable]:
    since = iso(desk.context.clock() - timedelta(days=365))
    partners = partners_serving(desk, [neighbourhood_id], since=since,
                                include_personal=include_personal).rows
    headers = [pgettext("community", "Partner"), _("Kind"), _("Contact"), _("Phone"),
               _("Email"), _("Address")]
    widths = list(PARTNER_WIDTHS)
    if include_personal:
        headers.append(_("Personal details (resident)"))
        widths.append(2.6)
    rows = []
    for partner in partners:
        row = [
            partner_name_cell(partner),
            _(partner["kind"]),
            contact_cell(partner),
            partner["phone"],
            partner["email"],
            partner["address"],
        ]
        if include_personal:
            row.append(personal_details(partner))
        rows.append(row)
    return [
        *heading(_("Partners serving it ({count})").format(count=len(partners))),
        para(_("Business contact details only.") if not include_personal else
             _("Includes residents' personal details, as asked for this export."), SMALL),
        gap(3),
        data_table(headers, rows, widths,
                   empty=_("No active partner serves this neighbourhood yet.")),
    ]


def initiatives_section(desk: Desk, neighbourhood_id: str) -> list[Flowable]:
    initiatives = initiatives_for(desk, [neighbourhood_id], active_only=False).rows
    rows = []
    for initiative in initiatives:
        next_step = _joined(initiative["next_step"],
                            _("due {day}").format(day=day(initiative["next_step_due"]))
                            if initiative["next_step_due"] else "", separator=", ")
        rows.append([
            bold_cell(initiative["title"]),
            quadrant_cell(initiative["quadrant"]),
            stage_label(initiative["stage"]),
            lead_label(initiative["lead"]),
            capitalized(_(STATUS_WORDS.get(initiative["status"], str(initiative["status"])))),
            next_step or (_("Outcome: {outcome}").format(outcome=_(initiative["outcome"]))
                          if initiative["outcome"] else ""),
        ])
    return [
        *heading(_("Initiatives ({count})").format(count=len(initiatives))),
        data_table([_("Initiative"), _("Quadrant"), _("SARA stage"), _("Who leads"),
                    _("Status"), _("Next step or outcome")], rows,
                   INITIATIVE_WIDTHS,
                   empty=_("No problem-solving initiative in this neighbourhood yet.")),
        *did_it_work_lines(desk, initiatives),
    ]


def contacts_section(desk: Desk, neighbourhood_id: str, today: date) -> list[Flowable]:
    data = contact_months(desk, neighbourhood_id, today)
    months = data.months
    title = _("Community contacts, {first} to {last} ({count})").format(
        first=month_year(months[0]), last=month_year(months[-1]), count=data.total)
    if not data.total:
        return [*heading(title),
                para(_("No community contact recorded in these 12 months."), EMPTY)]
    headers = [_("Quadrant activity"), *(short_month(m) for m in months), _("Total")]
    rows = []
    for category, counts in data.counts.items():
        if not any(counts):
            continue
        label = (quadrant_cell(category.value) if category is not None
                 else _(UNSPECIFIED_LABEL))
        rows.append([label, *(str(n) if n else "" for n in counts), str(sum(counts))])
    rows.append([bold_cell(_("All contacts")), *(str(n) for n in data.totals),
                 str(data.total)])
    return [
        KeepTogether([para(title, HEADING), contacts_chart(data, FRAME_WIDTH, height=125)]),
        gap(4),
        data_table(headers, rows, [4.2, *([1] * len(months)), 1.2], empty=""),
    ]
