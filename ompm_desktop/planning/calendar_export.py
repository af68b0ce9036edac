"""Shifts as iCalendar files (RFC 5545, written with the icalendar library).

One event per assignment, its times in America/Toronto (TZID, with the VTIMEZONE), its UID
stable (event_uid). Each export is remembered in the table calendar_export: exporting again
after an edit raises the event's SEQUENCE, so a calendar that imported the first file
updates the same event; an assignment deleted since is sent again as CANCELLED. The ledger
also keeps who holds a live copy of each event (officer_ids): an officer taken off an
assignment finds it CANCELLED in their own next file, once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from icalendar import Calendar, Event

from ompm_desktop import APP_TITLE, __version__
from ompm_desktop.clock import LOCAL_ZONE, iso
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.planning.calendar_events import CalendarEvent, build_events
from ompm_desktop.reports.briefing_source import shifts_starting_on
from ompm_desktop.reports.document import write_whole
from ompm_desktop.services import audit
from ompm_desktop.services.officers import officer_label
from ompm_desktop.text_fold import fold

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

PRODID = f"-//{APP_TITLE}//{__version__}//EN"


@dataclass(frozen=True)
class ExportedCalendar:
    content: bytes  # the .ics file
    events: int  # events in it, cancelled ones included
    cancelled: int


def _in(ids: list[str]) -> str:
    return ", ".join("?" for _ in ids)


def _assignment_ids(desk: Desk, shift_ids: list[str]) -> list[str]:
    """The shifts' assignments now, and those exported before that are gone since."""
    if not shift_ids:
        return []
    live = [row[0] for row in desk.db.execute(
        f"SELECT a.id FROM assignment a JOIN shift s ON s.id = a.shift_id "
        f"WHERE a.shift_id IN ({_in(shift_ids)}) AND a.deleted_at IS NULL "
        "AND s.deleted_at IS NULL", shift_ids)]
    exported = [row[0] for row in desk.db.execute(
        f"SELECT assignment_id FROM calendar_export WHERE shift_id IN ({_in(shift_ids)})",
        shift_ids)]
    return list(dict.fromkeys(live + exported))


def _holders(desk: Desk, uids: list[str]) -> dict[str, set[str]]:
    """For each event exported before, the officers holding a live copy of it."""
    if not uids:
        return {}
    return {row["uid"]: set(json.loads(row["officer_ids"] or "[]")) for row in desk.db.query(
        f"SELECT uid, officer_ids FROM calendar_export WHERE uid IN ({_in(uids)})", uids)}


def _taken_off(desk: Desk, events: list[CalendarEvent], officer_id: str) -> list[CalendarEvent]:
    """Events this officer was sent and is no longer on (the assignment given to another):
    to go out to them CANCELLED."""
    holders = _holders(desk, [e.uid for e in events])
    return [replace(e, cancelled=True) for e in events
            if officer_id not in e.officer_ids and officer_id in holders.get(e.uid, set())]


def _calendar(desk: Desk, events: list[CalendarEvent], name: str,
              taken_off: tuple[str, list[CalendarEvent]] | None = None) -> ExportedCalendar:
    """The file, with each event's SEQUENCE raised where it changed since last exported;
    the ledger of exports is updated in the same transaction as the audit entry. With
    `taken_off` (an officer, and events they no longer hold), those go in cancelled and the
    officer stops holding them."""
    now = desk.context.clock().astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", LOCAL_ZONE.key)
    recipient, gone = taken_off if taken_off else ("", [])
    uids = [e.uid for e in [*events, *gone]]
    ledger = {row["uid"]: row for row in desk.db.query(
        f"SELECT * FROM calendar_export WHERE uid IN ({_in(uids)})", uids)} if uids else {}
    updates = []
    for event in events:
        fingerprint = event.fingerprint()
        before = ledger.get(event.uid)
        if before is not None and before["cancelled"] and event.cancelled:
            fingerprint = before["fingerprint"]  # cancelled once stays as it was sent
        sequence = 0 if before is None else before["sequence"] + (
            before["fingerprint"] != fingerprint)
        calendar.add_component(_ical_event(event, sequence, now))
        holders = set(json.loads(before["officer_ids"] or "[]")) if before else set()
        updates.append({"uid": event.uid, "assignment_id": event.assignment_id,
                        "shift_id": event.shift_id,
                        "officer_ids": json.dumps(sorted(holders | set(event.officer_ids))),
                        "sequence": sequence, "fingerprint": fingerprint,
                        "cancelled": int(event.cancelled), "exported_at": iso(now)})
    released = []
    for event in gone:  # the same UID, one step on, cancelled in this officer's calendar
        before = ledger[event.uid]
        calendar.add_component(_ical_event(event, before["sequence"] + 1, now))
        left = set(json.loads(before["officer_ids"] or "[]")) - {recipient}
        released.append((json.dumps(sorted(left)), event.uid))
    events = [*events, *gone]
    if events:  # the zone's rules for the years of these events only, not since 1970
        calendar.add_missing_timezones(date(min(e.starts for e in events).year - 1, 1, 1),
                                       date(max(e.ends for e in events).year + 2, 1, 1))
    content = calendar.to_ical()
    with desk.db.atomic():
        if updates:
            desk.db.table("calendar_export").upsert_all(updates, pk="uid")
        for holders_left, uid in released:
            desk.db.execute("UPDATE calendar_export SET officer_ids = ? WHERE uid = ?",
                            [holders_left, uid])
        audit.record_change(desk.db, at=iso(now), actor=desk.actor, action="export",
                            table="calendar", row_id=None, before=None,
                            after={"calendar": name, "file": name, "events": len(events)})
    cancelled = sum(1 for e in events if e.cancelled)
    return ExportedCalendar(content, len(events), cancelled)


