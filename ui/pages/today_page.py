"""Today: what a sergeant needs to know now. Enter or a double-click on a line opens what
it is about on its own page (a contact's follow-up, an initiative, a briefing item, a
neighbourhood to assess)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.clock import local
from ompm_desktop.debriefs import outcome_label
from ompm_desktop.i18n.dates import day_and_time, long_date
from ompm_desktop.queries.display import briefing_kind, day
from ompm_desktop.today import today_summary

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from ompm_desktop.services.desk import Desk


def _shift_line(summary: Any) -> str:
    shift = summary.shift
    if not shift:
        return QCoreApplication.translate(
            "TodayPage", "No shift is planned. Plan one on the Shifts page.")
    starts, ends = local(shift["starts_at"]), local(shift["ends_at"])
    line = QCoreApplication.translate("TodayPage", "Platoon {platoon} · {start}–{end}").format(
        platoon=shift["platoon"] or "-", start=day_and_time(starts), end=f"{ends:%H:%M}")
    if summary.shift_supervisor:
        line += " · " + QCoreApplication.translate("TodayPage", "Supervisor: {name}").format(
            name=summary.shift_supervisor)
    return line


# The kind of record each list's lines are about, as MainWindow.open_record takes it.
KINDS = {"follow_ups": "contact", "initiatives": "initiative", "items": "briefing_item",
         "stale": "neighbourhood", "debrief": "shift"}


class TodayPage(QWidget):
    record_requested = Signal(str, str)  # (kind, id): the window opens it on its page

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.record_ids: dict[str, list[str]] = {}  # each list's records, by row
        for index, key in enumerate(("follow_ups", "initiatives", "items", "stale",
                                     "debrief")):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            listing = QListWidget()
            listing.setObjectName(key)
            listing.setWordWrap(True)
            listing.setToolTip(self.tr("Enter or double-click opens it"))
            listing.itemActivated.connect(self._open)
            inner.addWidget(listing)
            grid.addWidget(box, index // 2, index % 2, 1, 2 if key == "debrief" else 1)
            self.lists[key], self.boxes[key] = listing, box
        # The Situation Table referrals to review look at every referral of the division
        # (25 ms of a large one's start-up): they are added once the page has painted.
        self.painted = False
        self.follow_up_lines: list[tuple[str, str]] = []
        self.follow_up_count = 0
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, self._add_referrals)

    def _add_referrals(self) -> None:
        if self.desk.closed:  # the window opened another database meanwhile
            return
        self._fill_follow_ups(self.desk.contacts.referrals_to_review())

    def _fill_follow_ups(self, referrals: list[dict[str, Any]]) -> None:
        lines = [*self.follow_up_lines, *((r["id"], self.tr(
            "Review the Situation Table referral of {day}: it holds a summary or names a "
            "resident (a referral keeps the date, the agency and the outcome)").format(
                day=day(r["occurred_at"]))) for r in referrals)]
        self._fill("follow_ups", self.tr("Follow-ups due and overdue ({n})").format(
            n=self.follow_up_count), lines,
            self.tr("No follow-up is due. Log contacts with Ctrl+L."))

    def refresh(self) -> None:
        summary = today_summary(self.desk, with_referrals=self.painted)
        self.heading.setText(self.tr("<h2>Today, {day}</h2><p><b>Shift:</b> {shift}</p>").format(
            day=long_date(summary.day), shift=_shift_line(summary)))
        follow_ups = [(c["id"], self.tr("Overdue since {day}: {what} ({where}; {who})").format(
            day=day(c["follow_up_due"]), what=c["follow_up"],
            where=c["neighbourhood"] or self.tr("no neighbourhood"), who=c["partners"]))
            for c in summary.follow_ups_overdue]
        follow_ups += [(c["id"], self.tr("Due today: {what} ({who})").format(
            what=c["follow_up"], who=c["partners"])) for c in summary.follow_ups_due_today]
        self.follow_up_lines = follow_ups
        self.follow_up_count = (summary.follow_ups_overdue_count
                                + len(summary.follow_ups_due_today))
        self._fill_follow_ups(summary.referrals_to_review)
        self._fill("initiatives", self.tr("Initiatives with a next step due ({n})").format(
            n=summary.initiatives_due_count),
            [(i["id"], self.tr("{due}: {step} ({title})").format(
                due=day(i["next_step_due"]), step=i["next_step"], title=i["title"]))
             for i in summary.initiatives_due],
            self.tr("No initiative has a next step due."))
        self._fill("items", self.tr("Briefing items in force ({n})").format(
            n=len(summary.briefing_items)),
            [(b["id"], self.tr("{kind}: {title} (expires {day})").format(
                kind=briefing_kind(b["kind"]), title=b["title"], day=day(b["expires_at"])))
             for b in summary.briefing_items],
            self.tr("No briefing item is in force."))
        self._fill("stale", self.tr("Neighbourhoods not assessed for {d} days ({n})").format(
            d=summary.stale_after_days, n=len(summary.stale_neighbourhoods)),
            [(n["id"], n["name"]) for n in summary.stale_neighbourhoods],
            self.tr("Every neighbourhood has a recent assessment.")
            if summary.neighbourhood_count else
            self.tr("No neighbourhood yet. Add them on the Neighbourhoods page, then assess "
                    "each one."))

        self._fill_debrief(summary.last_debrief)

    def _fill_debrief(self, debrief: Any) -> None:
        """The last shift's debrief: each task's outcome and what came of it."""
        if debrief is None:
            self._fill("debrief", self.tr("Last shift's debrief"), [],
                       self.tr("No shift with directed tasks has ended yet."))
            return
        counts = self.tr("{done} done, {not_done} not done, {carried} carried over, "
                         "{open} not debriefed").format(
            done=debrief.count("done"), not_done=debrief.count("not_done"),
            carried=debrief.count("carried_over"), open=debrief.open_count)
        lines = []
        for line in debrief.lines:
            text = f"{outcome_label(line.outcome)}: {line.task['text']}"
            text += f" - {line.note}" if line.note else ""
            text += f" ({line.who})" if line.who else ""
            lines.append((debrief.shift["id"], text))
        self._fill("debrief", self.tr("Last shift's debrief: {shift} ({counts})").format(
            shift=debrief.label, counts=counts), lines, "")

    def _fill(self, key: str, title: str, lines: list[tuple[str, str]], empty: str) -> None:
        """A list's lines, each knowing the record it is about; or what its emptiness means."""
        self.boxes[key].setTitle(title)
        listing = self.lists[key]
        listing.setAccessibleName(title)  # what a screen reader says: the box's own title
        listing.clear()
        # Each line's record, by row: kept here, not as item data, so that the page names
        # no Qt enum before the window's first paint (PySide makes them all at once then).
        self.record_ids[key] = [record_id for record_id, _text in lines]
        listing.addItems([text for _record_id, text in lines] or [empty])
        listing.setEnabled(bool(lines))

    def _open(self, item: QListWidgetItem) -> None:
        listing = item.listWidget()
        key = next(key for key, shown in self.lists.items() if shown is listing)
        row = listing.row(item)
        if 0 <= row < len(self.record_ids[key]) and self.record_ids[key][row]:
            self.record_requested.emit(KINDS[key], self.record_ids[key][row])
