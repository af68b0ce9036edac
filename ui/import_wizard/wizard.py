"""The import wizard: choose a file, match its columns, check every row, import all or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import ImportPlan, ImportResult
from ompm_desktop.transfer.mapping import ColumnMapping
from ompm_desktop.transfer.source import SourceTable, read_table
from ui.import_wizard.file_page import FilePage
from ui.import_wizard.mapping_page import MappingPage
from ui.import_wizard.preview_page import PreviewPage
from ui.import_wizard.result_page import ResultPage


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult, once the rows are written

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, kind: str | None = None,
                 path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(880, 600)
        if kind:
            self.file_page.set_kind(kind)
        if path:
            self.file_page.path.setText(str(path))
            self.file_page.read_file()

    def kind(self) -> str:
        return self.file_page.selected_kind()

    def reload_table(self) -> None:
        """Read the file again with the same settings (after the user has fixed it)."""
        page = self.file_page
        self.table = read_table(
            Path(page.path.text().strip()),
            encoding=page.encoding.currentData(),
            delimiter=page.delimiter.currentData(),
            header_row=page.header_row.value() or None,
        )

    def reject(self) -> None:
        if self.preview_page.job is not None:
            self.preview_page.job.cancel()
            self.preview_page.job.wait()
        super().reject()
