"""A neighbourhood's assessments, newest first: date, assessor, scores, quadrant and the
reason for any override. Enter or a double click opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.queries.display import score
from ui.records.read_only_table import make_read_only

COLUMNS = tuple(str(title) for title in (  # shown with self.tr(), marked for Qt Linguist
    QT_TRANSLATE_NOOP("AssessmentHistory", "Date"),
    QT_TRANSLATE_NOOP("AssessmentHistory", "Assessor"),
    QT_TRANSLATE_NOOP("AssessmentHistory", "Capacity"),
    QT_TRANSLATE_NOOP("AssessmentHistory", "Threat"),
    QT_TRANSLATE_NOOP("AssessmentHistory", "Quadrant"),
    QT_TRANSLATE_NOOP("AssessmentHistory", "Reason for the override")))


class AssessmentHistory(QTableWidget):
    assessment_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("assessment_history")
        self.setAccessibleName(self.tr("Assessment history"))
        self.setHorizontalHeaderLabels([self.tr(text) for text in COLUMNS])
        make_read_only(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemActivated.connect(lambda item: self._open(item.row()))
        self.ids: list[str] = []

    def show_history(self, history: list[dict[str, Any]]) -> None:
        """`history` oldest first, as the service gives it; shown newest first."""
        rows = list(reversed(history))
        self.ids = [row["id"] for row in rows]
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            placed = row["capacity"] is not None
            values = (row["assessed_on"], row["assessor"],
                      score(row["capacity"]) if placed else self.tr("unknown"),
                      score(row["threat"]),
                      Quadrant(row["quadrant"]).label if placed else self.tr("not yet placed"),
                      row.get("override_reason") or "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(number, column, item)
        if rows:
            self.selectRow(0)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The last column takes the room left, unless the columns need more than there is
        (large type): then each keeps its width and the table scrolls sideways, instead of
        cutting the last title short."""
        header = self.horizontalHeader()
        needed = sum(max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                     for column in range(self.columnCount()))
        header.setStretchLastSection(needed <= self.viewport().width())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.assessment_opened.emit(self.ids[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)
