"""The debrief that closes a shift: for each directed task, done, not done or carried over,
with a line of outcome.

A task carried over comes back as a suggestion on the shifts that start after its own (for
CARRY_DAYS days) until one of them takes it; the task taken names the task it carries on
(source 'carried_over'). From a task the sergeant can also record, in one step, the contact
it was (its neighbourhood, officer, time and outcome filled in; a follow-up task closes its
follow-up) or the initiative step it was (the step written into the initiative's responses,
its next step cleared for the next one to be set). Reading a debrief (and the Today page's
last one) is ompm_desktop/debriefs.py's, re-exported here.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import iso, local, parse_iso
from ompm_desktop.debriefs import (
    OUTCOMES,
    DebriefLine,
    ShiftDebrief,
    debrief_lines,
    last_debrief,
    outcome_label,
    shift_called,
)
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

__all__ = ["CARRY_DAYS", "OUTCOMES", "DebriefLine", "ShiftDebrief", "carried_over_tasks",
           "carried_reason", "contact_from_task", "debrief_lines", "follow_up_closed_by",
           "initiative_step_changes", "last_debrief", "outcome_changes", "outcome_label",
           "record_outcome", "shift_called"]

Record = dict[str, Any]
CARRY_DAYS = 14  # a task carried over is offered again on the shifts of the next two weeks


def outcome_changes(outcome: str, note: str, at: str) -> Record:
    """The changes to a task that record its outcome (for directed_tasks.update, or an
    undoable update command)."""
    if outcome not in ("", *OUTCOMES):
        raise ValidationError(_("Choose done, not done or carried over."), "outcome")
    note = " ".join((note or "").split())
    return {"outcome": outcome, "outcome_note": note, "done": 1 if outcome == "done" else 0,
            "debriefed_at": at if outcome else None}


def record_outcome(desk: Desk, task_id: str, outcome: str, note: str = "") -> Record:
    return desk.directed_tasks.update(task_id, outcome_changes(outcome, note,
                                                               desk.context.now()))


def carried_over_tasks(desk: Desk, shift: Record) -> list[Record]:
    """Tasks carried over from earlier shifts that a shift may take: carried over from a
    shift that started before it (within CARRY_DAYS), and not taken again on another shift.
    Each comes with 'from_shift', the shift it was carried over from."""
    earliest = iso(parse_iso(shift["starts_at"]) - timedelta(days=CARRY_DAYS))
    rows = desk.db.query(
        "SELECT t.*, s.starts_at AS from_starts_at, s.ends_at AS from_ends_at FROM "
        "directed_task t JOIN shift s ON s.id = t.shift_id "
        "WHERE t.outcome = 'carried_over' AND t.deleted_at IS NULL AND s.deleted_at IS NULL "
        "AND s.starts_at < ? AND s.starts_at >= ? AND t.shift_id != ? "
        "AND NOT EXISTS (SELECT 1 FROM directed_task again JOIN shift other "
        " ON other.id = again.shift_id WHERE again.source_kind = 'carried_over' "
        " AND again.source_id = t.id AND again.deleted_at IS NULL "
        " AND other.deleted_at IS NULL AND again.shift_id != ?) "
        "ORDER BY s.starts_at, t.created_at, t.rowid",
        [shift["starts_at"], earliest, shift["id"], shift["id"]])
    found = []
    for row in rows:
        row = dict(row)
        row["from_shift"] = {"starts_at": row.pop("from_starts_at"),
                             "ends_at": row.pop("from_ends_at")}
        found.append(row)
    return found


def carried_reason(task: Record) -> str:
    """Why a carried-over task is suggested: 'Carried over from the Night of Mon 23 Nov
    2026: gate locked'."""
    reason = _("Carried over from the {shift}").format(shift=shift_called(task["from_shift"]))
    return _("{reason}: {note}").format(reason=reason, note=task["outcome_note"]) \
        if task["outcome_note"] else reason


