"""Who is using the app: asked on first start and from Edit > Who is using the app…; every
change from then on is written in that name in the audit log. A badge on file fills in the
officer's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.current_user import current_user, name_for_badge, set_current_user
from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ui.colours import error_style


class UserDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 first_start: bool = False) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Who is using the app"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every change you make is recorded in the audit log under this name. You can "
            "change it later from Edit > Who is using the app…") if first_start else self.tr(
            "Changes from now on are recorded in the audit log under this name; earlier "
            "ones keep the name they were made under."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        name, badge = current_user(desk)
        form = QFormLayout()
        self.badge = QLineEdit(badge, self)
        self.badge.setObjectName("badge")
        self.badge.setAccessibleName(self.tr("Badge number"))
        self.badge.setPlaceholderText(self.tr("e.g. 1042"))
        self.badge.editingFinished.connect(self._fill_name)
        form.addRow(self.tr("&Badge number:"), self.badge)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Sgt. J. Tremblay"))
        form.addRow(self.tr("Your &name:"), self.name)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.badge.setFocus()

    def _fill_name(self) -> None:
        """A badge on file gives the officer's name, unless a name is typed already."""
        found = name_for_badge(self.desk, self.badge.text())
        if found and not self.name.text().strip():
            self.name.setText(found)

    def save(self) -> None:
        self._fill_name()
        try:
            set_current_user(self.desk, self.name.text(), self.badge.text())
        except DeskError as error:
            self.message.setText(error.message)
            self.name.setFocus()
            return
        self.accept()
