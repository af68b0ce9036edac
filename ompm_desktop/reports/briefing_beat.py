"""One beat's detail pages after the roll-call sheet: its neighbourhoods and their quadrants
beside the small diagram, active initiatives, follow-ups due (less those the shift took as
tasks, which the sheet already lists) and key partners (name and organization; phone and
e-mail only when asked, residents' personal details only when asked). A page that continues
a beat says which beat it continues."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, ImageAndFlowables
from reportlab.platypus.flowables import SetTopFlowables

from ompm_desktop.clock import iso
from ompm_desktop.diagram.drawing import diagram_drawing
from ompm_desktop.diagram.mini import MINI_SIZE, beat_mini_layout
from ompm_desktop.i18n import _
from ompm_desktop.privacy.residents import ResidentNames, redacted
from ompm_desktop.queries.display import briefing_kind, day, lead_label, stage_label, when
from ompm_desktop.reports.briefing_source import BeatOnShift
from ompm_desktop.reports.profile_sections import personal_details
from ompm_desktop.reports.records import (
    FollowUpsDue,
    Listed,
    initiatives_for,
    partners_serving,
)
from ompm_desktop.reports.styles import (
    HEADING,
    bold,
    escaped,
    heading,
    labelled_list,
    para,
    quadrant_label,
)

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Row = dict[str, Any]

# A roll-call sheet stays short: the rest of these lists is counted, not printed.
SHOWN_INITIATIVES = 12
SHOWN_FOLLOW_UPS = 12
SHOWN_PARTNERS = 10
CONTINUED = HEADING.clone("continued", spaceBefore=0)
KEY_PARTNER_DAYS = 90  # partners contacted since then count among the key ones


def _labelled(label: str, text: str) -> str:
    """'label: text', with the space French puts before the colon."""
    return _("{label}: {value}").format(label=label, value=text)


def _parts(*parts: object, separator: str = ", ") -> str:
    return separator.join(escaped(part) for part in parts if part)


def neighbourhood_lines(neighbourhoods: list[Row], latest: dict[str, Row]) -> list[str]:
    lines = []
    for number, neighbourhood in enumerate(neighbourhoods, start=1):
        assessment = latest.get(neighbourhood["id"])
        place = (quadrant_label(assessment["quadrant"]) + ", " + _("assessed {day}").format(
                 day=escaped(day(assessment["assessed_on"]))) if assessment
                 and assessment["quadrant"] else _("not yet placed: capacity unknown")
                 if assessment else _("not assessed yet"))
        lines.append(f"<b>{number}.</b> " + _labelled(bold(neighbourhood["name"]), place))
    return lines


def initiative_lines(initiatives: list[Row], on: date) -> list[str]:
    lines = []
    for initiative in initiatives:
        facts = _parts(stage_label(initiative["stage"]), lead_label(initiative["lead"]))
        line = f"{bold(initiative['title'])} ({facts})"
        if initiative["next_step"]:
            due = initiative["next_step_due"]
            late = " <b>" + _("overdue") + "</b>" if due and due < on.isoformat() else ""
            line += " " + _("next: {step}").format(step=escaped(initiative["next_step"]))
            line += ", " + _("due {day}").format(day=escaped(day(due))) + late if due else ""
        lines.append(line)
    return lines


def follow_up_lines(follow_ups: list[Row], on: date) -> list[str]:
    lines = []
    for follow_up in follow_ups:
        due = follow_up["follow_up_due"]
        late = " <b>" + _("overdue") + "</b>" if due < on.isoformat() else ""
        about = _parts(follow_up["partners"], follow_up["neighbourhood"], separator="; ")
        lines.append(f"{escaped(follow_up['follow_up'])}" + (f" ({about})" if about else "")
                     + ", " + _("due {day}").format(day=escaped(due)) + late)
    return lines


def partner_lines(partners: list[Row], include_personal: bool,
                  contact_details: bool = False) -> list[str]:
    lines = []
    for partner in partners:
        leader = " (" + _("natural community leader") + ")" if partner["natural_leader"] else ""
        reach = (partner["phone"], partner["email"]) if contact_details else ()
        contact = _parts(partner["contact_name"], partner["contact_role"], *reach)
        line = (_labelled(bold(partner["name"]) + leader, contact) if contact
                else bold(partner["name"]) + leader)
        if include_personal and personal_details(partner):
            line += "; <b>" + _("personal:") + f"</b> {escaped(personal_details(partner))}"
        lines.append(line)
    return lines


def item_lines(items: list[Row]) -> list[str]:
    lines = []
    for item in items:
        expiry = (_("expires {time}").format(time=escaped(when(item["expires_at"])))
                  if item["expires_at"] else _("no expiry"))
        title = _labelled(escaped(briefing_kind(item["kind"])), bold(item["title"]))
        if item["text"]:
            title = _labelled(title, escaped(item["text"]))
        lines.append(f"{title} ({expiry})")
    return lines


class _Thumbnail(Flowable):
    """A drawing that text flows beside (ImageAndFlowables asks its size as of an image)."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def _restrictSize(self, width: float, height: float) -> tuple[float, float]:
        return self.width, self.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _unRestrictSize(self) -> None:  # noqa: N802 (reportlab's name; nothing to undo)
        pass

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


