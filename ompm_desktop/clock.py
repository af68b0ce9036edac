"""Time: stamps are UTC ISO-8601; people see America/Toronto."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("America/Toronto")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
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
