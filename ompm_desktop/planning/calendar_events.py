"""The calendar event of each assignment: who, where, when (local Toronto time), and what
to do; the same content whichever file carries it, so its UID and SEQUENCE stay coherent."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import N_, _, pgettext
from ompm_desktop.reports.briefing_source import shift_kind
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Record = dict[str, Any]
UID_DOMAIN = "ompm-desk"


def event_uid(assignment_id: str) -> str:
    """The assignment's event UID: stable across exports, so an edited shift updates the
    events a calendar already holds."""
    return f"{assignment_id}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    assignment_id: str
    shift_id: str
    officer_ids: tuple[str, ...]  # the officer, and the partner officer if any
    summary: str
    location: str
    description: str
    starts: datetime  # aware, in America/Toronto
    ends: datetime
    cancelled: bool = False  # the assignment (or its shift) was deleted since last exported

    def fingerprint(self) -> str:
        """What a calendar sees of the event; a change of it raises the SEQUENCE."""
        content = [self.summary, self.location, self.description, self.starts.isoformat(),
                   self.ends.isoformat(), self.cancelled]
        return hashlib.sha256(json.dumps(content).encode()).hexdigest()


SHIFT_TITLES = {"day": N_("Day shift"), "evening": N_("Evening shift"),
                "night": N_("Night shift")}


def _in(column: str, ids: list[str]) -> str:
    return f"{column} IN ({', '.join('?' for _ in ids)})"


def build_events(desk: Desk, assignment_ids: list[str]) -> list[CalendarEvent]:
    """The events of these assignments, deleted ones (or those of deleted shifts) marked
    cancelled; by start, then call sign."""
    if not assignment_ids:
        return []
    assignments = list(desk.db.query(
        f"SELECT * FROM assignment WHERE {_in('id', assignment_ids)}", assignment_ids))
    shift_ids = sorted({a["shift_id"] for a in assignments})
    shifts = {s["id"]: s for s in desk.db.query(
        f"SELECT * FROM shift WHERE {_in('id', shift_ids)}", shift_ids)}
    officers = {o["id"]: o for o in desk.db.query("SELECT * FROM officer")}
    beats = {b["id"]: b for b in desk.db.query("SELECT * FROM beat")}
    beat_of_hood = dict(desk.db.execute("SELECT id, beat_id FROM neighbourhood").fetchall())
    tasks: dict[str, list[Record]] = {}
    for task in desk.db.query(
            "SELECT * FROM directed_task WHERE deleted_at IS NULL AND "
            f"{_in('shift_id', shift_ids)} ORDER BY created_at, rowid", shift_ids):
        tasks.setdefault(task["shift_id"], []).append(task)

    def name(officer_id: str | None) -> str:
        officer = officers.get(officer_id or "")
        return officer_label(officer) if officer else ""

    events = []
    for assignment in assignments:
        shift = shifts[assignment["shift_id"]]
        beat = beats.get(assignment["beat_id"] or "")
        officer = officers.get(assignment["officer_id"], {})
        where = ", ".join(part for part in (beat["name"] if beat else "", assignment["unit"])
                          if part) or _("No beat")
        summary = " ".join(part for part in (assignment["call_sign"], name(officer.get("id")))
                           if part) + f": {where}"
        lines = [_shift_line(shift, name(shift["supervisor_id"])), _officer_line(officer)]
        for label, value in ((pgettext("riding along", "Partner"),
                              name(assignment["partner_officer_id"])),
                             (_("Call sign"), assignment["call_sign"]),
                             (_("Vehicle"), assignment["vehicle"]),
                             (_("Special duty"), assignment["special_duty"])):
            if value:
                lines.append(_("{label}: {value}").format(label=label, value=value))
        mine = [t for t in tasks.get(shift["id"], []) if _concerns(t, assignment, beat_of_hood)]
        if mine:
            lines.append(_("Directed tasks:"))
            lines += [f"- {t['text']}" + (_(" [done]") if t["done"] else "") for t in mine]
        people = tuple(p for p in (assignment["officer_id"], assignment["partner_officer_id"]) if p)
        events.append(CalendarEvent(
            uid=event_uid(assignment["id"]), assignment_id=assignment["id"], shift_id=shift["id"],
            officer_ids=people, summary=summary, location=where, description="\n".join(lines),
            starts=local(shift["starts_at"]), ends=local(shift["ends_at"]),
            cancelled=bool(assignment["deleted_at"] or shift["deleted_at"])))
    events.sort(key=lambda e: (e.starts, e.summary))
    return events


def _shift_line(shift: Record, supervisor: str) -> str:
    """'Night shift, platoon B. Supervisor: Sgt. J. Tremblay.'"""
    text = _(SHIFT_TITLES[shift_kind(shift)])
    if shift["platoon"]:
        text = _("{shift}, platoon {platoon}").format(shift=text, platoon=shift["platoon"])
    if shift["supervisor_id"]:
        text = _("{shift}. Supervisor: {name}").format(shift=text, name=supervisor)
    return text + "."


def _officer_line(officer: Record) -> str:
    if officer.get("badge"):
        return _("Officer: {name} (badge {badge})").format(name=officer_label(officer),
                                                           badge=officer["badge"])
    return _("Officer: {name}").format(name=officer_label(officer) if officer else "")


def _concerns(task: Record, assignment: Record, beat_of_hood: dict[str, str | None]) -> bool:
    """A task given to this assignment, or to no one in particular on its beat (or in one of
    its beat's neighbourhoods), as the briefing places it."""
    if task["assignment_id"]:
        return bool(task["assignment_id"] == assignment["id"])
    beat = task["beat_id"] or beat_of_hood.get(task["neighbourhood_id"] or "")
    return bool(beat and beat == assignment["beat_id"])
