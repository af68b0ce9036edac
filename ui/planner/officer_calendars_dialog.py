"""Calendars per officer: one .ics file per officer with a shift in a date range, in a folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ui.colours import error_style

Submit = Callable[[date, date, Path], None]


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd dd MMM yyyy")
    return edit


class OfficerCalendarsDialog(QDialog):
    def __init__(self, first: date, last: date, submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Calendars per officer"))
        intro = QLabel(self.tr("One calendar file (.ics) per officer, with each of their "
                               "shifts starting in these dates. Importing a file again "
                               "later updates the same events."), self)
        intro.setWordWrap(True)
        self.first = _date_edit(first, self)
        self.last = _date_edit(last, self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("The folder to save the files in"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setAccessibleDescription(self.folder.placeholderText())
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        folder_label = QLabel(self.tr("F&older"), self)
        folder_label.setBuddy(self.folder)  # a row of two widgets has no buddy of its own
        form.addRow(folder_label, folder_row)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save the calendars in"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def accept(self) -> None:
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose the folder to save the files in."))
            return
        try:
            self.submit(_day(self.first), _day(self.last), Path(self.folder.text().strip()))
        except DeskError as error:
            self.error.setText(error.message)
            return
        super().accept()