def _ical_event(event: CalendarEvent, sequence: int, now: datetime) -> Event:
    item = Event()
    item.add("uid", event.uid)
    item.add("dtstamp", now)
    item.add("sequence", sequence)
    item.add("dtstart", event.starts)
    item.add("dtend", event.ends)
    item.add("summary", event.summary)
    item.add("location", event.location)
    item.add("description", event.description)
    item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    item.add("transp", "OPAQUE")
    return item


def shift_calendar(desk: Desk, shift_ids: list[str], name: str = "") -> ExportedCalendar:
    """One calendar with every assignment of these shifts."""
    for shift_id in shift_ids:
        desk.shifts.get(shift_id)  # a missing or deleted shift is a NotFoundError
    events = build_events(desk, _assignment_ids(desk, shift_ids))
    return _calendar(desk, events, name or desk.settings.get("division_name") or "Shifts")


def _check_destination(out: Path) -> None:
    """Refuse a place the file cannot go before the export is noted as sent."""
    if out.is_dir():
        raise DeskError(_("{path} is a folder; give a file name ending in .ics.").format(
            path=out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DeskError(_("The folder {folder} does not exist; choose another place to "
                          "save.").format(folder=folder))


def write_shift_calendar(desk: Desk, shift_ids: list[str], out: Path | str) -> ExportedCalendar:
    """Write the shifts' calendar to a file (whole or not at all)."""
    if not shift_ids:
        raise DeskError(_("There is no shift to export."))
    _check_destination(Path(out))
    exported = shift_calendar(desk, shift_ids)
    write_whole(Path(out), exported.content)
    return exported


def write_day_calendar(desk: Desk, day: date, out: Path | str) -> ExportedCalendar:
    """Every shift starting on a local date, in one file."""
    shifts = shifts_starting_on(desk, day)
    if not shifts:
        raise DeskError(_("No shift starts on {day}. Plan one first, or give another "
                          "date.").format(day=short_date(day)))
    return write_shift_calendar(desk, [s["id"] for s in shifts], out)


def _shift_ids_between(desk: Desk, first: date, last: date) -> list[str]:
    """Shifts (deleted ones too: their events go out cancelled) starting in a date range."""
    if last < first:
        raise DeskError(_("The range ends ({last}) before it starts ({first}).").format(
            last=last, first=first))
    begins = iso(datetime.combine(first, time(0), tzinfo=LOCAL_ZONE))
    ends = iso(datetime.combine(last + timedelta(days=1), time(0), tzinfo=LOCAL_ZONE))
    return [row[0] for row in desk.db.execute(
        "SELECT id FROM shift WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at",
        [begins, ends])]


def officer_calendar(desk: Desk, officer_id: str, first: date, last: date) -> ExportedCalendar:
    """One officer's shifts starting from `first` to `last` (local dates, inclusive)."""
    officer = desk.officers.get(officer_id, include_deleted=True)
    events = build_events(desk, _assignment_ids(desk, _shift_ids_between(desk, first, last)))
    mine = [e for e in events if officer_id in e.officer_ids]
    return _calendar(desk, mine, _shifts_of(officer),
                     taken_off=(officer_id, _taken_off(desk, events, officer_id)))


def _shifts_of(officer: dict[str, Any]) -> str:
    """The calendar's name: 'Cst. J. Morin: shifts'."""
    return _("{officer}: shifts").format(officer=officer_label(officer))


def calendar_file_name(officer: dict[str, Any]) -> str:
    """'5120-cote.ics': the badge and name (accents dropped, not the letters), safe on
    every file system."""
    words = re.sub(r"[^\w-]+", "-", fold(f"{officer['badge']}-{officer['last_name']}"),
                   flags=re.ASCII)
    return words.strip("-") + ".ics"


def write_officer_calendars(desk: Desk, first: date, last: date, folder: Path | str
                            ) -> list[Path]:
    """One file per officer with a shift in the range, in a folder; the paths written."""
    shift_ids = _shift_ids_between(desk, first, last)
    folder = Path(folder)
    if not folder.is_dir():
        raise DeskError(_("The folder {folder} does not exist; choose another place to "
                          "save.").format(folder=folder))
    events = build_events(desk, _assignment_ids(desk, shift_ids))
    holders = _holders(desk, [e.uid for e in events])
    people = sorted({person for event in events for person in event.officer_ids}
                    | {person for uid in holders for person in holders[uid]})
    written = []
    for officer_id in people:
        officer = desk.officers.get(officer_id, include_deleted=True)
        mine = [e for e in events if officer_id in e.officer_ids]
        exported = _calendar(desk, mine, _shifts_of(officer),
                             taken_off=(officer_id, _taken_off(desk, events, officer_id)))
        path = folder / calendar_file_name(officer)
        write_whole(path, exported.content)
        written.append(path)
    if not written:
        raise DeskError(_("No officer is assigned to a shift from {first} to {last}.").format(
            first=first, last=last))
    return written
