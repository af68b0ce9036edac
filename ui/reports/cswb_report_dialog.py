"""Before the board report is made (File > CSWB report): the period and the language. The
period reads as typed dates ('2026-01-01', 'today'); a date that cannot be read keeps the
dialog open with the reason beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.clock import Clock, today
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import LANGUAGES
from ui.records.field_widgets import DateField


class CswbReportDialog(QDialog):
    """After it is accepted: `start`, `end` and `language`."""

    def __init__(self, clock: Clock, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CSWB plan report"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Policing's contribution to the municipality's Community Safety and Well-Being "
            "plan over a period, for the board: initiatives by the plan's risks with their "
            "calls before and after, partners by sector, contacts by quadrant activity "
            "(counts only), neighbourhoods' moves on the model."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        day = today(clock)
        self.start_field = DateField(clock, self.tr("From"), self)
        self.start_field.setObjectName("cswb_from")
        self.start_field.set_value(date(day.year, 1, 1).isoformat())
        self.end_field = DateField(clock, self.tr("To"), self)
        self.end_field.setObjectName("cswb_to")
        self.end_field.set_value(day.isoformat())
        self.language_choice = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_choice.addItem(name, code)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(language)))
        form.addRow(self.tr("&From"), self.start_field)
        form.addRow(self.tr("&To"), self.end_field)
        form.addRow(self.tr("&Language of the PDF"), self.language_choice)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("cswb_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start = self.end = day

    @property
    def language(self) -> str:
        return str(self.language_choice.currentData())

    def accept(self) -> None:
        try:
            start, end = self.start_field.value(), self.end_field.value()
        except DeskError as error:
            return self._say(error.message)
        if not start or not end:
            return self._say(self.tr("Give the first and the last day of the period."))
        self.start, self.end = date.fromisoformat(start), date.fromisoformat(end)
        if self.end < self.start:
            return self._say(self.tr("The period ends before it starts."))
        super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
