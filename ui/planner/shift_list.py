"""The shifts, newest first, with how many officers each has; and "New shift…" (Ctrl+N)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.i18n.dates import short_date
from ompm_desktop.planning import shift_times
from ompm_desktop.reports.briefing_source import shift_name

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

SHOWN_SHIFTS = 200  # the newest are listed; older shifts stay in the database
# More shifts than any window shows: the list has its scroll bar from the start, instead of
# measuring every shift's wrapped lines once without it, then again with it.
SCROLLED = 30


class WrappedLines(QStyledItemDelegate):
    """Each shift as tall as its lines wrapped at the list's width: Qt's own guess wrapped
    them wider, and in large type cut the last line off with "…"."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view  # kept: PySide's parent() took more than the measuring

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = max(view.viewport().width() - 2 * view.spacing() - 2 * margin, 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                                Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), lines.height() + 6))


class ShiftList(QWidget):
    shift_chosen = Signal(str)  # a shift id
    new_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.new_button = QPushButton(self.tr("New shift…"), self)
        self.new_button.setObjectName("new_shift")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_requested)
        self.list = QListWidget(self)
        self.list.setObjectName("shifts")
        self.list.setAccessibleName(self.tr("Shifts"))
        self.list.setWordWrap(True)
        # Lay the items out again as the list narrows or the type grows: a shift's lines wrap
        # instead of ending in "…".
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(WrappedLines(self.list))
        self.list.setSpacing(3)  # each shift's two lines read as one
        self.list.currentItemChanged.connect(self._current_changed)
        self.empty = QLabel(self.tr("No shifts planned yet. Plan the first one with "
                                    "New shift… (Ctrl+N)."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def reload(self, select_id: str | None = None) -> None:
        """Read the shifts again, keeping (or moving to) the chosen one."""
        keep = select_id or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        shifts = self.desk.shifts.list(limit=SHOWN_SHIFTS)
        counts = self.desk.assignments.count_by("shift_id", [shift["id"] for shift in shifts])
        for shift in shifts:
            count = counts[shift["id"]]
            times = shift_times(shift)
            platoon = self.tr(" · Platoon {0}").format(shift["platoon"]) if shift["platoon"] \
                else ""
            text = self.tr("{name} · {day}\n{start}–{end}{platoon} · {count} assigned").format(
                name=shift_name(shift), day=short_date(times.day),
                start=f"{times.start:%H:%M}", end=f"{times.end:%H:%M}", platoon=platoon,
                count=count)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, shift["id"])
            self.list.addItem(item)
            if shift["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if self.list.count() > SCROLLED
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self, shift_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == shift_id:
                self.list.setCurrentRow(row)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.shift_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
