"""The one-page roll-call sheet (ompm_desktop/planning/roll_call.py says what is on it).

It is laid out to fit one Letter page for up to 8 officers on 6 beats, in English and in
French: the beats side by side in two columns, and, should it still run long, fewer
suggested tasks and changes printed (the rest counted), then the page set a little smaller.
Partners' phone numbers and e-mails are never on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.planning.roll_call import (
    KIND_INSTRUCTIONS,
    SAFETY_HEADINGS,
    BeatCall,
    CallLine,
    RollCall,
    SafetyLine,
    roll_call,
)
from ompm_desktop.privacy.residents import ResidentNames, redacted
from ompm_desktop.reports.document import FRAME_HEIGHT, FRAME_WIDTH
from ompm_desktop.reports.fonts import REGULAR
from ompm_desktop.reports.styles import (
    BODY,
    EMPTY,
    HEADING,
    ITEM,
    SMALL,
    SUBHEADING,
    bold,
    escaped,
    markup,
    para,
)

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

SHEET_HEADING = HEADING.clone("sheet_heading", spaceBefore=7, spaceAfter=2, fontSize=11,
                              leading=13.5)
KIND_HEADING = SUBHEADING.clone("kind_heading", spaceBefore=2, spaceAfter=0)
LINE = ITEM.clone("call_line", spaceAfter=0.5, leading=11)
BEAT_NAME = BODY.clone("beat_name", fontName=SUBHEADING.fontName, fontSize=10, leading=12.5)
BEAT_LABEL = SMALL.clone("beat_label", spaceBefore=2, fontName=SUBHEADING.fontName)
# (suggestions per beat, changes) printed, tried in this order until the sheet fits its
# page: what changed since the last shift goes before the suggestions.
BUDGETS = ((3, 6), (2, 6), (1, 6), (2, 4), (1, 4), (1, 3), (0, 3), (0, 2), (0, 1), (0, 0))
SHRINK_AT_MOST = 0.97  # a sheet a little over is set that much smaller rather than cut


def _sep(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _safety_line(line: SafetyLine) -> Paragraph:
    facts = [escaped(line.where), escaped(line.until)]
    if line.new:
        facts.append("<b>" + _("new") + "</b>")
    if line.taken_by:
        facts.append(_("task of {who}").format(who=escaped(line.taken_by)))
    text = bold(line.title) + (f" - {escaped(line.text)}" if line.text else "")
    tail = _sep(*facts)
    return Paragraph(text + (f" ({tail})" if tail else ""), LINE, bulletText="•")


def safety_part(call: RollCall) -> list[Flowable]:
    story: list[Flowable] = [para(_("Officer safety"), SHEET_HEADING)]
    if not call.safety:
        return [*story, para(_("No hazard, lookout or notice is in force."), EMPTY)]
    for kind, title in SAFETY_HEADINGS.items():
        lines = call.safety_of(kind)
        if not lines:
            continue
        label = _(title)
        if kind in KIND_INSTRUCTIONS:
            label = bold(label) + " - " + escaped(_(KIND_INSTRUCTIONS[kind]))
        else:
            label = bold(label)
        story.append(markup(label, KIND_HEADING))
        story += [_safety_line(line) for line in lines]
    return story


def _swatch(quadrant: str) -> str:
    """A quadrant's colour before the words that name it (they read in grey)."""
    try:
        return f'<font color="{QUADRANTS[Quadrant(quadrant)].colour}">■</font> '
    except ValueError:
        return ""


def changes_part(call: RollCall) -> list[Flowable]:
    story: list[Flowable] = [para(call.since_label, SHEET_HEADING)]
    lines = [_swatch(change.quadrant) + escaped(change.text) for change in call.changes]
    if call.carried_over:
        lines.append(escaped(_("Tasks carried over at a debrief: {count}, under their beats.")
                             .format(count=call.carried_over)))
    story += [Paragraph(line, LINE, bulletText="•") for line in lines]
    if call.more_changes:
        story.append(para(_("{count} more: see the Today page.").format(
            count=call.more_changes), EMPTY))
    if not lines:
        story.append(para(_("Nothing new."), EMPTY))
    return story


