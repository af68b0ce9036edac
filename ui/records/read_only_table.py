"""A table of records to read and pick from: whole rows, one at a time, no editing in place,
alternate row colours, one line a row, arrows move in it and Tab leaves it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QTableView, QWidget


def make_read_only(table: QTableView) -> QTableView:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def table_or_empty(parent: QWidget, table: QTableView) -> tuple[QLabel, QStackedWidget]:
    """The table, or in its place a sentence saying why it is empty (set the label's text)."""
    empty = QLabel(parent)
    empty.setObjectName("empty")
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    stack = QStackedWidget(parent)
    stack.addWidget(table)
    stack.addWidget(empty)
    return empty, stack
