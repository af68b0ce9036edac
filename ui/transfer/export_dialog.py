"""Export a kind of record to a CSV file for Excel; residents' personal details only on
request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.kinds import KINDS
from ui.colours import error_style

PERSONAL_KINDS = {"partners"}


class ExportDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export to a spreadsheet"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for name, kind in KINDS.items():
            self.kind.addItem(_(kind.title), name)
        form.addRow(self.tr("Export:"), self.kind)
        self.personal = QCheckBox(self.tr("Include residents' personal details"))
        self.personal.setToolTip(self.tr(
            "Home phone, personal email and home address are personal information: include "
            "them only when the file will be protected (PROTECTED A)."))
        form.addRow(self.personal)
        self.status = QLabel(self.tr(
            "The file opens in Excel, and can be imported back as it is."))
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        allowed = self.kind.currentData() in PERSONAL_KINDS
        self.personal.setEnabled(allowed)
        if not allowed:
            self.personal.setChecked(False)

    def export(self) -> None:
        kind = str(self.kind.currentData())
        start = str(self.desk.path.parent / f"{kind}.csv") if self.desk.path else f"{kind}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), start, self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            count = export_csv(self.desk, kind, path, include_personal=self.personal.isChecked())
        except (DeskError, OSError) as error:
            self.status.setStyleSheet(error_style())
            self.status.setText(getattr(error, "message", None) or str(error))
            return
        self.written = path
        self.count = count
        self.accept()
