"""The shift briefing sheet read at roll call (layout: UX.md, "Briefing sheet"): the shift,
its assignments, then a part per beat, then the shift's notes. Several shifts can go in one
PDF, each starting on a new page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, PageBreak

from ompm_desktop.clock import local
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import N_, _, language_of, pgettext
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.reports.briefing_beat import beat_section, item_lines, task_lines
from ompm_desktop.reports.briefing_source import (
    ShiftBriefing,
    shift_briefing,
    shift_name,
    shifts_starting_on,
)
from ompm_desktop.reports.document import RunningTitle, build_pdf, document_info
from ompm_desktop.reports.records import FollowUpsDue
from ompm_desktop.reports.styles import (
    SUBTITLE,
    TITLE,
    escaped,
    gap,
    heading,
    labelled_list,
    markup,
    para,
)
from ompm_desktop.reports.tables import data_table

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

ASSIGNMENT_HEADERS = [N_("Officer"), N_("Badge"), N_("Call sign"), N_("Beat / unit"),
                      "Partner", N_("Special duty")]  # Partner: the officer riding along
ASSIGNMENT_WIDTHS = [2.4, 0.9, 1.15, 2.4, 2.0, 2.5]


def shift_title(shift: dict[str, Any]) -> str:
    """'Night - Tue 24 Nov 2026'."""
    return f"{shift_name(shift)} - {short_date(local(shift['starts_at']).date())}"


def shift_facts(briefing: ShiftBriefing) -> str:
    shift = briefing.shift
    starts, ends = local(shift["starts_at"]), local(shift["ends_at"])
    facts = [_("Platoon {platoon}").format(platoon=shift["platoon"]) if shift["platoon"] else "",
             f"{starts:%H:%M}-{ends:%H:%M}",
             _("Supervisor: {name}").format(name=briefing.supervisor) if briefing.supervisor
             else _("No supervisor named")]
    return " · ".join(fact for fact in facts if fact)


def assignments_table(briefing: ShiftBriefing) -> Flowable:
    rows = [[line.officer, line.badge, line.call_sign, line.beat_or_unit, line.partner,
             line.special_duty] for line in briefing.assignments]
    headers = [pgettext("riding along", header) if header == "Partner" else _(header)
               for header in ASSIGNMENT_HEADERS]
    return data_table(headers, rows, ASSIGNMENT_WIDTHS,
                      empty=_("No one is assigned to this shift yet."))


def briefing_story(desk: Desk, shift_id: str, *, include_personal: bool = False) -> list[Flowable]:
    briefing = shift_briefing(desk, shift_id)
    shift = briefing.shift
    settings = desk.settings
    generated = local(desk.context.clock())
    starts_on: date = local(shift["starts_at"]).date()
    ends_on: date = local(shift["ends_at"]).date()
    title = shift_title(shift)
    story: list[Flowable] = [
        RunningTitle(_("Shift briefing") + f" · {title}"),
        para(f"{settings.get('service_name')} - {settings.get('division_name')}", SUBTITLE),
        markup(_("SHIFT BRIEFING") + f" · {escaped(title)}", TITLE),
        para(f"{shift_facts(briefing)} · "
             + _("Generated {time}").format(time=f"{generated:%Y-%m-%d %H:%M}"), SUBTITLE),
        *heading(_("Assignments")),
        assignments_table(briefing),
    ]
    if briefing.division_items:
        story += [*heading(_("Division-wide")), *labelled_list(
            _("BOLO / hazards / notices"), item_lines(briefing.division_items), "")]
    due = FollowUpsDue(desk, ends_on.isoformat())
    for beat in briefing.beats:
        story += beat_section(desk, beat, starts_on, due, include_personal=include_personal)
    if briefing.unplaced_tasks:
        story += [*heading(_("Other directed tasks")),
                  *labelled_list(_("Not tied to a beat"), task_lines(briefing.unplaced_tasks),
                                 "")]
    story += [*heading(_("Shift notes"), room=50),
              para(shift["notes"]) if shift["notes"].strip()
              else para(_("No notes for this shift."))]
    story.append(gap(2))
    return story


def write_briefing(desk: Desk, shift_ids: Sequence[str], out: Path | str, *,
                   include_personal: bool = False, language: str | None = None) -> Path:
    """The briefing of one shift, or of several one after the other, in one PDF, in the
    language given or else the one of the settings."""
    if not shift_ids:
        raise DeskError(_("There is no shift to brief."))
    with language_of(language or desk.settings.get("language")):
        return _write_briefing(desk, shift_ids, out, include_personal=include_personal)


def _write_briefing(desk: Desk, shift_ids: Sequence[str], out: Path | str, *,
                    include_personal: bool) -> Path:
    story: list[Flowable] = []
    titles = []
    for shift_id in shift_ids:
        if story:
            story.append(PageBreak())
        story += briefing_story(desk, shift_id, include_personal=include_personal)
        titles.append(shift_title(desk.shifts.get(shift_id)))
    info = document_info(
        desk, title=_("Shift briefing") + f" - {'; '.join(titles)}",
        subject=_("Shift briefing") + f", {desk.settings.get('division_name')}",
        include_personal=include_personal)
    return build_pdf(story, out, info)


def write_briefings_for_day(desk: Desk, day: date, out: Path | str, *,
                            platoon: str | None = None, include_personal: bool = False,
                            language: str | None = None) -> Path:
    shifts = shifts_starting_on(desk, day, platoon)
    if not shifts:
        if platoon:
            raise DeskError(_("No shift for platoon {platoon} starts on {day}. Plan one "
                              "first, or give another date.").format(
                                  platoon=platoon, day=short_date(day)))
        raise DeskError(_("No shift starts on {day}. Plan one first, or give another "
                          "date.").format(day=short_date(day)))
    return write_briefing(desk, [shift["id"] for shift in shifts], out,
                          include_personal=include_personal, language=language)


def briefing_file_name(desk: Desk, shift_id: str) -> str:
    """'briefing-2026-11-24-night.pdf'."""
    shift = desk.shifts.get(shift_id)
    return f"briefing-{local(shift['starts_at']):%Y-%m-%d}-{shift_name(shift).lower()}.pdf"
