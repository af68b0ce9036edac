"""The Today page's answer to "what do I need to know now?"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.clock import iso, today
from ompm_desktop.debriefs import ShiftDebrief, last_debrief
from ompm_desktop.queries import BRIEFING_ITEMS, CONTACTS, INITIATIVES, ListRequest
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Rows = list[dict[str, Any]]
SHOWN = 50  # rows of each list; the counts say how many there are in all


@dataclass
class TodaySummary:
    day: date
    shift: dict[str, Any] | None = None  # the current or next shift
    shift_supervisor: str = ""
    follow_ups_overdue: Rows = field(default_factory=list)
    follow_ups_overdue_count: int = 0
    follow_ups_due_today: Rows = field(default_factory=list)
    initiatives_due: Rows = field(default_factory=list)  # next step due today or before
    initiatives_due_count: int = 0
    stale_neighbourhoods: Rows = field(default_factory=list)
    stale_after_days: int = 90
    neighbourhood_count: int = 0  # none: "every neighbourhood is assessed" would mislead
    briefing_items: Rows = field(default_factory=list)
    last_debrief: ShiftDebrief | None = None  # the last shift that ended, with its tasks
    # Situation Table referrals holding a summary or a resident, recorded before the rule.
    referrals_to_review: Rows = field(default_factory=list)

    @property
    def nothing_pressing(self) -> bool:
        return not (self.follow_ups_overdue or self.follow_ups_due_today
                    or self.initiatives_due or self.stale_neighbourhoods or self.briefing_items
                    or self.referrals_to_review)


def today_summary(desk: Desk, *, with_referrals: bool = True) -> TodaySummary:
    """Follow-ups due and overdue, initiatives whose next step is due, neighbourhoods whose
    last assessment is stale, active briefing items, the last shift's debrief, and the
    current or next shift; and, unless left for later, the Situation Table referrals to
    review (a look at every referral: the window adds them once it has painted)."""
    context = desk.context
    day = today(context.clock)
    now = iso(context.clock())
    summary = TodaySummary(day=day)
    by_due = ListRequest(sort="follow_up_due", filters={"follow_up": "overdue"})
    summary.follow_ups_overdue = CONTACTS.page(context, by_due, limit=SHOWN)
    summary.follow_ups_overdue_count = CONTACTS.count(context, by_due)
    due_today = ListRequest(sort="occurred_at", filters={"follow_up": "today"})
    summary.follow_ups_due_today = CONTACTS.page(context, due_today, limit=SHOWN)
    initiatives = ListRequest(sort="next_step_due", filters={"next_step": "due"})
    summary.initiatives_due = INITIATIVES.page(context, initiatives, limit=SHOWN)
    summary.initiatives_due_count = INITIATIVES.count(context, initiatives)
    summary.stale_after_days = int(desk.settings.get("stale_assessment_days"))
    cutoff = (day - timedelta(days=summary.stale_after_days)).isoformat()
    summary.stale_neighbourhoods = desk.neighbourhoods.not_assessed_since(cutoff)
    summary.neighbourhood_count = desk.neighbourhoods.count()
    active_ids = [item["id"] for item in desk.briefing_items.active(now)]
    summary.briefing_items = [row for row in (BRIEFING_ITEMS.row(context, i) for i in active_ids)
                              if row is not None]
    summary.last_debrief = last_debrief(desk)
    if with_referrals:
        summary.referrals_to_review = desk.contacts.referrals_to_review()
    summary.shift = desk.shifts.current_or_next(now)
    if summary.shift and summary.shift.get("supervisor_id"):
        supervisor = desk.officers.list("id = ?", [summary.shift["supervisor_id"]])
        summary.shift_supervisor = officer_label(supervisor[0]) if supervisor else ""
    return summary
