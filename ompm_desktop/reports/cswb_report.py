"""The board report: policing's contribution to the municipality's Community Safety and
Well-Being plan over a period, from one division file or several shown together (never
merged). Counts only where people are concerned: no officer is named beside a count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from ompm_desktop.cswb.contribution import (
    NO_SECTOR,
    Contribution,
    InitiativeLine,
    combined,
    contribution,
    toward_community,
)
from ompm_desktop.cswb.did_it_work import MIN_CALLS, Verdict, cautions
from ompm_desktop.cswb.words import AREAS
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _, language_of
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.queries.display import capitalized, number, stage_label
from ompm_desktop.reports.charts import UNSPECIFIED_LABEL
from ompm_desktop.reports.cswb_charts import AFTER_FILL, BEFORE_FILL, Bar, bar_chart
from ompm_desktop.reports.document import FRAME_WIDTH, RunningTitle, build_pdf, document_info
from ompm_desktop.reports.styles import (
    EMPTY,
    SMALL,
    SUBHEADING,
    SUBTITLE,
    TITLE,
    gap,
    heading,
    para,
)
from ompm_desktop.reports.tables import data_table
from ompm_desktop.services.audit import record_disclosure

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def report_story(found: Contribution, divisions: int) -> list[Flowable]:
    title = _("Policing's contribution to the Community Safety and Well-Being plan")
    period = _("{start} to {end}").format(start=found.start.isoformat(),
                                          end=found.end.isoformat())
    contacts = sum(found.contacts_by_quadrant.values())
    story: list[Flowable] = [
        RunningTitle(_("CSWB plan report") + f" · {period}"),
        para(title, TITLE),
        para(f"{found.division} · {period}", SUBTITLE),
        para(_("{initiatives} initiatives at work, {partners} partners engaged, {contacts} "
               "community contacts, {calls} calls for service in the period.").format(
            initiatives=number(len(found.initiatives)),
            partners=number(sum(found.partners_by_sector.values())),
            contacts=number(contacts), calls=number(found.calls))),
    ]
    if divisions > 1:
        story.append(para(_("{count} division files are shown together: their counts are "
                            "added, their records are not matched (a partner known to two "
                            "divisions counts twice).").format(count=divisions), SMALL))
    story += _plan(found)
    story += _initiatives(found, divisions)
    story += _partners(found)
    story += _contacts(found)
    story += _moves(found, divisions)
    story += heading(_("Reading the before/after results"), SUBHEADING)
    story.append(para(_("Each initiative's calls of its problem's types in its "
                        "neighbourhoods, in the same number of weeks before and after its "
                        "response began (at most 26), against the rest of its beat (or of "
                        "the division) over the same weeks. Fewer than {least} calls is "
                        "noise: the result then says too few to tell.").format(
        least=MIN_CALLS), SMALL))
    story += [para("• " + caution, SMALL) for caution in cautions()]
    return story


def _plan(found: Contribution) -> list[Flowable]:
    flowables = heading(_("The plan's priority risks and their outcomes"))
    counted = {risk.name: 0 for risk in found.risks}
    for line in found.initiatives:
        for name in line.risks:
            counted[name] = counted.get(name, 0) + 1
    rows = [[capitalized(_(risk.area)), risk.name, risk.outcomes or "—",
             number(counted.get(risk.name, 0))] for risk in found.risks]
    flowables.append(data_table(
        [_("CSWB area"), _("Priority risk"), _("Measurable outcomes"), _("Initiatives")],
        rows, [1.2, 1.5, 3.2, 0.8], empty=_("No plan is recorded: add its risks under "
                                              "Plan > CSWB plan.")))
    return flowables


def _result_cells(line: InitiativeLine) -> tuple[str, str]:
    result = line.result
    if result.verdict is Verdict.NOT_YET:
        return "—", result.label
    rest = (_("rest of the beat") if result.compared_with == "beat"
            else _("rest of the division"))
    counts = _("{before} → {after} ({rest}: {rest_before} → {rest_after})").format(
        before=result.place_before, after=result.place_after, rest=rest,
        rest_before=result.rest_before, rest_after=result.rest_after)
    return counts, result.label


def _initiatives(found: Contribution, divisions: int) -> list[Flowable]:
    flowables = heading(_("Initiatives by CSWB area and risk"))
    flowables.append(bar_chart([Bar(capitalized(_(area)), (sum(
        1 for line in found.initiatives if area in line.areas),)) for area in AREAS],
        FRAME_WIDTH * 0.7))
    for area in AREAS:
        lines = [line for line in found.initiatives if area in line.areas]
        flowables += heading(capitalized(_(area)), SUBHEADING, room=48)
        rows = []
        for line in lines:
            counts, verdict = _result_cells(line)
            row = [line.title, "; ".join(line.risks), stage_label(line.stage), counts, verdict]
            rows.append([line.division, *row] if divisions > 1 else row)
        headers = [_("Initiative"), _("Risk"), _("Stage"), _("Calls before → after"),
                   _("Result")]
        widths = [2.2, 1.4, 0.9, 2.0, 1.2]
        if divisions > 1:
            headers, widths = [_("Division"), *headers], [1.1, *widths]
        flowables.append(data_table(headers, rows, widths,
                                    empty=_("No initiative in this area in the period.")))
    untagged = [line for line in found.initiatives if not line.areas]
    if untagged:
        flowables.append(para(_("Not yet tied to a risk of the plan: {titles}.").format(
            titles="; ".join(line.title for line in untagged)), SMALL))
    measured = [line for line in found.initiatives if line.result.verdict in (
        Verdict.FEWER, Verdict.NO_CHANGE, Verdict.MORE, Verdict.TOO_FEW)]
    if measured:
        flowables += heading(_("Calls before and after each response began"), SUBHEADING,
                             room=120)
        bars = [Bar(f"{line.title} ({line.result.label.lower()})",
                    (line.result.place_before, line.result.place_after),
                    (BEFORE_FILL, AFTER_FILL)) for line in measured]
        flowables.append(bar_chart(bars, FRAME_WIDTH, legend=(
            (_("Before"), BEFORE_FILL), (_("After"), AFTER_FILL))))
    return flowables


def _partners(found: Contribution) -> list[Flowable]:
    flowables = heading(_("Partners engaged, by sector"), room=120)
    ordered = sorted(found.partners_by_sector.items(), key=lambda item: (-item[1], item[0]))
    if not ordered:
        return [*flowables, para(_("No partner was engaged in the period."), EMPTY)]
    bars = [Bar(capitalized(_(sector)) if sector != NO_SECTOR else _("No sector given"),
                (count,)) for sector, count in ordered]
    flowables.append(bar_chart(bars, FRAME_WIDTH))
    flowables.append(para(_("A partner counts once: a contact with them in the period, or a "
                            "part in an initiative at work in it. Sectors are those of the "
                            "plan's advisory committee (CSPA 2019, s. 250)."), SMALL))
    return flowables


def _contacts(found: Contribution) -> list[Flowable]:
    flowables = heading(_("Community contacts by quadrant activity"), room=120)
    keys: list[str | None] = [q.value for q in Quadrant]
    bars = [Bar(QUADRANTS[Quadrant(key)].label if key else _(UNSPECIFIED_LABEL),
                (found.contacts_by_quadrant.get(key, 0),)) for key in [*keys, None]]
    if not sum(found.contacts_by_quadrant.values()):
        return [*flowables, para(_("No contact was logged in the period."), EMPTY)]
    flowables.append(bar_chart(bars, FRAME_WIDTH))
    flowables.append(para(_("Counts for the division only; no officer is counted or named."),
                          SMALL))
    return flowables


def _moves(found: Contribution, divisions: int) -> list[Flowable]:
    flowables = heading(_("Neighbourhoods' moves on the model"), room=120)
    toward = [m for m in found.moves if toward_community(m) > 0]
    away = [m for m in found.moves if toward_community(m) < 0]
    placed = [m for m in found.moves if m.after is not None]
    flowables.append(para(_("{toward} moved toward community-led safety, {away} the other "
                            "way, {stayed} stayed where they were, {unplaced} not placed by "
                            "the end of the period.").format(
        toward=len(toward), away=len(away), stayed=len(placed) - len(toward) - len(away),
        unplaced=len(found.moves) - len(placed))))
    rows = []
    for move in toward + away:
        row = [move.neighbourhood, _quadrant(move.before), _quadrant(move.after)]
        rows.append([move.division, *row] if divisions > 1 else row)
    headers = [_("Neighbourhood"), _("At the start"), _("At the end")]
    widths = [1.5, 2.0, 2.0]
    if divisions > 1:
        headers, widths = [_("Division"), *headers], [1.2, *widths]
    flowables.append(gap(3))
    flowables.append(data_table(headers, rows, widths,
                                empty=_("No neighbourhood changed quadrant in the period.")))
    return flowables


def _quadrant(key: str | None) -> str:
    return QUADRANTS[Quadrant(key)].label if key else _("Not placed")


def write_cswb_report(desks: Sequence[Desk], start: date, end: date, out: Path | str, *,
                      language: str | None = None) -> Path:
    """The board report of one division file or several, in the language given (else the
    first file's setting)."""
    if not desks:
        raise DeskError(_("Name at least one division file."))
    if end < start:
        raise DeskError(_("The period ends ({end}) before it starts ({start}).").format(
            end=end.isoformat(), start=start.isoformat()))
    with language_of(language or desks[0].settings.get("language")):
        found = combined([contribution(desk, start, end) for desk in desks])
        info = document_info(
            desks[0], title=_("CSWB plan report") + f" {start.isoformat()} - {end.isoformat()}",
            subject=_("Policing's contribution to the Community Safety and Well-Being plan"))
        written = build_pdf(report_story(found, len(desks)), out, info)
    for desk in desks:
        record_disclosure(desk, "print", "cswb_risk", written.name)
    return written
