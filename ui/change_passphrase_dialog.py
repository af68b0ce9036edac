"""File > Change passphrase…: the current one, then the new one twice; the file is
re-encrypted (rekeyed) in place. An unencrypted file has no passphrase: the dialog says so."""

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

from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.new_database import check_new_passphrase, passphrase_strength
from ui.colours import error_style
from ui.new_database_dialog import strength_text
from ui.unencrypted import unencrypted_explanation


class ChangePassphraseDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        name = desk.path.name if desk.path else self.tr("this database")
        intro = QLabel(self.tr(
            "The new passphrase replaces the old one for {name} at once. Backups made "
            "before keep the old passphrase.").format(name=name))
        intro.setWordWrap(True)
        self.intro = intro
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = self._secret(self.tr("Current passphrase"))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.new = self._secret(self.tr("New passphrase"))
        form.addRow(self.tr("&New passphrase:"), self.new)
        self.strength = QLabel()
        form.addRow("", self.strength)
        self.repeated = self._secret(self.tr("New passphrase again"))
        form.addRow(self.tr("New passphrase &again:"), self.repeated)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._update)
        self.repeated.textChanged.connect(self._update)
        if not desk.encrypted:
            for edit in (self.current, self.new, self.repeated):
                edit.setEnabled(False)
            self.change_button.setEnabled(False)
            self.intro.setText(unencrypted_explanation())
        self.resize(520, self.sizeHint().height())

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def _update(self) -> None:
        typed, repeated = self.new.text(), self.repeated.text()
        self.strength.setText(strength_text(passphrase_strength(typed)) if typed else "")
        mismatch = (bool(repeated) and repeated != typed
                    and (not typed.startswith(repeated) or len(repeated) >= len(typed)))
        self.message.setText(self.tr("The two new passphrases are not the same.")
                             if mismatch else "")

    def change(self) -> None:
        if not self.desk.check_passphrase(self.current.text()):
            self.message.setText(self.tr("The current passphrase is not right. Type it again."))
            self.current.selectAll()
            self.current.setFocus()
            return
        try:
            check_new_passphrase(self.new.text(), self.repeated.text())
            if self.new.text() == self.current.text():
                raise ValidationError(self.tr("The new passphrase is the same as the current "
                                              "one."), field="passphrase")
            self.desk.change_passphrase(self.new.text())
        except ValidationError as error:
            self.message.setText(error.message)
            (self.repeated if error.field == "repeated" else self.new).setFocus()
            return
        except DeskError as error:
            self.message.setText(error.message)
            return
        for edit in (self.current, self.new, self.repeated):
            edit.clear()
        self.changed = True
        self.accept()
