"""The explanation of the scores: what each indicator added to threat and to capacity, so
that a reader can check the arithmetic, and the notes on what was left out and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.i18n.dates import number
from ompm_desktop.scoring.indicators import BY_KEY, Axis
from ompm_desktop.scoring.scores import Contribution, ScoreResult


def _label(contribution: Contribution) -> str:
    """The indicator's name in the current language (the stored label is the English one)."""
    indicator = BY_KEY.get(contribution.key)
    return indicator.title if indicator else contribution.label


class ExplanationView(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("ExplanationView", "Indicator"),
               QT_TRANSLATE_NOOP("ExplanationView", "Answer"),
               QT_TRANSLATE_NOOP("ExplanationView", "Scored 0-100"),
               QT_TRANSLATE_NOOP("ExplanationView", "Weight"),
               QT_TRANSLATE_NOOP("ExplanationView", "Points"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("explanation")
        self.tree.setAccessibleName(self.tr("How the scores add up"))
        self.tree.setHeaderLabels([self.tr(str(c)) for c in self.COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree, 1)
        self.detail = QLabel(self.tr("Select a row to see how that indicator was scored."))
        self.detail.setObjectName("explanation_detail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.notes = QLabel()
        self.notes.setObjectName("explanation_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)

    def show_result(self, result: ScoreResult | None, problem: str = "") -> None:
        self.tree.clear()
        if result is None:
            self.notes.setText(problem or self.tr("Answer the questions to see the scores."))
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for axis in (Axis.THREAT, Axis.CAPACITY):
            heading = QTreeWidgetItem([
                self.tr("Threat score") if axis is Axis.THREAT else self.tr("Capacity score"),
                "", "", "", number(result.score(axis), 1)])
            for column in range(len(self.COLUMNS)):
                heading.setFont(column, bold)
            self.tree.addTopLevelItem(heading)
            for c in result.on(axis):
                counted = c.counted
                row = QTreeWidgetItem([
                    "    " + _label(c),
                    c.shown or self.tr("not answered"),
                    number(c.normalized, 1) if c.normalized is not None else "-",
                    self.tr("{0}%").format(number(c.share * 100, 0)) if counted
                    else self.tr("left out"),
                    number(c.points, 1),
                ])
                row.setToolTip(0, c.note)
                row.setToolTip(1, c.note)
                detail = self.tr("{0}: {1}").format(_label(c), c.note)
                if c.context:  # the division beside it: context, not part of the score
                    detail += "\n" + self.tr("Beside the division (context only, not "
                                             "scored): {0}").format(c.context)
                row.setData(0, Qt.ItemDataRole.UserRole, detail)
                for column in (2, 3, 4):
                    row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
                if not counted:
                    row.setForeground(0, self.palette().placeholderText())
                self.tree.addTopLevelItem(row)
            heading.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notes.setText("\n".join(result.notes))

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        detail = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.detail.setText(detail or self.tr("Select a row to see how that indicator was "
                                              "scored."))

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for reading it back)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(len(self.COLUMNS))] for item in items if item]