def contact_from_task(desk: Desk, task_id: str, note: str = "") -> Record:
    """The values of the contact a task was (for contacts.create): at the end of its shift
    (or now, if the shift has not ended), in its neighbourhood, by the officer who had it,
    the task and its outcome as the summary."""
    task = desk.directed_tasks.get(task_id)
    shift = desk.shifts.get(task["shift_id"])
    now = desk.context.now()
    occurred = min(parse_iso(shift["ends_at"]), parse_iso(now))
    officer_id = None
    if task["assignment_id"]:
        found = desk.assignments.list("id = ?", [task["assignment_id"]])
        officer_id = found[0]["officer_id"] if found else None
    outcome = " ".join((note or task["outcome_note"] or "").split())
    summary = f"{task['text']} - {outcome}" if outcome else task["text"]
    values: Record = {"occurred_at": iso(occurred), "officer_id": officer_id,
                      "neighbourhood_id": task["neighbourhood_id"],
                      "kind": "Patrol conversation", "summary": summary}
    if task["source_kind"] == "follow_up" and task["source_id"]:
        source = desk.contacts.list("id = ?", [task["source_id"]])
        if source:
            values["partner_ids"] = desk.contacts.get(task["source_id"]).get("partner_ids", [])
    return values


def follow_up_closed_by(desk: Desk, task_id: str) -> str | None:
    """The contact whose open follow-up a task was, if any (recording the contact closes it)."""
    task = desk.directed_tasks.get(task_id)
    if task["source_kind"] != "follow_up" or not task["source_id"]:
        return None
    found = desk.contacts.list("id = ? AND follow_up_done_at IS NULL", [task["source_id"]])
    return found[0]["id"] if found else None


def initiative_step_changes(desk: Desk, task_id: str, note: str = "") -> tuple[str, Record]:
    """(the initiative, its changes) that record a task as a step of its initiative: a dated
    line added to its responses and, when the task was its next step, that step cleared so
    the next one can be set."""
    task = desk.directed_tasks.get(task_id)
    if task["source_kind"] != "initiative" or not task["source_id"]:
        raise ValidationError(_("This task did not come from an initiative; record it as a "
                                "contact instead."), "source_id")
    initiative = desk.initiatives.get(task["source_id"])
    shift = desk.shifts.get(task["shift_id"])
    outcome = " ".join((note or task["outcome_note"] or "").split())
    step = task["text"].split(": ", 1)[1] if task["text"].startswith(
        initiative["title"] + ": ") else task["text"]
    line = f"{local(shift['starts_at']):%Y-%m-%d} ({shift_called(shift)}): {step}"
    line += f" - {outcome}" if outcome else ""
    plan = initiative["response_plan"].rstrip()
    changes: Record = {"response_plan": f"{plan}\n{line}" if plan else line}
    if initiative["next_step"] and initiative["next_step"] == step:
        changes.update({"next_step": "", "next_step_due": None})
    return initiative["id"], changes


def record_contact_from_task(desk: Desk, values: Record, closes: str | None) -> Record:
    """The contact a task was, made; the follow-up the task came from (`closes`) marked
    done in the same transaction."""
    with desk.db.atomic():
        contact = desk.contacts.create(values)
        _close_follow_up(desk, closes, True)
    return contact


def take_back_contact_from_task(desk: Desk, contact_id: str, closes: str | None) -> None:
    """Undo: the contact deleted and its follow-up open again, together."""
    with desk.db.atomic():
        _close_follow_up(desk, closes, False)
        desk.contacts.delete(contact_id)


def bring_back_contact_from_task(desk: Desk, contact_id: str, closes: str | None) -> None:
    """Redo: the contact restored and its follow-up closed again, together."""
    with desk.db.atomic():
        desk.contacts.restore(contact_id)
        _close_follow_up(desk, closes, True)


def _close_follow_up(desk: Desk, contact_id: str | None, closed: bool) -> None:
    if contact_id:
        desk.contacts.update(contact_id, {
            "follow_up_done_at": desk.context.now() if closed else None})