def _call_line(line: CallLine) -> Paragraph:
    tail = _sep(escaped(line.who), escaped(line.note))
    return Paragraph(escaped(line.text) + (f" <i>({tail})</i>" if tail else ""), LINE,
                     bulletText="•")


def beat_block(beat: BeatCall) -> list[Flowable]:
    block: list[Flowable] = [para(beat.name, BEAT_NAME)]
    if beat.beat_id is not None:
        block.append(markup(escaped("; ".join(beat.officers)) if beat.officers
                            else bold(_("No one is on this beat.")), SMALL))
    block.append(para(_("Directed tasks"), BEAT_LABEL))
    block += [_call_line(line) for line in beat.tasks] or [
        para(_("None given yet."), EMPTY)]
    if beat.suggestions:
        block.append(para(_("Suggested"), BEAT_LABEL))
        block += [_call_line(line) for line in beat.suggestions]
    if beat.more_suggestions:
        block.append(para(_("{count} more suggested on the Shifts page.").format(
            count=beat.more_suggestions), SMALL))
    return block


def beats_part(call: RollCall) -> list[Flowable]:
    story: list[Flowable] = [para(_("Beats"), SHEET_HEADING)]
    if not call.other_duties and not any(beat.officers for beat in call.beats):
        story.append(para(_("No one is assigned to this shift yet."), EMPTY))
    if not call.beats:
        return story
    blocks = [beat_block(beat) for beat in call.beats]
    columns = 2 if len(blocks) > 1 else 1
    rows = [blocks[index:index + columns] for index in range(0, len(blocks), columns)]
    if len(rows[-1]) < columns:
        rows[-1].append([])
    table = Table(rows, colWidths=[FRAME_WIDTH / columns] * columns)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEABOVE", (0, 1), (-1, -1), 0.4, "#9E9E9E"),
    ]))
    story.append(table)
    if call.other_duties:
        story.append(markup(bold(_("Other duties:")) + " "
                            + escaped("; ".join(call.other_duties)), SMALL))
    return story


def notes_part(notes: str) -> list[Flowable]:
    return [para(_("Shift notes"), SHEET_HEADING), para(notes)] if notes.strip() else []


def sheet_story(call: RollCall, notes: str) -> list[Flowable]:
    return safety_part(call) + changes_part(call) + beats_part(call) + notes_part(notes)


def _height(story: list[Flowable]) -> float:
    """The height a story takes (a part's first space above counted: a little over)."""
    total = 0.0
    for flowable in story:
        _width, height = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        total += height + flowable.getSpaceAfter() + flowable.getSpaceBefore()
    return total


def roll_call_page(desk: Desk, shift_id: str, head: list[Flowable], *,
                   include_personal: bool = False) -> list[Flowable]:
    """The sheet's one page: `head` (the title lines), then the roll call, printed with as
    many suggestions and changes as fit. The changes depend on how many changes are
    printed, the beats on how many suggestions: each is laid out once per count tried.
    Without personal details, a resident's name in any of its texts reads "[resident]"."""
    whole = roll_call(desk, shift_id)
    if not include_personal:
        whole = redacted(whole, ResidentNames(desk))
    fixed = head + safety_part(whole)
    notes = notes_part(desk.shifts.get(shift_id)["notes"])
    room = FRAME_HEIGHT / SHRINK_AT_MOST - _height(fixed) - _height(notes)
    made: dict[tuple[str, int], tuple[list[Flowable], float]] = {}

    def part(which: str, count: int) -> tuple[list[Flowable], float]:
        if (which, count) not in made:
            flowables = (beats_part(whole.trimmed(count, 0)) if which == "beats"
                         else changes_part(whole.trimmed(0, count)))
            made[which, count] = flowables, _height(flowables)
        return made[which, count]

    for suggestions, changes in BUDGETS:
        if part("beats", suggestions)[1] + part("changes", changes)[1] <= room:
            break
    story = fixed + part("changes", changes)[0] + part("beats", suggestions)[0] + notes
    # Whatever still runs over is set smaller rather than spill onto a second page.
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, story, mode="shrink")]
