"""A shift's start and end from a local date and two local times, as long as it really is.

Shifts are stored as UTC stamps. A sergeant thinks in local wall-clock times: "the night of
Sat 31 Oct, 19:00 to 07:00". On the night the clocks go back that shift lasts 13 hours; on
the night they go forward, 11. Building the stamps with zoneinfo (America/Toronto) gets both
right; a time that does not exist that night (02:30 when the clocks jump from 02:00 to 03:00)
is refused with a message, and a time that happens twice (01:30 when they fall back) is the
first of the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ompm_desktop.clock import LOCAL_ZONE, iso, local
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _, ngettext
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.reports.briefing_source import shift_name

_CLOCK_TIME = re.compile(r"^(\d{1,2})(?:[:h.]?(\d{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ShiftTimes:
    """A shift's local date, start and end times, and its true length."""

    day: date  # the local date it starts
    start: time
    end: time
    starts_at: str  # UTC stamps, as stored
    ends_at: str

    @property
    def hours(self) -> float:
        return shift_hours(self.starts_at, self.ends_at)

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def clock_shift(self) -> int:
        """+1 when the clocks go back an hour during the shift (an hour longer than the
        clock says), -1 when they go forward, 0 otherwise."""
        return _clock_shift(self.starts_at, self.ends_at)

    @property
    def clock_change(self) -> str:
        """'' or what the clocks do during the shift, in words a sergeant reads."""
        return clock_change_note(self.starts_at, self.ends_at)


TIME_LABELS = (N_("Time"), N_("Start"), N_("End"))  # the labels read_clock_time is given


def read_clock_time(text: str, label: str = "Time", field: str | None = None) -> time:
    """'19:00', '1900', '7:00', '7 pm', '19' -> a time; anything else is refused. The label
    is English (one of TIME_LABELS), translated in the message."""
    match = _CLOCK_TIME.match(" ".join((text or "").split()))
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = match.group(3)
        if suffix and 1 <= hour <= 12:
            hour = hour % 12 + (12 if suffix.lower().startswith("p") else 0)
        elif suffix:
            hour = 99
        if hour <= 23 and minute <= 59 and (match.group(2) or suffix or len(text) <= 2):
            return time(hour, minute)
    raise ValidationError(_("{label}: '{text}' is not a time. Write it as HH:MM, e.g. "
                            "19:00.").format(label=_(label), text=text), field)


def _local_moment(day: date, at: time, label: str, field: str) -> datetime:
    moment = datetime.combine(day, at, tzinfo=LOCAL_ZONE)
    back = moment.astimezone(UTC).astimezone(LOCAL_ZONE)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        jump = back.replace(minute=0)
        raise ValidationError(
            _("{label}: {time} does not exist on {day}; the clocks go forward an hour that "
              "night. Choose {later} or later, or before {before}.").format(
                label=_(label), time=f"{at:%H:%M}", day=short_date(day),
                later=f"{jump:%H:%M}", before=f"{(jump - timedelta(hours=1)):%H:%M}"), field)
    return moment


def shift_bounds(day: date, start: time, end: time) -> ShiftTimes:
    """The shift starting on a local date at `start` and ending at `end`: the next day when
    `end` is not after `start` (a night shift crosses midnight)."""
    begins = _local_moment(day, start, "Start", "starts_at")
    ends_on = day + timedelta(days=1) if end <= start else day
    ends = _local_moment(ends_on, end, "End", "ends_at")
    return ShiftTimes(day, start, end, iso(begins), iso(ends))


def shift_times(shift: dict[str, Any]) -> ShiftTimes:
    """A stored shift's local date and times."""
    begins, ends = local(shift["starts_at"]), local(shift["ends_at"])
    return ShiftTimes(begins.date(), begins.time().replace(tzinfo=None),
                      ends.time().replace(tzinfo=None), shift["starts_at"], shift["ends_at"])


def shift_hours(starts_at: str, ends_at: str) -> float:
    """The true length in hours (UTC arithmetic: a DST night counts its real hours)."""
    begins = datetime.fromisoformat(starts_at).astimezone(UTC)
    ends = datetime.fromisoformat(ends_at).astimezone(UTC)
    return (ends - begins).total_seconds() / 3600


def _clock_shift(starts_at: str, ends_at: str) -> int:
    wall = local(ends_at).replace(tzinfo=None) - local(starts_at).replace(tzinfo=None)
    real = timedelta(hours=shift_hours(starts_at, ends_at))
    return (real > wall) - (real < wall)


def clock_change_note(starts_at: str, ends_at: str) -> str:
    """'' or 'The clocks go back an hour during this shift: it lasts 13 hours.'"""
    hours = shift_hours(starts_at, ends_at)
    length = ngettext("{hours} hour", "{hours} hours", int(hours)).format(
        hours=f"{hours:g}")
    shift = _clock_shift(starts_at, ends_at)
    if shift > 0:
        return _("The clocks go back an hour during this shift: it lasts {length}.").format(
            length=length)
    if shift < 0:
        return _("The clocks go forward an hour during this shift: it lasts {length}.").format(
            length=length)
    return ""


def shift_label(shift: dict[str, Any]) -> str:
    """'Night · Sat 31 Oct 2026 19:00–07:00 · Platoon C'."""
    times = shift_times(shift)
    platoon = (" · " + _("Platoon {platoon}").format(platoon=shift["platoon"])
               if shift.get("platoon") else "")
    return (f"{shift_name(shift)} · {short_date(times.day)} "
            f"{times.start:%H:%M}–{times.end:%H:%M}{platoon}")
