"""A table of records to read and pick from: whole rows, one at a time, no editing in place,
alternate row colours, one line a row, arrows move in it and Tab leaves it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


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
