"""A page of records: the list in the middle, the selected record's form beside it.

Subclasses name the RecordList, the kind and the form; this base does the rest: search and
filters, sorting by any column, pages loaded as the list scrolls, New/Save/Delete through
the window's undo stack, Recently deleted with Restore, and the warning before unsaved
edits are left. The form's panel is in form_panel.py, the writing in record_writing.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import NotFoundError
from ompm_desktop.queries import ListRequest, RecordList, display
from ompm_desktop.queries.kinds import SERVICE_ATTRIBUTES
from ompm_desktop.services.record_service import Record
from ui.records.changes import record_changes, tell_undo
from ui.records.filter_bar import FilterBar
from ui.records.form_panel import FormPanel
from ui.records.kind_words import counted, new_record, noun, nouns
from ui.records.read_only_table import make_read_only, table_or_empty
from ui.records.record_form import RecordForm
from ui.records.record_writing import RecordWriting
from ui.records.shortcuts import shortcut
from ui.records.table_model import LazyRecordModel
from ui.records.translation_marks import QT_TRANSLATE_NOOP
from ui.tab_order import chain_tab_order, tab_stops_inside

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class RecordListPage(RecordWriting):
    record_opened = Signal(str)  # the id of the record now in the form ("" for a new one)

    record_list: ClassVar[RecordList]
    # The page's title and what its empty list says, marked with
    # QT_TRANSLATE_NOOP("RecordListPage", ...) by each page and translated where shown.
    title: ClassVar[str]
    empty_text: ClassVar[str] = QT_TRANSLATE_NOOP("RecordListPage", "Nothing here yet.")
    hidden_columns: ClassVar[tuple[str, ...]] = ()
    hidden_filters: ClassVar[tuple[str, ...]] = ()

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = undo_stack
        self.kind = self.record_list.kind
        self.noun = noun(self.kind)  # in the window's language
        self.service = getattr(desk, SERVICE_ATTRIBUTES[self.kind])
        self.model = LazyRecordModel(self.record_list, desk.context, parent=self)
        self.form = self.make_form()
        self._syncing = False
        self._widths_set = False
        self._split_set = False  # the list and the form share the width once first shown
        self._build()
        self._connect()
        self.model.reload()
        self._after_reload()
        self.show_record(None)

    # ---- for subclasses --------------------------------------------------------------

    def make_form(self) -> RecordForm:
        raise NotImplementedError

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons added after Save for this kind (Advance stage, Mark done...)."""
        return []

    def after_show(self, record: Record | None) -> None:
        """Hook: the form now shows this record (None: a new one)."""

    # ---- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.page_words(self.title), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.new_button = QPushButton(new_record(self.kind), self)
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.new_button)

        self.filters = FilterBar(self.record_list, self.desk.context,
                                 hidden_filters=self.hidden_filters, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("records")
        self.table.setAccessibleName(self.heading.text())
        self.table.setAccessibleDescription(self.tr(
            "The {0} that match the search and filters; the one selected shows in the "
            "form beside the list").format(nouns(self.kind)))
        self.table.setModel(self.model)
        make_read_only(self.table)
        column, order = self.model.sort_state()
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the list's own order
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key in self.hidden_columns:
            self.table.setColumnHidden(self.model.column_of(key), True)
        self.empty, self.list_stack = table_or_empty(self, self.table)

        extras = self.extra_buttons()
        panel = FormPanel(self.form, extras, self)
        self.form_title = panel.title
        self.save_button, self.revert_button = panel.save_button, panel.revert_button
        self.delete_button, self.restore_button = panel.delete_button, panel.restore_button
        self.history_button = panel.history_button
        self.notice, self.undo_button = panel.notice, panel.undo_button

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        chain_tab_order([self.new_button, *tab_stops_inside(self.filters), self.table,
                         *tab_stops_inside(self.form), self.save_button, self.revert_button,
                         *extras, self.history_button, self.restore_button, self.delete_button,
                         self.undo_button])

    def _connect(self) -> None:
        self.filters.request_changed.connect(self._apply_request)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._after_reload)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self._save_clicked)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.history_button.clicked.connect(self.show_history)
        self.undo_button.clicked.connect(self.stack.undo)
        self.form.submitted.connect(self.save)
        self.form.cancelled.connect(self.revert)
        self.form.edited.connect(self._show_buttons)
        changes = record_changes(self.stack)
        changes.changed.connect(self._record_changed)
        changes.failed.connect(self._show_failure)
        tell_undo(self.stack, self.say)
        shortcuts = {
            "Ctrl+N": self.new_record, "Ctrl+S": self.save, "Ctrl+F": self.filters.focus_search,
        }
        for keys, slot in shortcuts.items():
            shortcut(keys, self, slot)
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current,
                 Qt.ShortcutContext.WidgetShortcut)
        for keys in ("Return", "Enter"):
            shortcut(keys, self.table, self.focus_first_field, Qt.ShortcutContext.WidgetShortcut)

    # ---- the list --------------------------------------------------------------------

    def _apply_request(self, request: ListRequest) -> None:
        if not self.confirm_leave():
            return
        self.model.set_request(request.replace(sort=self.model.request.sort,
                                               descending=self.model.request.descending))
        record = self.form.record
        if record is not None and self.model.row_of(record["id"]) < 0 and (
                len(self.model.rows) >= self.model.total
                or bool(record.get("deleted_at")) != request.deleted):
            # What the search found does not hold the record shown: the form shows the
            # first that it does hold (or a new record when it found none), never another.
            self.open_record(self.model.record_id(0))

    def _after_reload(self) -> None:
        column, order = self.model.sort_state()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self._show_count()
        if not self._widths_set and self.model.rows:
            self._set_column_widths()
        if self.model.total == 0:
            self.empty.setText(self._empty_message())
            self.list_stack.setCurrentWidget(self.empty)
        else:
            self.list_stack.setCurrentWidget(self.table)
        if self.form.record is not None:
            self._select_row(self.model.row_of(self.form.record["id"]))

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if not self._split_set:
            # The form two fifths of the width, or what it asks for in large type (half at
            # most), the list the rest: left to the size hints, the form took most of it and
            # the list showed three columns (the Contacts summary never, even at 1920 px).
            self._split_set = True
            total = sum(self.splitter.sizes())
            asked = self.splitter.widget(1)
            assert asked is not None  # the form, added in __init__
            form = min(max(total * 2 // 5, asked.sizeHint().width()), total // 2)
            self.splitter.setSizes([total - form, form])

    def _set_column_widths(self) -> None:
        """Wide enough for what the first rows hold, within reason."""
        self._widths_set = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, max(70, min(header.sectionSize(column), 260)))

    def _show_count(self) -> None:
        request = self.model.request
        narrowed = bool(request.search.strip() or request.filters)
        if self.kind == "contact" and request.filters.get("officer_id"):
            # No count of one officer's contacts: O. Reg. 400/23 forbids quotas built on
            # such collections, and a count shown is the first step to one.
            self.count_label.setText(self.tr("Contacts logged by the officer chosen (not "
                                             "counted per officer)"))
            return
        total = self.model.total
        text = f"{display.number(total)} {counted(self.kind, total, deleted=request.deleted)}"
        self.count_label.setText(text + (self.tr(" found") if narrowed else ""))

    def _empty_message(self) -> str:
        request = self.model.request
        if request.deleted:
            return self.tr("Nothing deleted. Deleted {0} wait here, to be restored.").format(
                nouns(self.kind))
        if request.search.strip() or request.filters:
            return self.tr("No {0} match. Change the search or the filters.").format(
                nouns(self.kind))
        return self.page_words(self.empty_text)

    @staticmethod
    def page_words(text: str) -> str:
        """A page's title or empty text (marked in the context RecordListPage), translated."""
        return QCoreApplication.translate("RecordListPage", text)

    def _select_row(self, row: int) -> None:
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = self.model.record_id(current.row())
        if self.form.record is not None and record_id == self.form.record["id"]:
            return
        if not self.confirm_leave():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self.open_record(record_id)

    # ---- the form --------------------------------------------------------------------

    def open_record(self, record_id: str | None) -> None:
        """Show a record in the form (and select it in the list if it is loaded)."""
        record = None
        if record_id:
            try:
                record = self.service.get(record_id, include_deleted=True)
            except NotFoundError:
                record = None
        self.show_record(record)
        if record is not None:
            self._select_row(self.model.row_of(record["id"]))

    def show_record(self, record: Record | None) -> None:
        self.form.load(record)
        deleted = bool(record and record.get("deleted_at"))
        self.form.set_read_only(deleted)
        if record is None:
            self.form_title.setText(new_record(self.kind))
        else:
            title, _ = self.record_list.describe(self.record_list.row(
                self.desk.context, record["id"]) or {**record})
            self.form_title.setText(title + (self.tr(" (deleted)") if deleted else ""))
        self._show_buttons()
        self.after_show(record)
        self.record_opened.emit(record["id"] if record else "")

    def _show_buttons(self) -> None:
        record = self.form.record
        deleted = bool(record and record.get("deleted_at"))
        self.save_button.setVisible(not deleted)
        self.revert_button.setVisible(not deleted)
        self.save_button.setEnabled(self.form.dirty or record is None)
        self.revert_button.setEnabled(self.form.dirty)
        self.delete_button.setVisible(record is not None and not deleted)
        self.restore_button.setVisible(deleted)
        self.history_button.setVisible(record is not None)

    def show_history(self) -> QWidget | None:
        """The audit log of the record shown: every change to it, who made it and when."""
        from ui.audit_log_dialog import AuditLogDialog

        record = self.form.record
        if record is None:
            return None
        name = self.form_title.text() or self.noun
        dialog = AuditLogDialog(self.desk, self, record_id=record["id"], name=name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.show()
        return dialog

    def _save_clicked(self) -> None:
        """Save from the button: the focus goes to the record in the list. The button is
        disabled once saved, and Qt would hand the focus on to whatever came next (the
        sidebar), where the page's keys (Ctrl+F, Ctrl+N) do nothing."""
        if self.save():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_record(self) -> None:
        if not self.confirm_leave():
            return
        if self.filters.deleted.isChecked():
            self.filters.deleted.setChecked(False)
        self._select_row(-1)
        self.show_record(None)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        for widget in self.form.fields.values():
            if widget.isEnabled() and widget.isVisibleTo(self.form):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def revert(self) -> None:
        self.show_record(self.form.record and self._fresh(self.form.record["id"]))

    def _fresh(self, record_id: str) -> Record | None:
        try:
            return self.service.get(record_id, include_deleted=True)
        except NotFoundError:
            return None

    def _record_changed(self, kind: str, record_id: str) -> None:
        self.filters.reload_options()
        self.model.reload(keep_loaded=True)
        record = self.form.record
        if kind == self.kind and record is not None and record["id"] == record_id \
                and not self.form.dirty:
            fresh = self._fresh(record_id)
            if fresh != record:
                self.show_record(fresh)
                self._select_row(self.model.row_of(record_id))

    def _show_failure(self, message: str) -> None:
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Not done"), message)

    def refresh(self) -> None:
        """Read everything again (the window calls this when the page is shown)."""
        self.filters.reload_options()
        self.model.reload(keep_loaded=True)
