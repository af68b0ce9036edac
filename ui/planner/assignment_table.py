"""The officers on the shift, edited in place by keyboard: Tab or F2 into a cell, type (or
pick a beat or partner with the arrows), Enter. Delete removes the selected assignment. An
officer dragged from the pool onto a row joins that row's beat."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.planner.assignment_model import CHOICE_COLUMNS, COLUMNS, AssignmentModel
from ui.planner.officer_pool import dropped_officer
from ui.records.shortcuts import shortcut

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A beat or partner cell edited with a list: the arrows or the first letters pick."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, AssignmentModel)
        editor = QComboBox(parent)
        for value, label in model.choices(index.column(), index.row()):
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AssignmentView(QTableView):
    """The table; an officer dropped on it is assigned to the beat of the row below."""

    officer_dropped = Signal(str, object)  # officer id, beat id (None: no beat)

    def focusNextPrevChild(self, forward: bool) -> bool:  # Qt's name
        """Tab goes cell by cell, then out of the table after the last cell (Shift+Tab:
        before the first) instead of round to the first again, which held the keyboard."""
        current = self.currentIndex()
        model = self.model()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        at_end = (not current.isValid() or not columns
                  or (forward and current.row() == model.rowCount() - 1
                      and current.column() == columns[-1])
                  or (not forward and current.row() == 0 and current.column() == columns[0]))
        if at_end:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if dropped_officer(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt's name
        if dropped_officer(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt's name
        officer_id = dropped_officer(event.mimeData())
        if not officer_id:
            super().dropEvent(event)
            return
        row = self.indexAt(event.position().toPoint()).row()
        model = self.model()
        assert isinstance(model, AssignmentModel)
        beat_id = model.rows[row]["beat_id"] if row >= 0 else None
        event.acceptProposedAction()
        self.officer_dropped.emit(officer_id, beat_id)


class AssignmentTable(QWidget):
    remove_requested = Signal(str)  # assignment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssignmentModel(self)
        self.change_requested = self.model.change_requested
        self.heading = QLabel(self)
        self.view = AssignmentView(self)
        self.view.setObjectName("assignments")
        self.view.setAccessibleName(self.tr("Officers on this shift"))
        self.officer_dropped = self.view.officer_dropped
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setTabKeyNavigation(True)
        self.view.setAcceptDrops(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDropIndicatorShown(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.choice_delegate = ChoiceDelegate(self.view)
        for column, (key, _header) in enumerate(COLUMNS):
            if key in CHOICE_COLUMNS:
                self.view.setItemDelegateForColumn(column, self.choice_delegate)
        self.empty = QLabel(self.tr("No one is on this shift yet. Pick officers on the left "
                                    "and press Enter, or drag them here or onto a beat."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("assignments_empty")
        self.remove_button = QPushButton(self.tr("Remove from shift"), self)
        self.remove_button.setObjectName("remove_assignment")
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_current)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        shortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_current,
                 Qt.ShortcutContext.WidgetShortcut)
        self._widths_set = False

    def set_rows(self, rows: list[dict[str, Any]], officers: dict[str, dict[str, Any]],
                 beats: dict[str, str]) -> None:
        current = self.view.currentIndex()
        kept = (self.model.rows[current.row()]["id"], current.column()) \
            if current.isValid() and current.row() < len(self.model.rows) else None
        self.model.set_rows(rows, officers, beats)
        self.heading.setText(self.tr("<b>On this shift ({0})</b>").format(len(rows)))
        self.empty.setVisible(not rows)
        self.remove_button.setEnabled(bool(rows))
        if rows and not self._widths_set:
            self.view.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                width = self.view.columnWidth(column)
                self.view.setColumnWidth(column, min(max(width + 12, 80), 200))
            self._widths_set = True
        if kept and self.model.row_of(kept[0]) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(kept[0]), kept[1]))
        elif rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 1))

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()]["id"] if index.isValid() else None

    def edit_cell(self, assignment_id: str, key: str) -> None:
        """Put the keyboard on one cell (for the page after assigning someone)."""
        row = self.model.row_of(assignment_id)
        column = [k for k, _ in COLUMNS].index(key)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def remove_current(self) -> None:
        assignment_id = self.current_id()
        if assignment_id:
            self.remove_requested.emit(assignment_id)
