"""File > New database…: where, and the passphrase that encrypts it (typed twice), or, with a
clear warning, no encryption at all. Creates the file; the window then opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.paths import DEMO_FILE_NAME, default_database_path
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.new_database import (
    UNENCRYPTED_WARNING,
    check_new_passphrase,
    create_new_database,
    passphrase_strength,
)
from ui.colours import error_style


def strength_text(level: str) -> str:
    """What a passphrase's strength ("too short", "weak", "fair", "strong") says to the user."""
    texts = {
        "too short": QCoreApplication.translate(
            "NewDatabaseDialog", "Too short: at least 8 characters."),
        "weak": QCoreApplication.translate(
            "NewDatabaseDialog",
            "Weak: longer is better; a few words you will remember make a good passphrase."),
        "fair": QCoreApplication.translate(
            "NewDatabaseDialog",
            "Fair: a little longer, or a mix of words and numbers, makes it strong."),
        "strong": QCoreApplication.translate("NewDatabaseDialog", "Strong."),
    }
    return texts[level]


def proposed_path(folder: Path | None) -> Path:
    """Where a new division is proposed: its default place while no division is there,
    else a free name in the folder of the one open (a demo's folder is not a division's):
    never an existing file, never a demo's."""
    default = default_database_path()
    if folder is None or not default.exists() or (folder / DEMO_FILE_NAME).exists():
        folder = default.parent
    for number in range(1, 1000):
        path = folder / ("division.db" if number == 1 else f"division-{number}.db")
        if not path.exists():
            return path
    return folder / "division.db"  # the user chooses another name; Create says why


class NewDatabaseDialog(QDialog):
    """After accept(), `desk` is the new database, open."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.setWindowTitle(self.tr("New database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A new, empty database for your division. It is encrypted with a passphrase: "
            "without it nobody can read the file, and nobody can recover it for you either."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(proposed_path(folder)))
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)  # Return in a passphrase line creates, never browses
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        self.passphrase = self._secret(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.strength.setWordWrap(True)  # unwrapped, the dialog widened as one typed
        form.addRow("", self.strength)
        self.repeated = self._secret(self.tr("Passphrase again"))
        form.addRow(self.tr("Passphrase &again:"), self.repeated)
        self.unencrypted = QCheckBox(self.tr("Do &not encrypt this database"))
        self.unencrypted.toggled.connect(self._update)
        form.addRow("", self.unencrypted)
        layout.addLayout(form)
        self.warning = QLabel(_(UNENCRYPTED_WARNING))
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_style(bold=True))
        layout.addWidget(self.warning)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create_database)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Once in the dialog: set before, Cancel became the default and Return cancelled.
        self.create_button.setDefault(True)
        self.passphrase.textChanged.connect(self._update)
        self.repeated.textChanged.connect(self._update)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                              self.path_edit.text(),
                                              self.tr("Databases (*.db)"))
        if name:
            self.path_edit.setText(name if name.endswith(".db") else name + ".db")

    def _update(self) -> None:
        plain = self.unencrypted.isChecked()
        self.passphrase.setEnabled(not plain)
        self.repeated.setEnabled(not plain)
        self.warning.setVisible(plain)
        typed = self.passphrase.text()
        self.strength.setText("" if plain or not typed else strength_text(
            passphrase_strength(typed)))
        repeated = self.repeated.text()
        # Said as soon as the second one goes wrong, not while it is still being typed.
        mismatch = (not plain and bool(repeated) and repeated != typed
                    and (not typed.startswith(repeated) or len(repeated) >= len(typed)))
        self.message.setText(self.tr("The two passphrases are not the same.")
                             if mismatch else "")

    def create_database(self) -> None:
        path_text = self.path_edit.text().strip()
        if not path_text:
            self.message.setText(self.tr("Choose where to put the new database."))
            return
        path = Path(path_text).expanduser()
        passphrase: str | None = None
        try:
            if not self.unencrypted.isChecked():
                check_new_passphrase(self.passphrase.text(), self.repeated.text())
                passphrase = self.passphrase.text()
            self.desk = create_new_database(path, passphrase)
        except ValidationError as error:
            self.message.setText(error.message)
            (self.repeated if error.field == "repeated" else self.passphrase).setFocus()
            return
        except (DeskError, OSError) as error:
            self.message.setText(getattr(error, "message", None) or self.tr(
                "The file cannot be created: {0}").format(error))
            return
        self.passphrase.clear()
        self.repeated.clear()
        self.accept()
