"""The shift briefing read at roll call: a one-page roll-call sheet (officer safety, what
changed since the platoon's last shift, each beat's officers and tasks; see
roll_call_sheet.py), and on request the detail pages after it (the assignments in full,
each beat's neighbourhoods, initiatives, follow-ups and key partners). Several shifts can go
in one PDF, each starting on a new page."""

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
from ompm_desktop.reports.briefing_beat import beat_section
from ompm_desktop.reports.briefing_source import (
    ShiftBriefing,
    shift_briefing,
    shift_name,
    shifts_starting_on,
)
from ompm_desktop.reports.document import RunningTitle, build_pdf, document_info
from ompm_desktop.reports.records import FollowUpsDue
from ompm_desktop.reports.roll_call_sheet import roll_call_page
from ompm_desktop.reports.styles import (
    SUBTITLE,
    TITLE,
    escaped,
    gap,
    heading,
    markup,
    para,
)
from ompm_desktop.reports.tables import data_table
from ompm_desktop.services.audit import record_disclosure

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


def _head(desk: Desk, briefing: ShiftBriefing) -> list[Flowable]:
    settings = desk.settings
    generated = local(desk.context.clock())
    title = shift_title(briefing.shift)
    return [
        RunningTitle(_("Shift briefing") + f" · {title}"),
        para(f"{settings.get('service_name')} - {settings.get('division_name')}", SUBTITLE),
        markup(_("SHIFT BRIEFING") + f" · {escaped(title)}", TITLE),
        para(f"{shift_facts(briefing)} · "
             + _("Generated {time}").format(time=f"{generated:%Y-%m-%d %H:%M}"), SUBTITLE),
    ]


def detail_story(desk: Desk, briefing: ShiftBriefing, *, include_personal: bool = False,
                 contact_details: bool = False) -> list[Flowable]:
    """The pages after the roll-call sheet: the assignments in full, then each beat's
    neighbourhoods, initiatives, follow-ups and key partners."""
    shift = briefing.shift
    starts_on: date = local(shift["starts_at"]).date()
    ends_on: date = local(shift["ends_at"]).date()
    title = shift_title(shift)
    story: list[Flowable] = [
        PageBreak(),
        RunningTitle(_("Shift briefing") + f" · {title} · " + _("detail")),
        markup(_("DETAIL") + f" · {escaped(title)}", TITLE),
        *heading(_("Assignments")),
        assignments_table(briefing),
    ]
    due = FollowUpsDue(desk, ends_on.isoformat())
    for beat in briefing.beats:
        story += beat_section(desk, beat, starts_on, due, include_personal=include_personal,
                              contact_details=contact_details)
    story.append(gap(2))
    return story


def briefing_story(desk: Desk, shift_id: str, *, include_personal: bool = False,
                   detail: bool = False, contact_details: bool = False) -> list[Flowable]:
    """The one-page roll-call sheet of a shift, and with `detail` the pages after it."""
    briefing = shift_briefing(desk, shift_id)
    story = roll_call_page(desk, shift_id, _head(desk, briefing),
                           include_personal=include_personal)
    if detail:
        story += detail_story(desk, briefing, include_personal=include_personal,
                              contact_details=contact_details)
    return story


def write_briefing(desk: Desk, shift_ids: Sequence[str], out: Path | str, *,
                   include_personal: bool = False, language: str | None = None,
                   detail: bool = False, contact_details: bool = False) -> Path:
    """The briefing of one shift, or of several one after the other, in one PDF, in the
    language given or else the one of the settings: each a one-page roll-call sheet, and
    with `detail` the beats' detail pages after it (partners' phone and e-mail in them
    with `contact_details`)."""
    if not shift_ids:
        raise DeskError(_("There is no shift to brief."))
    with language_of(language or desk.settings.get("language")):
        written = _write_briefing(desk, shift_ids, out, include_personal=include_personal,
                                  detail=detail, contact_details=contact_details)
    record_disclosure(desk, "print", "shift", written.name, shifts=len(shift_ids),
                      detail=detail, personal=include_personal)
    return written


def _write_briefing(desk: Desk, shift_ids: Sequence[str], out: Path | str, *,
                    include_personal: bool, detail: bool, contact_details: bool) -> Path:
    story: list[Flowable] = []
    titles = []
    for shift_id in shift_ids:
        if story:
            story.append(PageBreak())
        story += briefing_story(desk, shift_id, include_personal=include_personal,
                                detail=detail, contact_details=contact_details)
        titles.append(shift_title(desk.shifts.get(shift_id)))
    info = document_info(
        desk, title=_("Shift briefing") + f" - {'; '.join(titles)}",
        subject=_("Shift briefing") + f", {desk.settings.get('division_name')}",
        include_personal=include_personal)
    return build_pdf(story, out, info)


def write_briefings_for_day(desk: Desk, day: date, out: Path | str, *,
                            platoon: str | None = None, include_personal: bool = False,
                            language: str | None = None, detail: bool = False,
                            contact_details: bool = False) -> Path:
    shifts = shifts_starting_on(desk, day, platoon)
    if not shifts:
        if platoon:
            raise DeskError(_("No shift for platoon {platoon} starts on {day}. Plan one "
                              "first, or give another date.").format(
                                  platoon=platoon, day=short_date(day)))
        raise DeskError(_("No shift starts on {day}. Plan one first, or give another "
                          "date.").format(day=short_date(day)))
    return write_briefing(desk, [shift["id"] for shift in shifts], out,
                          include_personal=include_personal, language=language,
                          detail=detail, contact_details=contact_details)


def briefing_file_name(desk: Desk, shift_id: str) -> str:
    """'briefing-2026-11-24-night.pdf'."""
    shift = desk.shifts.get(shift_id)
    return f"briefing-{local(shift['starts_at']):%Y-%m-%d}-{shift_name(shift).lower()}.pdf"
