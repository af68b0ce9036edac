"""A table model that reads a RecordList a page at a time, as the view scrolls.

Qt asks canFetchMore()/fetchMore() when the view reaches the last loaded row, so a list of
200,000 contacts opens with its first page only. Sorting (a header click), filtering and
searching set a new ListRequest and start again from the first page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ompm_desktop.queries import ListRequest, RecordList
from ompm_desktop.services.record_service import Context, Record

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class LazyRecordModel(QAbstractTableModel):
    reloaded = Signal()  # after a new request or a refresh: the total may have changed

    def __init__(self, record_list: RecordList, context: Context, page_size: int = 200,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.record_list = record_list
        self.context = context
        self.page_size = page_size
        self.request = ListRequest()
        self.rows: list[Record] = []
        self.total = 0
        self._exhausted = True
        self.hidden_columns: set[str] = set()

    # ---- what is shown -------------------------------------------------------------

    def set_request(self, request: ListRequest) -> None:
        self.request = request
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Read the list again from the top; with keep_loaded, as many rows as were shown."""
        wanted = max(self.page_size, len(self.rows)) if keep_loaded else self.page_size
        self.beginResetModel()
        self.rows = self.record_list.page(self.context, self.request, 0, wanted)
        self._exhausted = len(self.rows) < wanted
        self.total = (len(self.rows) if self._exhausted
                      else self.record_list.count(self.context, self.request))
        self.endResetModel()
        self.reloaded.emit()

    def record_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row["id"] == record_id:
                return number
        return -1

    def column_of(self, key: str) -> int:
        return [column.key for column in self.record_list.columns].index(key)

    # ---- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.record_list.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.record_list.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row.get(column.key))
        if role == Qt.ItemDataRole.ToolTipRole:
            value = row.get(column.key)
            text = "" if value is None else str(value)
            return text if len(text) > 40 else None
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.record_list.columns[section].label
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self.record_list.page(self.context, self.request, len(self.rows), self.page_size)
        self._exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.record_list.columns[column]
        if not spec.sortable:
            return
        if (column, order) == self.sort_state():
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_request(self.request.replace(sort=spec.key, descending=descending))

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the list is sorted by, for the header's indicator."""
        key = self.request.sort or self.record_list.default_sort
        descending = (self.request.descending if self.request.descending is not None
                      else self.record_list.default_descending and self.request.sort is None)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return self.column_of(key), order
