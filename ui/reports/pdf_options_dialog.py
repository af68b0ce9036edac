"""Before a PDF is made: open it or save it, its language, and whether residents' personal
details go in; for a briefing, whether the detail pages follow the roll-call sheet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.i18n import LANGUAGES


class PdfOptionsDialog(QDialog):
    """`what` says what will be printed. For a batch, the user also chooses one PDF holding
    every profile or one PDF each in a folder. After exec(), `opening` is True when the
    user chose to open the PDF rather than save it (single documents only)."""

    def __init__(self, title: str, what: str, *, batch: bool = False, language: str = "en",
                 briefing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.opening = False
        layout = QVBoxLayout(self)
        intro = QLabel(what)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.one_file = QRadioButton(self.tr("All in one PDF"))
        self.folder = QRadioButton(self.tr("One PDF per neighbourhood, in a folder"))
        self.layout_choice = QButtonGroup(self)
        if batch:
            for button in (self.one_file, self.folder):
                self.layout_choice.addButton(button)
                layout.addWidget(button)
            self.one_file.setChecked(True)
        # A briefing is its one-page roll-call sheet unless the detail pages are asked for.
        self.detail = QCheckBox(self.tr("Add the &detail pages"))
        self.detail.setToolTip(self.tr("After the one-page roll-call sheet: each beat's "
                                       "neighbourhoods, initiatives, follow-ups and key "
                                       "partners"))
        self.detail.setObjectName("pdf_detail")
        self.partner_contacts = QCheckBox(self.tr("Partners' &phone and e-mail in them"))
        self.partner_contacts.setObjectName("pdf_partner_contacts")
        self.partner_contacts.setEnabled(False)
        self.detail.toggled.connect(self.partner_contacts.setEnabled)
        if briefing:
            layout.addWidget(self.detail)
            layout.addWidget(self.partner_contacts)
        self.briefing = briefing
        self.personal = QCheckBox(self.tr("Include residents' personal details"))
        self.personal.setToolTip(self.tr(
            "Home phone, personal email and home address are personal information. They are "
            "left out unless you include them, and every page then says so."))
        layout.addWidget(self.personal)
        row = QHBoxLayout()  # a French sheet from an English window, or the other way round
        self.language_choice = QComboBox()
        self.language_choice.setObjectName("pdf_language")
        for code, name in LANGUAGES.items():
            self.language_choice.addItem(name, code)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(language)))
        label = QLabel(self.tr("&Language of the PDF:"))
        label.setBuddy(self.language_choice)
        row.addWidget(label)
        row.addWidget(self.language_choice, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if not batch:
            self.open_button: QPushButton | None = buttons.addButton(
                self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.open_button.setDefault(True)
            self.open_button.clicked.connect(self._open)
        else:
            self.open_button = None
        self.save_button = buttons.addButton(self.tr("&Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def include_personal(self) -> bool:
        return self.personal.isChecked()

    @property
    def briefing_options(self) -> dict[str, bool]:
        """What a briefing's writer takes beside the personal details and the language."""
        if not self.briefing:
            return {}
        detail = self.detail.isChecked()
        return {"detail": detail, "contact_details": detail and self.partner_contacts.isChecked()}

    @property
    def language(self) -> str:
        return str(self.language_choice.currentData())

    @property
    def into_folder(self) -> bool:
        return self.folder.isChecked()

    def _open(self) -> None:
        self.opening = True
        self.accept()

    def _save(self) -> None:
        self.opening = False
        self.accept()
