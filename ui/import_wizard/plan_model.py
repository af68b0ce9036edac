"""The preview's list: what each row will do, or what is wrong with it (fast on 50,000 rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from ompm_desktop.transfer.importer import ImportPlan
from ui.colours import readable

ACTION_COLOURS = {"create": "#2E7D32", "update": "#1565C0", "unchanged": "#6B6B6B"}
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """Rows with their action when the file is sound; its problems when it is not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._actions = {
            "create": self.tr("Create"),
            "update": self.tr("Update"),
            "unchanged": self.tr("Unchanged"),
        }

    @property
    def showing_problems(self) -> bool:
        return bool(self.plan and self.plan.problems)

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def headers(self) -> list[str]:
        if self.showing_problems:
            return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        return [self.tr("Row"), self.tr("Action"), self.tr("Record"), self.tr("Notes")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.plan.problems) if self.showing_problems else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        if self.showing_problems:
            problem = self.plan.problems[index.row()]
            values = [str(problem.row or ""), problem.column, problem.reason]
            if role == Qt.ItemDataRole.DisplayRole:
                return values[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
                return problem.reason
            return None
        prepared = self.plan.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(prepared.row), self._actions.get(prepared.action, prepared.action),
                    prepared.label, "; ".join(prepared.notes)][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            colour = ACTION_COLOURS.get(prepared.action)
            return QColor(readable(colour, role=QPalette.ColorRole.Base)) if colour else None
        return None
