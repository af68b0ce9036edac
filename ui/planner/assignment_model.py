"""The officers on a shift as a table: officer, beat, unit, call sign, vehicle, partner and
special duty. Edits are not written here: each is asked for (change_requested) and made by
the page through the undo stack, then read back with set_rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ompm_desktop.services.officers import officer_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (  # (key, header: shown with self.tr(), marked for Qt Linguist)
    ("officer_id", QT_TRANSLATE_NOOP("AssignmentModel", "Officer")),
    ("beat_id", QT_TRANSLATE_NOOP("AssignmentModel", "Beat")),
    ("unit", QT_TRANSLATE_NOOP("AssignmentModel", "Unit")),
    ("call_sign", QT_TRANSLATE_NOOP("AssignmentModel", "Call sign")),
    ("vehicle", QT_TRANSLATE_NOOP("AssignmentModel", "Vehicle")),
    ("partner_officer_id", QT_TRANSLATE_NOOP("AssignmentModel", "Partner officer")),
    ("special_duty", QT_TRANSLATE_NOOP("AssignmentModel", "Special duty")),
)
CHOICE_COLUMNS = ("beat_id", "partner_officer_id")


class AssignmentModel(QAbstractTableModel):
    change_requested = Signal(str, dict)  # assignment id, {field: new value}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.officers: dict[str, dict[str, Any]] = {}
        self.beats: dict[str, str] = {}  # id -> name

    def set_rows(self, rows: list[dict[str, Any]], officers: dict[str, dict[str, Any]],
                 beats: dict[str, str]) -> None:
        """Show these assignments; the same rows in the same order are updated in place, so
        an edit being committed keeps its cell."""
        self.officers, self.beats = officers, beats
        if [r["id"] for r in rows] == [r["id"] for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def key(self, column: int) -> str:
        return COLUMNS[column][0]

    def row_of(self, assignment_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == assignment_id), -1)

    def officer_name(self, officer_id: str | None) -> str:
        officer = self.officers.get(officer_id or "")
        if officer is None:
            return ""
        return officer_label(officer) + ("" if officer["active"] else " (inactive)")

    def choices(self, column: int, row: int) -> list[tuple[str | None, str]]:
        """The (id, label) options of a beat or partner cell, 'none' first."""
        if self.key(column) == "beat_id":
            return [(None, self.tr("(no beat)"))] + list(self.beats.items())
        own = self.rows[row]["officer_id"]
        return [(None, self.tr("(no partner)"))] + [
            (officer_id, self.officer_name(officer_id)) for officer_id, officer
            in self.officers.items() if officer_id != own and officer["active"]]

    # ---- Qt's model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.key(index.column())
        if role == Qt.ItemDataRole.EditRole:
            return row[key]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key in ("officer_id", "partner_officer_id"):
                return self.officer_name(row[key])
            if key == "beat_id":
                return self.beats.get(row[key] or "", "")
            return row[key]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and self.key(index.column()) != "officer_id":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, key = self.rows[index.row()], self.key(index.column())
        if key not in CHOICE_COLUMNS:
            value = " ".join(str(value or "").split())
        if (row[key] or None) == (value or None):
            return False
        self.change_requested.emit(row["id"], {key: value or (None if key in CHOICE_COLUMNS
                                                               else "")})
        return True
