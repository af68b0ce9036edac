"""Review retention: what has been kept past the period, and erasing it on confirmation.

Opened by hand (File > Review retention…) or by itself as a division opens, when the
service's scheduled review is due: then it can also be put off for a week, for a reason the
audit log keeps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError
from ompm_desktop.privacy.retention_schedule import POSTPONE_DAYS, erase_scheduled, postpone
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.retention import RetentionReview, review_retention


class RetentionDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 scheduled: RetentionReview | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.review: RetentionReview = scheduled or review_retention(desk)
        self.erased: RetentionReview | None = None
        self.postponed_until: str = ""
        self.scheduled = scheduled is not None
        self.setWindowTitle(self.tr("Scheduled retention review") if scheduled
                            else self.tr("Review retention"))
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
        self.reason = QLineEdit(self)
        self.reason.setObjectName("postpone_reason")
        self.reason.setPlaceholderText(self.tr("Why put it off? (kept in the audit log)"))
        self.reason.setAccessibleName(self.tr("Reason to put the review off"))
        self.reason.setVisible(scheduled is not None)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase these details…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.postpone_button = self.buttons.addButton(
            self.tr("Put off {0} days").format(POSTPONE_DAYS),
            QDialogButtonBox.ButtonRole.ActionRole)
        self.postpone_button.setObjectName("postpone")
        self.postpone_button.clicked.connect(self.put_off)
        self.postpone_button.setVisible(scheduled is not None)
        self.postpone_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.postpone_button.setEnabled(bool(text.strip())))
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
        if self.scheduled:
            self.summary.setText(self.tr(
                "The service's retention review is due. {0} Erase them now, or put the "
                "review off for a reason.").format(self.summary.text()))
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
        try:
            self.erased = erase_scheduled(self.desk, self.review)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Cannot erase"), error.message)
            return
        self.accept()

    def put_off(self) -> None:
        try:
            until = postpone(self.desk, self.reason.text())
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Cannot put it off"), error.message)
            return
        self.postponed_until = until.isoformat()
        self.reject()
