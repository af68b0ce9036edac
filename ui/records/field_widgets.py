"""The widgets of a detail form. Each has value(), set_value() and an `edited` signal;
value() raises a ValidationError (without a field name: the form adds it) for bad input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ompm_desktop.clock import Clock
from ompm_desktop.i18n import _
from ompm_desktop.services.fields import Field
from ompm_desktop.typed_dates import read_date, read_datetime, shown_datetime


class TextField(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self.edited)

    def value(self) -> str | None:
        return self.text().strip()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)


class NotesField(QPlainTextEdit):
    """Several lines of text. Tab moves on (a form is filled top to bottom with Tab)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.6))
        self._loading = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.setPlainText("" if value is None else str(value))
        self._loading = False


class ChoiceField(QComboBox):
    """A choice from a fixed list; with `blank`, nothing chosen is allowed."""

    edited = Signal()

    def __init__(self, options: Sequence[tuple[str, str]], parent: QWidget | None = None, *,
                 blank: str | None = None) -> None:
        super().__init__(parent)
        self.blank = blank
        self.set_options(options)
        self.activated.connect(lambda _index: self.edited.emit())

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self.blank is not None:
            self.addItem(self.blank, "")
        for value, label in options:
            self.addItem(label, value)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: Any) -> None:
        index = self.findData("" if value is None else str(value))
        self.setCurrentIndex(max(index, 0))


class CheckField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _checked: self.edited.emit())

    def value(self) -> int:
        return 1 if self.isChecked() else 0

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class DateField(TextField):
    """A date typed quickly: '2026-11-30', 'today', '+7', 'fri'."""

    def __init__(self, clock: Clock, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholder=QCoreApplication.translate(
            "DateField", "YYYY-MM-DD, today, +7, fri"))
        self.clock = clock
        self.label = label

    def value(self) -> str | None:
        return read_date(self.text(), self.clock, self.label) or None


class DateTimeField(TextField):
    """A date and time typed quickly: '2026-11-24 14:30', 'now', '14:30', 'yesterday 9:00'."""

    def __init__(self, clock: Clock, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, placeholder=QCoreApplication.translate(
            "DateTimeField", "YYYY-MM-DD HH:MM, now, 14:30"))
        self.clock = clock
        self.label = label

    def value(self) -> str | None:
        return read_datetime(self.text(), self.clock, self.label) or None

    def set_value(self, value: Any) -> None:
        text = str(value or "")
        super().set_value(shown_datetime(text) if "T" in text else text)


def widget_for(spec: Field, clock: Clock, parent: QWidget | None = None) -> QWidget | None:
    """The widget a form's default row gives a plain field of the service; None for a field
    that needs one of its own (a reference is picked from a list the form fills)."""
    if spec.kind == "choice":
        return ChoiceField([(choice, _(choice)) for choice in spec.choices], parent)
    if spec.kind == "bool":
        return CheckField(spec.label, parent)
    if spec.kind == "date":
        return DateField(clock, spec.label, parent)
    if spec.kind == "datetime":
        return DateTimeField(clock, spec.label, parent)
    if spec.kind == "text" and spec.max_length > 2000:
        return NotesField(parent, lines=3)
    if spec.kind in ("text", "int", "real"):
        return TextField(parent)
    return None
