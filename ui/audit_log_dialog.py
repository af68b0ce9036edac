"""The audit log (Edit menu), for a sergeant to read: who changed what and when, newest first,
searchable and filtered by kind, action and person; the entry chosen shows each field before
and after, with names in place of record numbers. Nothing here can be changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.i18n import _
from ompm_desktop.queries import AUDIT_LOG, LISTS, display
from ompm_desktop.queries.audit_log import ACTIONS, HIDDEN_FIELDS
from ompm_desktop.queries.kinds import SERVICE_CLASSES, field_label
from ompm_desktop.services.record_service import Context, Record
from ui.records.filter_bar import FilterBar
from ui.records.forms.briefing_item_form import SCOPES
from ui.records.kind_words import noun
from ui.records.read_only_table import make_read_only
from ui.records.record_form import HINT_STYLE
from ui.records.shortcuts import shortcut
from ui.records.table_model import LazyRecordModel
from ui.records.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

EMPTY = QT_TRANSLATE_NOOP("ReadableValues", "(empty)")
# What the heading over an entry's fields says, for each action: "Changed partner “Ahmed”,
# 2026-11-24 18:00, by roy". {0} is the kind, {1} the record's name, {2} when, {3} who.
HEADINGS = {
    "create": QT_TRANSLATE_NOOP("AuditLogDialog", "Created {0}{1}, {2}, by {3}"),
    "update": QT_TRANSLATE_NOOP("AuditLogDialog", "Changed {0}{1}, {2}, by {3}"),
    "delete": QT_TRANSLATE_NOOP("AuditLogDialog", "Deleted {0}{1}, {2}, by {3}"),
    "restore": QT_TRANSLATE_NOOP("AuditLogDialog", "Restored {0}{1}, {2}, by {3}"),
}


class ReadableValues:
    """Stored values as a person reads them: names for record ids, local times, yes/no."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.names: dict[tuple[str, str], str] = {}

    def name_of(self, kind: str, record_id: str) -> str:
        key = (kind, record_id)
        if key not in self.names:
            record_list = LISTS.get(kind)
            row = record_list.row(self.context, record_id) if record_list else None
            name = record_list.describe(row)[0] if record_list and row else ""
            self.names[key] = name or QCoreApplication.translate(
                "ReadableValues", "(a {0} no longer in the file)").format(noun(kind))
        return self.names[key]

    def value(self, table: str, key: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return QCoreApplication.translate("ReadableValues", EMPTY)
        service = SERVICE_CLASSES.get(table)
        link = service.links.get(key) if service else None
        if link is not None and isinstance(value, list):
            return "; ".join(self.name_of(link.other_table, str(v)) for v in value)
        spec = service.fields.get(key) if service else None
        if spec is not None and spec.kind == "ref" and spec.ref:
            return self.name_of(spec.ref, str(value))
        if (spec is not None and spec.kind == "datetime") or key in ("at", "updated_at"):
            return display.when(value)
        if spec is not None and spec.kind == "bool":
            return display.yes_no(value)
        if key == "quadrant":
            return display.quadrant_name(value)
        if table == "briefing_item" and key == "kind":
            return display.briefing_kind(value)
        if spec is not None and spec.kind == "choice":
            return self.choice(table, key, str(value))
        return str(value)

    @staticmethod
    def choice(table: str, key: str, value: str) -> str:
        """A value from a fixed list (stored in English) as the window's language names it."""
        if key == "lead":
            return display.lead_label(value)
        if key == "stage":
            return display.stage_label(value)
        if table == "briefing_item" and key == "scope":
            scopes = dict(SCOPES)
            return QCoreApplication.translate("BriefingItemForm", scopes[value]) \
                if value in scopes else value
        return _(value)  # the lists' words are in the core's catalogue

    def rows(self, entry: Record) -> list[tuple[str, str, str]]:
        """(field, before, after) for an entry: the fields changed by an edit; every field
        of a record made, deleted or restored."""
        table, before, after = entry["table_name"], entry["before"], entry["after"]
        if entry["action"] == "update" and before is not None and after is not None:
            keys = [key for key in after if key not in HIDDEN_FIELDS
                    and before.get(key) != after.get(key)]
        else:
            keys = [key for key in (after or before or {}) if key not in HIDDEN_FIELDS]
        found = []
        for key in keys:
            old = self.value(table, key, before.get(key)) if before is not None else ""
            new = self.value(table, key, after.get(key)) if after is not None else ""
            found.append((field_label(table, key), old, new))
        return found


class AuditLogDialog(QDialog):
    """Every change to the records, or (given `record_id` and its `name`) one record's
    history."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 record_id: str | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.readable = ReadableValues(desk.context)
        self.setWindowTitle(self.tr("History of {0}").format(name) if record_id
                            else self.tr("Audit log"))
        intro = QLabel(self.tr(
            "Every change to {0}, newest first: who made it, when, and each field before and "
            "after. The log cannot be edited.").format(name) if record_id else self.tr(
            "Every change to the records, newest first: who made it, when, "
            "and each field before and after. The log cannot be edited."), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.filters = FilterBar(AUDIT_LOG, desk.context, hidden_filters=("row_id",), parent=self)
        self.filters.deleted.hide()  # the log has no deleted entries
        self.filters.search.setPlaceholderText(self.tr("Search names, values and people (Ctrl+F)"))
        self.model = LazyRecordModel(AUDIT_LOG, desk.context, parent=self)
        if record_id:  # one record's history, whatever else is chosen or typed
            self.filters.fix_filter("row_id", record_id)
            self.model.request = self.filters.request
        self.table = QTableView(self)
        self.table.setObjectName("entries")
        self.table.setAccessibleName(self.tr("Changes to the records"))
        self.table.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.table.setModel(self.model)
        make_read_only(self.table)
        header = self.table.horizontalHeader()
        column, order = self.model.sort_state()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("entry_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setObjectName("fields")
        self.fields.setAccessibleName(self.tr("Fields changed, before and after"))
        self.fields.setTabKeyNavigation(False)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                               self.tr("After")])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().hide()
        fields_header = self.fields.horizontalHeader()
        fields_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fields_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.fields, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.export = QPushButton(self.tr("&Export for review…"), self)
        self.export.setObjectName("export_audit")
        self.export.setToolTip(self.tr("The whole log as a CSV file, for the service's review"))
        self.export.clicked.connect(self.export_log)
        self.export.setVisible(not record_id)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.export, 0, Qt.AlignmentFlag.AlignRight)
        self.filters.request_changed.connect(self.model.set_request)
        self.model.modelReset.connect(self._after_reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        shortcut("Ctrl+F", self, self.filters.focus_search)
        self.resize(1100, 680)
        self.model.reload()
        self._after_reload()

    def export_log(self) -> None:
        """The whole log to a CSV file the user names; the export itself is audited."""
        from ompm_desktop.clock import today
        from ompm_desktop.errors import DeskError
        from ompm_desktop.privacy.audit_export import export_audit_csv
        from ui.errors import show_error

        name = f"audit-log-{today(self.desk.context.clock).isoformat()}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), name, self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        try:
            count = export_audit_csv(self.desk, Path(chosen))
        except DeskError as error:
            show_error(self, error)
            return
        QMessageBox.information(self, self.tr("Audit log exported"), self.tr(
            "{0} entries written to {1}.").format(count, chosen))
        self.catch_up()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.catch_up()

    def catch_up(self) -> None:
        """Back to the log after changing records: show the entries written since."""
        if AUDIT_LOG.count(self.desk.context, self.model.request) != self.model.total:
            self.filters.reload_options()
            self.table.clearSelection()
            self.model.reload()

    def _after_reload(self) -> None:
        if self.model.rows and not self.table.selectionModel().hasSelection():
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):
                self.table.setColumnWidth(column, max(70, min(self.table.columnWidth(column),
                                                              260)))
            self.table.selectRow(0)
        if not self.model.rows:
            self._show_entry(QModelIndex())

    def entry(self) -> Record | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.rows[current.row()] if current.isValid() else None
        self.fields.setRowCount(0)
        if entry is None:
            narrowed = self.model.request.search.strip() or self.model.request.filters
            self.heading.setText(self.tr("No entry matches. Change the search or the filters.")
                                 if narrowed else self.tr("Nothing has been changed yet."))
            return
        kind = noun(entry["table_name"])
        record = f" “{entry['record']}”" if entry["record"] else ""
        when, actor = display.when(entry["at"]), entry["actor"]
        if entry["action"] in HEADINGS:
            heading = self.tr(HEADINGS[entry["action"]]).format(kind, record, when, actor)
        else:
            heading = self.tr("{0} {1}{2}, {3}, by {4}").format(
                ACTIONS.get(entry["action"], entry["action"]), kind, record, when, actor)
        self.heading.setText(heading)
        rows = self.readable.rows(entry)
        self.fields.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.fields.setItem(row, column, QTableWidgetItem(value))
        self.fields.resizeRowsToContents()
