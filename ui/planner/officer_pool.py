"""The officers of the shift's platoon not yet on it: type to filter, then drag one onto a
beat or the table, or press Enter (or "Assign") to put the selected one on the chosen beat.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.services.officers import officer_label
from ompm_desktop.text_fold import fold

OFFICER_MIME = "application/x-ompm-officer-id"


def officer_mime(officer_id: str) -> QMimeData:
    """What an officer dragged from the pool carries: their id."""
    mime = QMimeData()
    mime.setData(OFFICER_MIME, officer_id.encode())
    mime.setText(officer_id)
    return mime


def dropped_officer(mime: QMimeData) -> str | None:
    if not mime.hasFormat(OFFICER_MIME):
        return None
    return bytes(mime.data(OFFICER_MIME).data()).decode() or None


class OfficerListWidget(QListWidget):
    """The officers, each dragged as its id; Enter asks for the selected one to be assigned."""

    entered = Signal()

    def mimeTypes(self) -> list[str]:  # Qt's name
        return [OFFICER_MIME]

    def mimeData(self, items: Any) -> QMimeData:  # Qt's name
        return officer_mime(items[0].data(Qt.ItemDataRole.UserRole)) if items else QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class OfficerPool(QWidget):
    assign_requested = Signal(str, object)  # officer id, beat id (None: no beat)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("<b>Officers free</b>"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("officer_filter")
        self.filter.setPlaceholderText(self.tr("Type a name or badge (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find an officer"))
        self.filter.setAccessibleDescription(self.filter.placeholderText())
        self.every_platoon = QCheckBox(self.tr("Show every platoon"), self)
        self.list = OfficerListWidget(self)
        self.list.setObjectName("officers")
        self.list.setAccessibleName(self.tr("Officers not yet assigned"))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("pool_empty")
        self.beat = QComboBox(self)
        self.beat.setObjectName("assign_beat")
        self.beat.setAccessibleName(self.tr("Beat to assign to"))
        # As narrow as a beat's name, not as "No beat (a unit or special duty)": with the
        # house style that one widened the page past a small screen.
        self.beat.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.beat.setMinimumContentsLength(10)
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.setObjectName("assign")
        self.assign_button.setToolTip(self.tr("Assign the selected officer to this beat "
                                              "(Enter in the list)"))
        row = QHBoxLayout()
        row.addWidget(self.beat, 1)
        row.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.every_platoon)
        layout.addWidget(QLabel(self.tr("Assign to:"), self))
        layout.addLayout(row)
        self.officers: list[dict[str, Any]] = []
        self.platoon = ""
        self._beats_shown = False
        self.filter.textChanged.connect(self._fill)
        self.filter.returnPressed.connect(self.assign_first)
        self.every_platoon.toggled.connect(self._fill)
        self.list.entered.connect(self.assign_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.assign_selected())
        self.assign_button.clicked.connect(self.assign_selected)

    def set_officers(self, officers: list[dict[str, Any]], platoon: str,
                     beats: list[tuple[str, str]]) -> None:
        """The officers not on the shift (any platoon), the shift's platoon and the beats."""
        self.officers, self.platoon = officers, platoon
        chosen = self.beat.currentData()
        self.beat.blockSignals(True)
        self.beat.clear()
        for beat_id, name in beats:
            self.beat.addItem(name, beat_id)
        self.beat.addItem(self.tr("No beat (a unit or special duty)"), None)
        # The beat chosen before stays chosen (at first: the first beat).
        self.beat.setCurrentIndex(max(self.beat.findData(chosen), 0) if self._beats_shown else 0)
        self._beats_shown = True
        self.beat.blockSignals(False)
        self._fill()

    def _shown(self) -> list[dict[str, Any]]:
        wanted = fold(self.filter.text().strip())
        shown = [o for o in self.officers if self.every_platoon.isChecked() or not self.platoon
                 or o["platoon"] == self.platoon]
        if wanted:
            shown = [o for o in shown if wanted in fold(f"{officer_label(o)} {o['first_name']} "
                                                        f"{o['badge']}")]
        return sorted(shown, key=lambda o: (not o["active"], fold(o["last_name"])))

    def _fill(self) -> None:
        # The heading says which platoon the list shows: the shift's, or every one.
        self.heading.setText(self.tr("<b>Officers free (platoon {0})</b>").format(self.platoon)
                             if self.platoon and not self.every_platoon.isChecked()
                             else self.tr("<b>Officers free (every platoon)</b>")
                             if self.platoon else self.tr("<b>Officers free</b>"))
        selected = self.selected_id()
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for officer in self._shown():
            text = f"{officer_label(officer)} · {officer['badge']}"
            if self.every_platoon.isChecked() and officer["platoon"] != self.platoon:
                text += self.tr(" · platoon {0}").format(officer["platoon"] or "-")
            if not officer["active"]:
                text += self.tr(" (inactive)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, officer["id"])
            if not officer["active"]:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if officer["id"] == selected:
                row = self.list.count() - 1
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.empty.setText(self._empty_text())
        self.empty.setVisible(self.list.count() == 0)
        self.assign_button.setEnabled(self.list.count() > 0)

    def _empty_text(self) -> str:
        if self.filter.text().strip():
            return self.tr("No free officer matches “{0}”.").format(self.filter.text().strip())
        if self.platoon and not self.every_platoon.isChecked():
            return self.tr("Every officer of platoon {0} is assigned. Tick “Show every "
                           "platoon” to add one from another.").format(self.platoon)
        return self.tr("Every officer is assigned.")

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def assign_selected(self) -> None:
        officer_id = self.selected_id()
        if officer_id:
            self.assign_requested.emit(officer_id, self.beat.currentData())

    def assign_first(self) -> None:
        """Enter in the filter: assign the first match, then clear the filter for the next."""
        if self.list.count():
            self.list.setCurrentRow(0)
            self.assign_selected()
            self.filter.clear()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
