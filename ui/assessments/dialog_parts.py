"""Small parts of the assessment dialog: a box of a few lines of notes, and the style of
the label that shows a quadrant in its colours."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QPlainTextEdit, QSpinBox

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant


class NotesBox(QPlainTextEdit):
    """A few lines of text; Tab moves on. Its changes are read when saving, not signalled."""

    def __init__(self, lines: int, placeholder: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str) -> None:
        self.setPlainText(value)


def quadrant_style(quadrant: Quadrant) -> str:
    info = QUADRANTS[quadrant]
    return (f"QLabel {{ background: {info.tint}; color: #1a1a1a; border: 3px solid "
            f"{info.colour}; border-left-width: 14px; padding: 6px; font-weight: bold; }}")


class ParticipationBox(QGroupBox):
    """Who took part besides the assessor: the model asks for "a diagnostic tool for police
    and community". Left at none, the assessment says it was answered by the assessor
    alone."""

    def __init__(self) -> None:
        super().__init__(self.tr("Who took part"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.residents = QSpinBox()
        self.residents.setObjectName("residents_surveyed")
        self.partners = QSpinBox()
        self.partners.setObjectName("partners_consulted")
        for box in (self.residents, self.partners):
            box.setRange(0, 100_000)
        self.form = QCheckBox(self.tr("A partner completed the form"))
        self.form.setObjectName("partner_form")
        form.addRow(self.tr("Residents surveyed"), self.residents)
        form.addRow(self.tr("Partners consulted"), self.partners)
        form.addRow(self.form)

    def values(self) -> dict[str, int]:
        return {"residents_surveyed": self.residents.value(),
                "partners_consulted": self.partners.value(),
                "partner_form": int(self.form.isChecked())}

    def show_recorded(self, record: dict) -> None:
        self.residents.setValue(record.get("residents_surveyed") or 0)
        self.partners.setValue(record.get("partners_consulted") or 0)
        self.form.setChecked(bool(record.get("partner_form")))
        for widget in (self.residents, self.partners, self.form):
            widget.setEnabled(False)
