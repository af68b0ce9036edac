"""The versions that lost a sync conflict (File > Review sync conflicts…): each with the
machine and time of both versions, the fields that differ from the record now, and a Restore
button that makes the lost version current through the record's own service."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.clock import local
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.services.desk import Desk
from ompm_desktop.sync.conflict_log import ConflictLog, LostVersion
from ui.audit_log_dialog import ReadableValues
from ui.errors import show_error
from ui.records.record_form import HINT_STYLE


class DeskHost(Protocol):
    desk: Desk


def stamp(value: str | None) -> str:
    """A stored UTC stamp in local time, to the second (two edits can fall in one minute)."""
    if not value:
        return "-"
    try:
        return local(value).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return value


class ConflictReviewDialog(QDialog):
    def __init__(self, host: DeskHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.entries: list[LostVersion] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 560)
        self.clock_note = QLabel(self.tr(
            "The later edit was kept, going by each laptop's clock. Laptop clocks can be wrong: "
            "a laptop whose clock runs fast wins when it should not. Compare both times and the "
            "fields below; Restore makes the lost version the current one (on every laptop after "
            "the next sync)."))
        self.clock_note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Lost version"), self.tr("Kept version"),
            self.tr("Restored")])
        self.table.setAccessibleName(self.tr("Versions that lost a conflict"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Lost version"), self.tr("Now")])
        self.fields.setAccessibleName(self.tr("Fields that differ"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details_note = QLabel()
        self.details_note.setWordWrap(True)
        self.details_note.setStyleSheet(HINT_STYLE)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details_note)
        lower_layout.addWidget(self.fields)
        self.splitter = splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        self.empty_label = QLabel(self.tr(
            "No conflicts to review: no record has been edited on two laptops between their "
            "syncs. When one is, the version that lost appears here, to be restored if need "
            "be."))
        self.empty_label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore this version"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock_note)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.reload()
        if not self.entries:  # a short note needs no big window
            own = self.layout()
            if own is not None:
                own.activate()
            self.resize(560, self.sizeHint().height())

    def kind_name(self, entry: LostVersion) -> str:
        """The kind of record, as a heading says it ("Partner")."""
        names = {"assessment": self.tr("Assessment"), "beat": self.tr("Beat"),
                 "briefing_item": self.tr("Briefing item"), "contact": self.tr("Contact"),
                 "initiative": self.tr("Initiative"), "neighbourhood": self.tr("Neighbourhood"),
                 "officer": self.tr("Officer"), "partner": self.tr("Partner"),
                 "partner_personal": self.tr("Personal details"), "shift": self.tr("Shift"),
                 "assignment": self.tr("Assignment"), "directed_task": self.tr("Directed task")}
        return names.get(entry.table, entry.noun.capitalize())

    @property
    def log(self) -> ConflictLog:
        return ConflictLog(self.host.desk)

    def reload(self) -> None:
        chosen = self.selected()
        self.entries = self.log.entries()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                self.tr("{kind}: {record}").format(kind=self.kind_name(entry),
                                                   record=entry.label),
                self.tr("{machine}, saved {at}").format(machine=entry.loser_machine,
                                                        at=stamp(entry.loser_updated_at)),
                self.tr("{machine}, saved {at}").format(machine=entry.winner_machine,
                                                        at=stamp(entry.winner_updated_at)),
                stamp(entry.restored_at) if entry.restored_at else self.tr("no"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_label.setVisible(not self.entries)
        self.splitter.setVisible(bool(self.entries))
        self.clock_note.setVisible(bool(self.entries))
        place = next((i for i, e in enumerate(self.entries) if chosen and e.id == chosen.id), 0)
        if self.entries:
            self.table.selectRow(place)
        self._show_details()

    def selected(self) -> LostVersion | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _show_details(self) -> None:
        entry = self.selected()
        differences = self.log.differences(entry) if entry else []
        readable = ReadableValues(self.host.desk.context)
        self.fields.setRowCount(len(differences))
        for row, (name, label, lost, now) in enumerate(differences):
            assert entry is not None
            for column, text in enumerate((_(label),
                                           readable.value(entry.table, name, lost),
                                           readable.value(entry.table, name, now))):
                self.fields.setItem(row, column, QTableWidgetItem(text))
        if entry is None:
            self.details_note.setText("")
        elif entry.restored_at:
            self.details_note.setText(self.tr("This version was made current on {at}.").format(
                at=stamp(entry.restored_at)))
        elif not differences:
            self.details_note.setText(self.tr(
                "The record is the same as this version now: nothing to restore."))
        else:
            self.details_note.setText(self.tr(
                "What differs between the lost version and the record now:"))
        self.restore_button.setEnabled(
            entry is not None and not entry.restored_at and bool(differences))

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.log.restore(entry.id)
        except DeskError as error:
            show_error(self, error, self.tr("Cannot restore that version"))
            return
        refresh = getattr(self.host, "refresh_pages", None)
        if refresh is not None:
            refresh()
        self.reload()
