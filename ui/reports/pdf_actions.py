"""Making PDFs from the window: the shift briefing, a neighbourhood's profile, and the
profiles of every neighbourhood. The work runs off the GUI thread; a batch shows a bar with
a count and a Cancel. A PDF the user chose to open goes to the system's viewer.

A page wires its button with one line, e.g. `button.clicked.connect(lambda:
actions.profile(neighbourhood_id))`; the batch is `actions.all_profiles_action` in a menu,
and `actions.current_briefing_action` (Ctrl+P) prints the current or next shift's briefing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ompm_desktop.clock import local
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import current_language
from ompm_desktop.paths import data_dir
from ompm_desktop.services.desk import Desk

# What making a PDF needs (the options dialog, the background job, the progress bar) is
# imported with the first PDF asked for: the window is built with the actions alone.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from ui.import_wizard.background import BackgroundJob
    from ui.reports.cswb_report_dialog import CswbReportDialog
    from ui.reports.pdf_options_dialog import PdfOptionsDialog

Job = Callable[[Desk, Callable[[int, int, str], None], Callable[[], bool]], Any]


def printouts_folder() -> Path:
    """Where PDFs made to be opened (not saved elsewhere) are kept."""
    folder = data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_in_viewer(path: Path) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfActions(QObject):
    started = Signal(object)  # the BackgroundJob making the PDF
    made = Signal(object)  # the list of files written
    failed = Signal(str)

    def __init__(self, window: QWidget, desk: Callable[[], Desk]) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None
        self.all_profiles_action = QAction(self.tr("Profiles of all neighbourhoods (PDF)…"),
                                           window)
        self.all_profiles_action.triggered.connect(self.all_profiles)
        self.current_briefing_action = QAction(self.tr("&Briefing PDF of the current shift…"),
                                               window)
        # setShortcuts, not setShortcut: see MainWindow._action
        self.current_briefing_action.setShortcuts([QKeySequence("Ctrl+P")])
        self.current_briefing_action.triggered.connect(self.current_briefing)
        self.cswb_report_action = QAction(self.tr("CS&WB plan report (PDF)…"), window)
        self.cswb_report_action.triggered.connect(self.cswb_report)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    # ---- what the pages ask for ----------------------------------------------------------

    # reportlab loads with the first PDF asked for, not with the window.

    def briefing(self, shift_id: str) -> PdfOptionsDialog | None:
        from ompm_desktop.reports.briefing import briefing_file_name, write_briefing

        name = briefing_file_name(self.desk(), shift_id)
        return self._single(
            self.tr("Briefing PDF"), self.tr("Print the roll-call sheet of this shift."), name,
            lambda desk, path, personal, language, **options: write_briefing(
                desk, [shift_id], path, include_personal=personal, language=language,
                **options), briefing=True)

    def current_briefing(self) -> PdfOptionsDialog | None:
        """The briefing of the shift running now, or else of the next one."""
        desk = self.desk()
        shift = desk.shifts.current_or_next(desk.context.now())
        if shift is None:
            QMessageBox.information(self.window, self.tr("Briefing PDF"), self.tr(
                "No shift is running or planned. Plan one on the Shifts page first."))
            return None
        return self.briefing(shift["id"])

    def profile(self, neighbourhood_id: str) -> PdfOptionsDialog | None:
        from ompm_desktop.reports.profile import write_profile

        neighbourhood = self.desk().neighbourhoods.get(neighbourhood_id)
        name = "profile-" + _slug(neighbourhood["name"]) + ".pdf"
        return self._single(
            self.tr("Profile PDF"),
            self.tr("Print the profile of {0}.").format(neighbourhood["name"]), name,
            lambda desk, path, personal, language: write_profile(
                desk, neighbourhood_id, path, include_personal=personal, language=language))

    def all_profiles(self) -> PdfOptionsDialog | None:
        if self.busy:
            return None
        from ui.reports.pdf_options_dialog import PdfOptionsDialog

        count = self.desk().neighbourhoods.count()
        dialog = PdfOptionsDialog(
            self.tr("Profiles of all neighbourhoods"),
            self.tr("Print the profiles of all {0} neighbourhoods.").format(count),
            batch=True, language=self._language(), parent=self.window)
        dialog.accepted.connect(lambda: self._start_batch(dialog))
        dialog.open()
        return dialog

    def cswb_report(self) -> CswbReportDialog | None:
        """The board report on the CSWB plan, for a period the user gives."""
        if self.busy:
            return None
        from ompm_desktop.reports.cswb_report import write_cswb_report
        from ui.reports.cswb_report_dialog import CswbReportDialog

        dialog = CswbReportDialog(self.desk().context.clock, self._language(), self.window)

        def chosen() -> None:
            start, end, language = dialog.start, dialog.end, dialog.language
            path = self._ask_file(dialog.windowTitle(), f"cswb-report-{start}-{end}.pdf")
            if path is not None:
                self._run(lambda desk, progress, cancelled: [write_cswb_report(
                    [desk], start, end, path, language=language)], opening=False,
                    label=self.tr("Making {0}…").format(path.name), batch=False)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    # ---- one document ----------------------------------------------------------------------

    def _single(self, title: str, what: str, name: str, write: Callable[..., Path], *,
                briefing: bool = False) -> PdfOptionsDialog | None:
        if self.busy:
            return None
        from ui.reports.pdf_options_dialog import PdfOptionsDialog

        dialog = PdfOptionsDialog(title, what, language=self._language(), briefing=briefing,
                                  parent=self.window)

        def chosen() -> None:
            if dialog.opening:
                stamp = local(self.desk().context.clock()).strftime("%Y%m%d-%H%M%S")
                path: Path | None = printouts_folder() / name.replace(".pdf", f"-{stamp}.pdf")
            else:
                path = self._ask_file(title, name)
            if path is None:
                return
            personal, language = dialog.include_personal, dialog.language
            options, target = dialog.briefing_options, path
            self._run(lambda desk, progress, cancelled: [write(desk, target, personal,
                                                               language, **options)],
                      opening=dialog.opening, label=self.tr("Making {0}…").format(path.name),
                      batch=False)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _language(self) -> str:
        """The PDF's language unless changed in the dialog: the window's."""
        return current_language()

    def _ask_file(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # ---- the batch -------------------------------------------------------------------------

    def _start_batch(self, dialog: PdfOptionsDialog) -> None:
        title = self.tr("Profiles of all neighbourhoods")
        if dialog.into_folder:
            folder = QFileDialog.getExistingDirectory(self.window, title, str(Path.home()))
            if not folder:
                return
            target = Path(folder)
        else:
            division = self.desk().settings.get("division_name")
            chosen = self._ask_file(title, f"profiles-{_slug(str(division))}.pdf")
            if chosen is None:
                return
            target = chosen
        personal, language = dialog.include_personal, dialog.language
        from ompm_desktop.reports.profile import write_profiles

        self._run(lambda desk, progress, cancelled: write_profiles(
            desk, target, include_personal=personal, progress=progress, cancelled=cancelled,
            language=language),
            opening=False, label=self.tr("Making the profiles…"), batch=True)

    # ---- running and telling -----------------------------------------------------------------

    def _run(self, job: Job, *, opening: bool, label: str, batch: bool) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from ui.import_wizard.background import BackgroundJob

        progress = QProgressDialog(label, self.tr("Cancel") if batch else "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Making a PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        if not batch:
            progress.setCancelButton(None)
        self.progress = progress
        self.job = BackgroundJob(self.desk(), job, self)
        self.job.progress.connect(self._progressed)
        progress.canceled.connect(self.job.cancel)
        # The bar goes before the result is told: a box shown over it could not be answered.
        self.job.succeeded.connect(lambda written: self._done(written, opening))
        self.job.failed.connect(self._failed)
        self.started.emit(self.job)
        self.job.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done < total:
            self.progress.setLabelText(self.tr("{0} ({1} of {2})").format(name, done + 1, total))

    def _close_progress(self) -> None:
        """Close the bar for good (reset also stops the timer that would show it later)."""
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.reset()
            progress.hide()
            progress.deleteLater()

    def _done(self, written: list[Path], opening: bool) -> None:
        self._close_progress()
        self.made.emit(written)
        if opening and written:
            if not open_in_viewer(written[0]):
                QMessageBox.information(self.window, self.tr("PDF made"), self.tr(
                    "No PDF viewer could open it. It is saved in {0}.").format(written[0]))
            return
        where = written[0] if len(written) == 1 else written[0].parent
        QMessageBox.information(self.window, self.tr("PDF made"), self.tr(
            "Saved {0} PDF file(s) in {1}.").format(len(written), where)
            if len(written) > 1 else self.tr("Saved to {0}.").format(where))

    def _failed(self, error: DeskError) -> None:
        from ompm_desktop.reports.profile import ProfilesCancelledError

        self._close_progress()
        self.failed.emit(error.message)
        if isinstance(error, ProfilesCancelledError):
            QMessageBox.information(self.window, self.tr("Cancelled"), error.message)
        else:
            QMessageBox.warning(self.window, self.tr("No PDF made"), error.message)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text).strip("-_").lower() or "pdf"
