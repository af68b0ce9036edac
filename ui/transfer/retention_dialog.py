"""Review retention: what has been kept past the period, and erasing it on confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.retention import RetentionReview, erase_expired, review_retention


class RetentionDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.review: RetentionReview = review_retention(desk)
        self.erased: RetentionReview | None = None
        self.setWindowTitle(self.tr("Review retention"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Record"), self.tr("What is erased")])
        self.items.verticalHeader().setVisible(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.items, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase these details…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show()

    def _show(self) -> None:
        review = self.review
        if review.empty:
            self.summary.setText(self.tr(
                "Nothing has been kept longer than {0} months: there is nothing to erase."
            ).format(review.months))
        else:
            self.summary.setText(self.tr(
                "Kept longer than {months} months (before {cutoff}): {contacts} contacts and "
                "{personal} residents' personal details. Erasing keeps each contact's date, "
                "officer, neighbourhood, kind and partner agencies for the statistics."
            ).format(months=review.months, cutoff=review.cutoff.isoformat(),
                     contacts=len(review.contacts), personal=len(review.personal)))
        rows = [(item, self.tr("Summary, follow-up notes, links to residents"))
                for item in review.contacts]
        rows += [(item, self.tr("Home phone, personal email, home address, notes"))
                 for item in review.personal]
        self.items.setRowCount(len(rows))
        for row, (item, erased) in enumerate(rows):
            label = item.label + (self.tr(" (deleted)") if item.deleted else "")
            for column, text in enumerate((item.when, label, erased)):
                self.items.setItem(row, column, QTableWidgetItem(text))
        self.items.resizeColumnsToContents()
        self.erase_button.setEnabled(not review.empty)

    def erase(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Erase personal details"),
            self.tr("Erase these details for good? This cannot be undone (backups taken "
                    "earlier still hold them until they are replaced)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.erased = erase_expired(self.desk, self.review)
        self.accept()
