"""Above a list: search as you type, one drop-down per filter, and Recently deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.queries import ListRequest, RecordList
from ompm_desktop.services.record_service import Context

SEARCH_PAUSE_MS = 180  # wait this long after the last key before searching
COMBOS_PER_ROW = 4


class FilterBar(QWidget):
    request_changed = Signal(object)  # a ListRequest

    def __init__(self, record_list: RecordList, context: Context, *,
                 hidden_filters: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_list = record_list
        self.context = context
        self.request = ListRequest()
        self.fixed: dict[str, str] = {}
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, summaries and notes (Ctrl+F)"))
        self.search.setMinimumWidth(220)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(self.search.placeholderText())
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self.apply_now)
        # The search and Recently deleted on one row, the drop-downs below in rows of
        # COMBOS_PER_ROW, so that the page fits a 1366-pixel laptop screen.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        self.combos: dict[str, QComboBox] = {}
        for key, spec in record_list.filters.items():
            if key in hidden_filters:
                continue
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{key}")
            combo.setToolTip(spec.label)
            combo.setAccessibleName(spec.label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.activated.connect(lambda _index: self._emit())
            position = len(self.combos)
            grid.addWidget(combo, position // COMBOS_PER_ROW, position % COMBOS_PER_ROW)
            self.combos[key] = combo
        for column in range(COMBOS_PER_ROW):
            grid.setColumnStretch(column, 1)
        self.deleted = QPushButton(self.tr("Recently deleted"), self)
        self.deleted.setObjectName("show_deleted")
        self.deleted.setCheckable(True)
        self.deleted.setToolTip(self.tr("Show the deleted records, to restore one"))
        self.deleted.toggled.connect(lambda _on: self._emit())
        top.addWidget(self.deleted)
        self.reload_options()

    def reload_options(self) -> None:
        """Fill the drop-downs again (officers, neighbourhoods... may have changed)."""
        for key, combo in self.combos.items():
            spec = self.record_list.filters[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            # {0}: the filter's name within a sentence ("Any beat"); {1}: as a heading.
            combo.addItem(self.tr("Any {0}").format(spec.label.lower(), spec.label), "")
            for value, label in spec.options(self.context):
                combo.addItem(label, value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def set_filter(self, key: str, value: str) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))
        self._emit()

    def set_search(self, text: str) -> None:
        self.search.setText(text)
        self.apply_now()

    def clear(self) -> None:
        self.search.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.deleted.setChecked(False)
        self.apply_now()

    def apply_now(self) -> None:
        self.pause.stop()
        self._emit()

    def fix_filter(self, key: str, value: str) -> None:
        """A filter with no drop-down that stays on (one record's history, say)."""
        self.fixed[key] = value
        self.request = self.current_request()

    def current_request(self) -> ListRequest:
        filters = {key: combo.currentData() for key, combo in self.combos.items()
                   if combo.currentData()}
        filters.update(self.fixed)
        return self.request.replace(search=self.search.text(), filters=filters,
                                    deleted=self.deleted.isChecked())

    def _emit(self) -> None:
        self.pause.stop()
        request = self.current_request()
        if request != self.request:
            self.request = request
            self.request_changed.emit(request)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
