"""The retention review on the service's schedule: as a division opens, when the review is
due (every `retention_review_days`, a setting IT can preset), the app shows what has passed
the retention period and erases it, unless the sergeant postpones it with a reason, which
the audit log keeps. A review with nothing to erase is noted as done without a word."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ompm_desktop.clock import today
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.services import audit
from ompm_desktop.transfer.retention import RetentionReview, erase_expired, review_retention

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

POSTPONE_DAYS = 7
LONGEST_POSTPONEMENT = 30


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def review_due(desk: Desk) -> bool:
    """Whether the scheduled review is due today (never on a file opened read-only)."""
    days = int(desk.settings.get("retention_review_days") or 0)
    if days <= 0 or desk.read_only:
        return False
    now = today(desk.context.clock)
    postponed = _day(desk.settings.get("retention_postponed_until"))
    if postponed is not None and now < postponed:
        return False
    last = _day(desk.settings.get("retention_reviewed_on"))
    return last is None or now >= last + timedelta(days=days)


def scheduled_review(desk: Desk) -> RetentionReview | None:
    """What the scheduled review would erase, when it is due and there is something; a due
    review with nothing to erase is noted as done."""
    if not review_due(desk):
        return None
    review = review_retention(desk)
    if review.empty:
        mark_reviewed(desk)
        return None
    return review


def mark_reviewed(desk: Desk) -> None:
    desk.settings.set("retention_reviewed_on", today(desk.context.clock).isoformat())


def erase_scheduled(desk: Desk, review: RetentionReview) -> RetentionReview:
    """Erase what the review showed (what is still due), and note the review as done."""
    erased = erase_expired(desk, review)
    mark_reviewed(desk)
    return erased


def postpone(desk: Desk, reason: str, days: int = POSTPONE_DAYS) -> date:
    """Put the review off for `days` (at most 30), for a reason the audit log keeps."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(_("Say why the retention review is put off (the audit log keeps "
                                "the reason)."), "reason")
    if not 1 <= days <= LONGEST_POSTPONEMENT:
        raise ValidationError(_("The review can be put off for 1 to {days} days.").format(
            days=LONGEST_POSTPONEMENT), "days")
    until = today(desk.context.clock) + timedelta(days=days)
    with desk.db.atomic():
        desk.settings.set("retention_postponed_until", until.isoformat())
        audit.record_change(desk.db, at=desk.context.now(), actor=desk.actor,
                            action="retention_postponed", table="contact", row_id=None,
                            before=None, after={"until": until.isoformat(), "reason": reason})
    return until
