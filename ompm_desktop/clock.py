"""Time: stamps are UTC ISO-8601; people see America/Toronto.

Everything that asks what time it is asks `utc_now`. Setting OMPM_NOW to an ISO-8601 moment
(``2026-11-24T21:00-05:00``) fixes it: the test suite and its child processes run at one
known moment whatever the machine's clock says, and a demo or a screenshot can be made
again exactly."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("America/Toronto")

Clock = Callable[[], datetime]

FIXED_NOW_VARIABLE = "OMPM_NOW"


def utc_now() -> datetime:
    fixed = os.environ.get(FIXED_NOW_VARIABLE)
    if fixed:
        return parse_iso(fixed).astimezone(UTC)
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A UTC ISO-8601 stamp, to the second; naive datetimes are taken as local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_ZONE)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_ZONE)
    return moment


def local(moment: datetime | str) -> datetime:
    if isinstance(moment, str):
        moment = parse_iso(moment)
    return moment.astimezone(LOCAL_ZONE)


def today(clock: Clock = utc_now) -> date:
    return local(clock()).date()
