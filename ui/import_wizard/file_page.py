"""The first page: what the file holds, which file, and how it is read (found by itself,
changeable: encoding, delimiter, header row)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWizardPage,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.transfer.kinds import KINDS
from ompm_desktop.transfer.source import DELIMITER_NAMES, ENCODINGS
from ui.colours import error_style

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr(
            "A spreadsheet saved as CSV. Nothing is written until you confirm the import."))
        form = QFormLayout(self)

        self.kind = QComboBox()
        for name, kind in KINDS.items():
            self.kind.addItem(_(kind.title), name)
        self.kind.setAccessibleName(self.tr("What the file holds"))
        form.addRow(self.tr("The file holds:"), self.kind)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .csv file"))
        self.path.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File:"), row)

        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for codec, label in ENCODINGS.items():
            self.encoding.addItem(_(label), codec)
        form.addRow(self.tr("Encoding:"), self.encoding)
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Detect"), None)
        for character, name in DELIMITER_NAMES.items():
            self.delimiter.addItem(_(name), character)
        form.addRow(self.tr("Columns separated by:"), self.delimiter)
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 1000)
        self.header_row.setSpecialValueText(self.tr("Detect"))
        form.addRow(self.tr("Header row:"), self.header_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)

        self.browse.clicked.connect(self.choose_file)
        self.path.editingFinished.connect(self.read_file)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(self.read_file)
        self.header_row.valueChanged.connect(self.read_file)

    def selected_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, name: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(name))

    def choose_file(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text() else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet saved as CSV"), start,
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.read_file()

    def read_file(self) -> None:
        wizard = self.import_wizard
        wizard.table = None
        text = self.path.text().strip()
        if not text:
            self.status.setText("")
            self.completeChanged.emit()
            return
        try:
            wizard.reload_table()
        except DeskError as error:
            wizard.table = None
            self.status.setText(error.message)
            self.status.setStyleSheet(error_style())
        else:
            table = wizard.table
            assert table is not None
            wizard.mapping = None  # found again from this file's columns
            self.status.setStyleSheet("")
            self.status.setText(self.tr(
                "Rows: {rows}, columns: {columns} ({encoding}, separated by {delimiter}, "
                "header on row {header})."
            ).format(rows=table.row_count, columns=len(table.headers),
                     encoding=table.encoding_label, delimiter=table.delimiter_label,
                     header=table.header_row))
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        self.import_wizard.mapping = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.import_wizard.table is not None
