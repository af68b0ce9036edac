"""The third page: every row checked (off the GUI thread), what each will do or what is wrong
with it; then the import itself, all or nothing, with a progress bar and a Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.transfer.importer import ImportPlan, ImportResult, plan_import, run_import
from ompm_desktop.transfer.problems import ImportRefusedError
from ui.colours import error_style
from ui.import_wizard.background import BackgroundJob
from ui.import_wizard.plan_model import PlanModel

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard

WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                  QWizard.WizardButton.CancelButton)


class PreviewPage(QWizardPage):
    checked = Signal()  # the check has ended: the preview or the problems are shown

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Check, then import"))
        self.setSubTitle(self.tr("Every row is checked before anything is written. The import "
                                 "writes every row, or none."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.model = PlanModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.view, 1)
        again_row = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Read the file again, after fixing it"))
        again_row.addStretch(1)
        again_row.addWidget(self.again_button)
        layout.addLayout(again_row)
        self.again_button.clicked.connect(self.check)
        self.cancel_button.clicked.connect(self._cancel)
        self.job: BackgroundJob | None = None
        self._show_busy(False)

    # ---- checking ----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.check()

    def check(self) -> None:
        wizard = self.import_wizard
        wizard.plan = None
        self.model.set_plan(None)
        try:
            wizard.reload_table()
        except DeskError as error:
            self._finish_check(None, error.message)
            return
        table, mapping = wizard.table, wizard.mapping
        assert table is not None and mapping is not None
        self.summary.setText(self.tr("Checking {0} rows…").format(table.row_count))
        self.job = BackgroundJob(wizard.desk, lambda desk, progress, cancelled: plan_import(
            desk, table, mapping, progress=progress, cancelled=cancelled), self)
        self.job.progress.connect(self._progressed)
        self.job.succeeded.connect(lambda plan: self._finish_check(plan, None))
        self.job.failed.connect(lambda error: self._finish_check(None, error.message))
        self._show_busy(True)
        self.completeChanged.emit()
        self.job.start()

    def _finish_check(self, plan: ImportPlan | None, error: str | None) -> None:
        self.job = None
        self._show_busy(False)
        self.import_wizard.plan = plan
        self.model.set_plan(plan)
        self.view.resizeColumnsToContents()
        if error is not None:
            self._say(error, bad=True)
        elif plan is not None and plan.problems:
            self._say(self.tr(
                "Nothing can be imported yet: the file has {0} problems, listed by row. Fix the "
                "file, save it, then press Check again.").format(len(plan.problems)), bad=True)
        elif plan is not None:
            self._say("\n".join([self.tr("Ready to import: {0}. Press Import to write them "
                                          "all.").format(plan.summary()), *plan.notes]))
        self.completeChanged.emit()
        self.checked.emit()

    def isComplete(self) -> bool:
        plan = self.import_wizard.plan
        return self.job is None and plan is not None and plan.ok

    # ---- importing ---------------------------------------------------------------------

    def validatePage(self) -> bool:
        wizard = self.import_wizard
        table, mapping = wizard.table, wizard.mapping
        assert table is not None and mapping is not None
        outcome: dict[str, object] = {}
        loop = QEventLoop(self)
        self.job = BackgroundJob(wizard.desk, lambda desk, progress, cancelled: run_import(
            desk, table, mapping, progress=progress, cancelled=cancelled), self)
        self.job.progress.connect(self._progressed)
        self.job.succeeded.connect(lambda result: outcome.update(result=result))
        self.job.failed.connect(lambda error: outcome.update(error=error))
        self.job.finished.connect(loop.quit)
        self._say(self.tr("Importing…"))
        self._show_busy(True)
        self.job.start()
        if self.job is not None and self.job.running:
            loop.exec()
        self.job = None
        self._show_busy(False)
        error = outcome.get("error")
        if isinstance(error, ImportRefusedError):
            self.model.set_plan(ImportPlan(mapping.kind, problems=error.problems))
            wizard.plan = self.model.plan
        if isinstance(error, DeskError):
            self._say(error.message, bad=True)
            self.completeChanged.emit()
            return False
        result = outcome["result"]
        assert isinstance(result, ImportResult)
        wizard.import_result = result
        wizard.imported.emit(result)
        return True

    # ---- helpers -----------------------------------------------------------------------

    def _progressed(self, done: int, total: int, phase: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        words = {"Checking": self.tr("Checking"), "Writing": self.tr("Writing")}
        self.progress.setFormat(f"{words.get(phase, phase)} %v / %m")

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def cleanupPage(self) -> None:  # going back: stop a check still running
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.again_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)
        wizard = self.wizard()
        if wizard is not None:
            for button in WIZARD_BUTTONS:
                wizard.button(button).setEnabled(not busy)

    def _say(self, text: str, *, bad: bool = False) -> None:
        self.summary.setStyleSheet(error_style() if bad else "")
        self.summary.setText(text)
