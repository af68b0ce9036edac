"""Recently deleted (Edit menu): every kind of record deleted lately, newest first, who deleted
it, and Restore. A restore goes on the window's undo stack like any change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.queries import display
from ompm_desktop.queries.deleted import (
    DELETED_KINDS,
    DeletedRecord,
    deleted_by,
    recently_deleted,
)
from ui.records.changes import record_changes
from ui.records.kind_words import capitalized, heading, noun, nouns
from ui.records.read_only_table import make_read_only, table_or_empty
from ui.records.record_form import HINT_STYLE
from ui.records.translation_marks import QT_TRANSLATE_NOOP
from ui.records.undo_commands import RestoreCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

COLUMNS = (QT_TRANSLATE_NOOP("RecentlyDeletedDialog", "Kind"),
           QT_TRANSLATE_NOOP("RecentlyDeletedDialog", "Record"),
           QT_TRANSLATE_NOOP("RecentlyDeletedDialog", "Details"),
           QT_TRANSLATE_NOOP("RecentlyDeletedDialog", "Deleted"),
           QT_TRANSLATE_NOOP("RecentlyDeletedDialog", "By"))


class RecentlyDeletedDialog(QDialog):
    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = undo_stack
        self.records: list[DeletedRecord] = []
        self.setWindowTitle(self.tr("Recently deleted"))
        intro = QLabel(self.tr("Deleted records wait here. Restore brings one back to its "
                               "page as it was; Undo (Ctrl+Z) deletes it again."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in DELETED_KINDS:
            self.kind.addItem(heading(kind), kind)
        self.kind.activated.connect(lambda _index: self.reload())
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("deleted")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        make_read_only(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_current())
        self.empty, self.list_stack = table_or_empty(self, self.table)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_current)
        undo = undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(undo)  # Ctrl+Z here too: the dialog is a window of its own
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(buttons)
        record_changes(undo_stack).changed.connect(lambda *_: self.reload())
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        """Read the deleted records again, keeping the selection where it can."""
        chosen = self.current()
        kind = self.kind.currentData()
        self.records = recently_deleted(self.desk, kinds=(kind,) if kind else DELETED_KINDS)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = (capitalized(noun(record.kind)), record.title, record.subtitle,
                      display.when(record.deleted_at), self._deleted_by(record))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 40 else "")
                self.table.setItem(row, column, item)
        if self.records:
            self.list_stack.setCurrentWidget(self.table)
            self.table.resizeColumnsToContents()
            for column in range(len(COLUMNS)):
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, max(70, min(width, 280)))
            keep = [n for n, r in enumerate(self.records)
                    if chosen and (r.kind, r.id) == (chosen.kind, chosen.id)]
            self.table.selectRow(keep[0] if keep else 0)
        else:
            what = nouns(kind) if kind else self.tr("records")
            self.empty.setText(self.tr("No deleted {0}. When you delete a record, it waits "
                                       "here to be restored.").format(what))
            self.list_stack.setCurrentWidget(self.empty)
        self._show_buttons()

    def _deleted_by(self, record: DeletedRecord) -> str:
        return deleted_by(self.desk, record)

    def current(self) -> DeletedRecord | None:
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection():
            return None
        return self.records[row] if 0 <= row < len(self.records) else None

    def _show_buttons(self) -> None:
        self.restore_button.setEnabled(self.current() is not None)

    def restore_current(self) -> None:
        record = self.current()
        if record is None:
            return
        try:
            RestoreCommand(self.desk, self.stack, record.kind, record.id).push()
        except DeskError as error:
            self.notice.setText(self.tr("{0} was not restored: {1}").format(
                record.title, error.message))
            return
        # {0}: the kind to begin a sentence ("Partner"), {2}: the kind within one.
        self.notice.setText(self.tr("{0} restored: {1}. Undo (Ctrl+Z) deletes it again.").format(
            capitalized(noun(record.kind)), record.title, noun(record.kind)))
