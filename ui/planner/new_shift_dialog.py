"""A new shift (or a change to one): its date and local times (typed as 19:00 or 1900),
platoon, supervisor and notes; a new one optionally started from the platoon's previous
shift. Its true length is shown as it is typed: a night shift crosses midnight, and the
night the clocks change is 11 or 13 hours.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.model.vocabulary import PLATOONS
from ompm_desktop.planning import read_clock_time, shift_bounds, shift_times
from ompm_desktop.services.officers import officer_label
from ui.colours import error_style

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

SUPERVISOR_RANKS = ("S/Sgt.", "Sgt.")  # listed first: who usually supervises a shift


def length_text(day: date, start_text: str, end_text: str) -> str:
    """'12 h, ends the next day' or '13 h (clocks go back), ends the next day'; raises a
    ValidationError for a time that is not one, or one the clocks skip."""
    times = shift_bounds(day, read_clock_time(start_text, "Start"),
                         read_clock_time(end_text, "End"))
    text = f"{times.hours:g} h"
    if times.clock_shift > 0:
        text += QCoreApplication.translate("NewShiftDialog", " (clocks go back)")
    elif times.clock_shift < 0:
        text += QCoreApplication.translate("NewShiftDialog", " (clocks go forward)")
    if times.crosses_midnight:
        text += QCoreApplication.translate("NewShiftDialog", ", ends the next day")
    return text


class NewShiftDialog(QDialog):
    def __init__(self, desk: Desk, day: date, submit: Callable[[dict[str, Any]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.submit = submit
        self.setWindowTitle(self.tr("New shift"))
        self.day = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd MMM yyyy")
        self.start = QLineEdit("19:00", self)
        self.end = QLineEdit("07:00", self)
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("HH:MM, e.g. 19:00 or 1900"))
        self.length = QLabel(self)
        self.length.setObjectName("length")
        self.platoon = QComboBox(self)
        self.platoon.addItem(self.tr("(none)"), "")
        for name in PLATOONS:
            self.platoon.addItem(name, name)  # typed as one letter
        self.supervisor = QComboBox(self)
        self.supervisor.addItem(self.tr("(none)"), None)
        officers = desk.officers.list("active")
        officers.sort(key=lambda o: o["rank"] not in SUPERVISOR_RANKS)
        for officer in officers:
            self.supervisor.addItem(f"{officer_label(officer)} · {officer['badge']}",
                                    officer["id"])
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Read at the briefing (e.g. radio channel 3 "
                                              "is down)"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.copy_previous = QCheckBox(
            self.tr("Start from the previous shift of this platoon (copy its assignments)"),
            self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("&Platoon"), self.platoon)
        form.addRow(self.tr("S&upervisor"), self.supervisor)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow("", self.copy_previous)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create shift"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.start, self.end):
            edit.textChanged.connect(self._show_length)
        self.day.dateChanged.connect(self._show_length)
        self.platoon.currentIndexChanged.connect(self._platoon_changed)
        self._show_length()
        self._platoon_changed()
        self.setMinimumWidth(460)

    def show_shift(self, shift: dict[str, Any]) -> None:
        """Change this shift instead of planning a new one."""
        times = shift_times(shift)
        self.setWindowTitle(self.tr("Change shift"))
        self.ok_button.setText(self.tr("Save"))
        self.day.setDate(QDate(times.day.year, times.day.month, times.day.day))
        self.start.setText(f"{times.start:%H:%M}")
        self.end.setText(f"{times.end:%H:%M}")
        self.platoon.setCurrentIndex(max(self.platoon.findData(shift["platoon"]), 0))
        if shift["supervisor_id"] and self.supervisor.findData(shift["supervisor_id"]) < 0:
            supervisor = self.desk.officers.get(shift["supervisor_id"], include_deleted=True)
            self.supervisor.addItem(self.tr("{0} (inactive)").format(officer_label(supervisor)),
                                    supervisor["id"])
        self.supervisor.setCurrentIndex(max(self.supervisor.findData(shift["supervisor_id"]), 0))
        self.notes.setPlainText(shift["notes"])
        self.copy_previous.hide()

    def chosen_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _show_length(self) -> None:
        try:
            self.length.setText(length_text(self.chosen_day(), self.start.text(),
                                            self.end.text()))
            self.error.clear()
        except DeskError as error:
            self.length.setText("—")
            self.error.setText(error.message)

    def _platoon_changed(self) -> None:
        self.copy_previous.setEnabled(bool(self.platoon.currentData()))
        if not self.platoon.currentData():
            self.copy_previous.setChecked(False)

    def values(self) -> dict[str, Any]:
        """What was chosen, times read as typed (raises a ValidationError for a bad one)."""
        return {"day": self.chosen_day(),
                "start": read_clock_time(self.start.text(), "Start", "starts_at"),
                "end": read_clock_time(self.end.text(), "End", "ends_at"),
                "platoon": self.platoon.currentData(),
                "supervisor_id": self.supervisor.currentData(),
                "notes": self.notes.toPlainText().strip(),
                "copy_previous": self.copy_previous.isChecked()}

    def accept(self) -> None:
        try:
            self.submit(self.values())
        except DeskError as error:
            self.error.setText(error.message)
            return
        super().accept()
