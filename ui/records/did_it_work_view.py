""""Did it work?" on an initiative's form: its calls before and after the response began
beside the rest of its beat's, as four small bars, with the verdict and its caution."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ompm_desktop.cswb.did_it_work import BeforeAfter, Verdict, cautions, initiative_result
from ui.records.record_form import HINT_STYLE

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

BEFORE = QColor("#9E9E9E")
AFTER = QColor("#1565C0")


class BeforeAfterBars(QWidget):
    """Two pairs of bars, each pair on its own scale: the place's, then the rest's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: BeforeAfter | None = None
        self.setMinimumHeight(54)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.result is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        result = self.result
        rest = (self.tr("Rest of the beat") if result.compared_with == "beat"
                else self.tr("Rest of the division"))
        rows = ((self.tr("Its place"), result.place_before, result.place_after),
                (rest, result.rest_before, result.rest_after))
        label_width, height = 130, 12
        width = max(40, self.width() - label_width - 40)
        for index, (label, before, after) in enumerate(rows):
            top = index * 27
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, top, label_width - 6, 24),
                             int(Qt.AlignmentFlag.AlignVCenter), label)
            highest = max(before, after, 1)
            for offset, (value, colour) in enumerate(((before, BEFORE), (after, AFTER))):
                y = top + offset * height
                length = width * value / highest
                painter.fillRect(QRectF(label_width, y, max(length, 1), height - 2), colour)
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(label_width + length + 4, y - 2, 40, height + 2),
                                 int(Qt.AlignmentFlag.AlignVCenter), str(value))
        painter.end()


class DidItWorkView(QWidget):
    """`write_measures` asks the form to put the counts in its Before and After fields."""

    write_measures = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("did_it_work")
        self.bars = BeforeAfterBars(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("did_it_work_verdict")
        self.verdict.setWordWrap(True)
        self.caution = QLabel(self)
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.bars)
        layout.addWidget(self.caution)
        self.write_button = QPushButton(self.tr("&Write these counts into Before and After"),
                                        self)
        self.write_button.setObjectName("did_it_work_write")
        self.write_button.clicked.connect(self._write)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result: BeforeAfter | None = None

    def show_for(self, desk: Desk, record: dict[str, Any] | None) -> None:
        """The verdict for this initiative as saved (nothing for a new one)."""
        self.result = None if record is None else initiative_result(desk, record["id"])
        measured = self.result is not None and self.result.verdict is not Verdict.NOT_YET
        self.bars.result = self.result if measured else None
        self.bars.setVisible(measured)
        self.caution.setVisible(measured)
        self.write_button.setVisible(measured)
        if self.result is None:
            self.verdict.setText(self.tr("Did it work? Save the initiative, name its call "
                                         "types, and move it to the response stage."))
        else:
            self.verdict.setText(self.tr("Did it work? {0}").format(self.result.sentence()))
            self.caution.setText(cautions()[0])
        self.bars.update()

    def _write(self) -> None:
        if self.result is not None:
            self.write_measures.emit(*self.result.measures())
