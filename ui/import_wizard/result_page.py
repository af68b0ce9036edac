"""The last page: what the import did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

if TYPE_CHECKING:
    from ui.import_wizard.wizard import ImportWizard


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.import_wizard.import_result
        if result is None:
            return
        self.summary.setText(self.tr(
            "{total} rows imported from {file}: {created} created, {updated} updated, "
            "{unchanged} unchanged. Every change is in the audit log."
        ).format(total=result.created + result.updated + result.unchanged,
                 file=self.import_wizard.table.path.name if self.import_wizard.table else "",
                 created=result.created, updated=result.updated, unchanged=result.unchanged)
            + "".join(f"\n\n{note}" for note in result.plan.notes))
