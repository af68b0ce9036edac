"""The second page: which column fills which field, found from the names and changeable; for
indicators, which columns are scored, and the batch's date and assessor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ompm_desktop.clock import today
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.transfer.importer import check_mapping, default_mapping
from ompm_desktop.transfer.kinds import KINDS, kind_named
from ompm_desktop.transfer.mapping import ColumnMapping, indicator_key, load_mapping, save_mapping
from ui.colours import error_style

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard

SCORED, KEPT = "indicator:scored", "indicator:kept"
SAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr(
            "Columns whose names match a field are matched already; change any that is wrong."))
        layout = QVBoxLayout(self)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Goes to")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.columns, 1)

        self.batch = QWidget()
        batch_form = QFormLayout(self.batch)
        batch_form.setContentsMargins(0, 0, 0, 0)
        self.batch_date = QDateEdit()
        self.batch_date.setCalendarPopup(True)
        self.batch_date.setDisplayFormat("yyyy-MM-dd")
        batch_form.addRow(self.tr("Date of the batch:"), self.batch_date)
        self.assessor = QLineEdit()
        batch_form.addRow(self.tr("Assessor or source:"), self.assessor)
        layout.addWidget(self.batch)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Load a saved mapping…"))
        self.save_button = QPushButton(self.tr("Save this mapping…"))
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.load_button.clicked.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self._combos: list[QComboBox] = []

    # ---- filling the page ------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self.import_wizard
        assert wizard.table is not None
        if wizard.mapping is None or wizard.mapping.kind != wizard.kind():
            wizard.mapping = default_mapping(wizard.kind(), wizard.table)
        self.show_mapping(wizard.mapping)

    def show_mapping(self, mapping: ColumnMapping) -> None:
        table = self.import_wizard.table
        assert table is not None
        kind = kind_named(mapping.kind)
        self.columns.setRowCount(len(table.headers))
        self._combos = []
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            samples = [c for c in table.column(header, 50) if c.strip()][:SAMPLES]
            self.columns.setItem(row, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {0}").format(header))
            combo.addItem(self.tr("(not imported)"), "")
            for target in kind.targets:
                label = _(target.label) + (" *" if target.required else "")
                combo.addItem(label, target.name)
            if kind.takes_indicators:
                combo.addItem(self.tr("Indicator, scored for threat"), SCORED)
                combo.addItem(self.tr("Indicator, kept (not scored)"), KEPT)
            combo.setCurrentIndex(max(0, combo.findData(self._choice(mapping, header))))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(row, 2, combo)
            self._combos.append(combo)
        self.batch.setVisible(kind.takes_indicators)
        options = mapping.options
        chosen = QDate.fromString(str(options.get("assessed_on", "")), "yyyy-MM-dd")
        if not chosen.isValid():
            day = today(self.import_wizard.desk.context.clock)
            chosen = QDate(day.year, day.month, day.day)
        self.batch_date.setDate(chosen)
        self.assessor.setText(str(options.get("assessor") or self.import_wizard.desk.actor))
        self._changed()

    @staticmethod
    def _choice(mapping: ColumnMapping, header: str) -> str:
        target = mapping.target_of(header)
        if target:
            return target
        key = mapping.indicator_of(header)
        if key is not None:
            return SCORED if mapping.is_scored(key) else KEPT
        return ""

    # ---- reading it back -------------------------------------------------------------

    def current_mapping(self) -> ColumnMapping:
        wizard = self.import_wizard
        assert wizard.table is not None
        mapping = ColumnMapping(wizard.kind())
        scored: list[str] = []
        every_indicator_scored = True
        for header, combo in zip(wizard.table.headers, self._combos, strict=True):
            choice = combo.currentData()
            if choice in (SCORED, KEPT):
                key = indicator_key(header)
                mapping.indicators[key] = header
                if choice == SCORED:
                    scored.append(key)
                else:
                    every_indicator_scored = False
            elif choice and choice not in mapping.columns:
                mapping.columns[choice] = header
        mapping.scored = None if every_indicator_scored else scored
        if kind_named(mapping.kind).takes_indicators:
            mapping.options = {
                "assessed_on": self.batch_date.date().toString("yyyy-MM-dd"),
                "assessor": self.assessor.text().strip(),
            }
        return mapping

    def _problems(self) -> list[str]:
        table = self.import_wizard.table
        assert table is not None
        chosen = [c.currentData() for c in self._combos if c.currentData()]
        kind = kind_named(self.import_wizard.kind())
        labels = {t.name: _(t.label) for t in kind.targets}
        twice = sorted({labels[c] for c in chosen if c in labels and chosen.count(c) > 1})
        problems = [self.tr("{0} is chosen for more than one column.").format(t) for t in twice]
        problems += [p.reason for p in check_mapping(kind.name, table, self.current_mapping())]
        return problems

    def _changed(self) -> None:
        problems = self._problems()
        if problems:
            self.status.setStyleSheet(error_style())
            self.status.setText("\n".join(problems))
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Fields marked * are required. Every column is "
                                        "matched that needs to be."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self._combos) and not self._problems()

    def validatePage(self) -> bool:
        self.import_wizard.mapping = self.current_mapping()
        return True

    # ---- saved mappings ----------------------------------------------------------------

    def load(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load a saved mapping"), "", self.tr("Mappings (*.json)"))
        if not chosen:
            return
        try:
            mapping = load_mapping(Path(chosen))
        except DeskError as error:
            self.status.setStyleSheet(error_style())
            self.status.setText(error.message)
            return
        if mapping.kind != self.import_wizard.kind():
            self.status.setStyleSheet(error_style())
            known = KINDS.get(mapping.kind)
            self.status.setText(self.tr("That mapping is for {0}, not for this file's kind.")
                                .format(_(known.title) if known else mapping.kind))
            return
        self.import_wizard.mapping = mapping
        self.show_mapping(mapping)

    def save(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save this mapping"), "", self.tr("Mappings (*.json)"))
        if chosen:
            path = Path(chosen)
            save_mapping(self.current_mapping(), path.with_suffix(".json"))