def _more(listed: Listed, what: str, where: str) -> str:
    return (_("{count} more {what}: see {where}.").format(count=f"{listed.more:,}", what=what,
                                                          where=where)
            if listed.more > 0 else "")


def beat_section(desk: Desk, beat: BeatOnShift, on: date, due: FollowUpsDue, *,
                 include_personal: bool, contact_details: bool = False) -> list[Flowable]:
    """The beat's detail. `on` is the local date the shift starts (what was due before it
    is overdue); `due` holds the follow-ups due by the end of the shift."""
    neighbourhoods = desk.neighbourhoods.list("beat_id = ?", [beat.beat["id"]])
    ids = [row["id"] for row in neighbourhoods]
    latest = {nid: found for nid in ids if (found := desk.assessments.latest(nid)) is not None}
    story: list[Flowable] = [*heading(beat.beat["name"], room=110 + (MINI_SIZE[1] if latest
                                                                       else 0))]
    listed = labelled_list(_("Neighbourhoods"), neighbourhood_lines(neighbourhoods, latest),
                           _("No neighbourhood is on this beat yet."))
    if latest:
        # The beat's neighbourhoods on the diagram, numbered as listed, beside the list.
        thumbnail = _Thumbnail(diagram_drawing(beat_mini_layout(desk, beat.beat["id"])))
        listed = [ImageAndFlowables(thumbnail, [item for item in listed
                                                if not isinstance(item, CondPageBreak)],
                                    imageLeftPadding=8, imageBottomPadding=4)]
    body: list[Flowable] = list(listed)
    initiatives = initiatives_for(desk, ids, active_only=True, limit=SHOWN_INITIATIVES)
    # Without personal details, a resident's name typed into a task, a step or a follow-up
    # is printed as "[resident]" (their partner rows are left out already).
    names = None if include_personal else ResidentNames(desk)

    def private(rows: list[Row]) -> list[Row]:
        return rows if names is None else redacted(rows, names)

    body += labelled_list(_("Initiatives"), initiative_lines(private(initiatives.rows), on),
                          _("No active initiative."),
                          _more(initiatives, _("active initiatives"), _("the Initiatives page")))
    taken = {task["source_id"] for task in beat.tasks if task["source_kind"] == "follow_up"}
    fetched = due.listed(ids, limit=SHOWN_FOLLOW_UPS + len(taken))
    left = [row for row in fetched.rows if row["id"] not in taken]
    follow_ups = Listed(left[:SHOWN_FOLLOW_UPS],
                        fetched.total - (len(fetched.rows) - len(left)))
    body += labelled_list(_("Follow-ups due"), follow_up_lines(private(follow_ups.rows), on),
                          _("No follow-up due besides the shift's tasks.") if taken
                          else _("No follow-up due."),
                          _more(follow_ups, _("follow-ups overdue"), _("the Contacts page")))
    since = iso(desk.context.clock() - timedelta(days=KEY_PARTNER_DAYS))
    partners = partners_serving(desk, ids, since=since, include_personal=include_personal,
                                limit=SHOWN_PARTNERS)
    body += labelled_list(_("Key partners"),
                          partner_lines(partners.rows, include_personal, contact_details),
                          _("No active partner serves this beat yet."),
                          _more(partners, _("partners serve this beat"), _("the Partners page")))
    # Each page the beat runs onto starts by saying which beat it continues.
    continued = para(_("{beat} (continued)").format(beat=beat.beat["name"]), CONTINUED)
    return [*story, SetTopFlowables([continued]), *body, SetTopFlowables([])]
