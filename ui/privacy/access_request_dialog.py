"""File > Access request…: every record that names a person, found as the name is typed
(case and accents ignored), each opened with Enter to correct or erase it (edits are
audited), and saved as a PDF or a CSV file to answer the request (audited too)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.privacy.access_report import write_access_request
from ompm_desktop.privacy.access_request import Finding, find_person
from ompm_desktop.queries import display
from ui.records.record_form import HINT_STYLE

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# Records a page of the window can open, by the table they are kept in.
OPENS_ON_A_PAGE = ("partner", "contact", "initiative", "briefing_item", "officer")


class AccessRequestDialog(QDialog):
    def __init__(self, desk: Desk, open_record: Callable[[str, str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.open_record = open_record
        self.found: list[Finding] = []
        self.setWindowTitle(self.tr("Access request"))
        intro = QLabel(self.tr(
            "Type the person's name as it would be written, then Find: every record that "
            "names them is listed, and those linked to them. Enter opens a record to correct "
            "or erase it. Save the list to answer the request; saving is noted in the audit "
            "log."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.name = QLineEdit(self)
        self.name.setObjectName("person_name")
        self.name.setAccessibleName(self.tr("Person's name"))
        self.name.setPlaceholderText(self.tr("e.g. Daniel Singh"))
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.look_up)
        self.name.returnPressed.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.find_button)
        self.count = QLabel(self)
        self.count.setObjectName("found_count")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("findings")
        self.table.setAccessibleName(self.tr("Records that name the person"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Date"),
                                              self.tr("Where"), self.tr("Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda item: self.open_row(item.row()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = self.buttons.addButton(self.tr("Save as &PDF…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button = self.buttons.addButton(self.tr("Save as &CSV…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._enable_saving(False)
        self.resize(900, 560)

    def _enable_saving(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def look_up(self) -> None:
        try:
            self.found = find_person(self.desk, self.name.text())
        except DeskError as error:
            self.count.setText(error.message)
            self._enable_saving(False)
            return
        self.count.setText(self.tr("{0} places name {1}.").format(
            len(self.found), " ".join(self.name.text().split())) if self.found else self.tr(
            "No record names {0}.").format(" ".join(self.name.text().split())))
        self.table.setRowCount(len(self.found))
        for row, finding in enumerate(self.found):
            when = display.when(finding.when) if len(finding.when) > 10 else finding.when
            deleted = self.tr(" (deleted)") if finding.deleted else ""
            for column, text in enumerate((_(finding.kind) + deleted, when, finding.field,
                                           display.first_line(finding.text, 200))):
                item = QTableWidgetItem(text)
                if column == 0 and finding.table not in OPENS_ON_A_PAGE:
                    item.setToolTip(self.tr("Not opened from here"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._enable_saving(True)
        if self.found:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def open_row(self, row: int) -> bool:
        finding = self.found[row]
        if finding.table not in OPENS_ON_A_PAGE or finding.deleted:
            return False
        return self.open_record(finding.table, finding.record_id)

    def save(self, suffix: str) -> Path | None:
        name = "-".join(self.name.text().split()).lower() or "person"
        kinds = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr(
            "CSV files (*.csv)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the access request"), f"access-request-{name}{suffix}", kinds)
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        try:
            self.found = write_access_request(self.desk, self.name.text(), out)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error.message)
            return None
        QMessageBox.information(self, self.tr("Access request saved"), self.tr(
            "{0} places written to {1}.").format(len(self.found), out))
        return out

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        """Enter on a record opens it (not Find, the default button elsewhere)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus()
                and self.table.currentRow() >= 0):
            self.open_row(self.table.currentRow())
            return
        super().keyPressEvent(event)
