"""Choosing records by typing: three letters of a name, then Enter or a click."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries.base import fold
from ui.records.kind_words import noun, nouns

Options = Sequence[tuple[str, str]]  # (id, label)


class OptionIndex:
    """Finds an option by its label: exactly, or by the only label containing the text."""

    def __init__(self, options: Options) -> None:
        self.options = list(options)
        self.labels = {record_id: label for record_id, label in self.options}

    def find(self, text: str) -> str | None:
        wanted = fold(" ".join(text.split()))
        if not wanted:
            return None
        exact = [i for i, label in self.options if fold(label) == wanted]
        if exact:
            return exact[0]
        containing = [i for i, label in self.options if wanted in fold(label)]
        return containing[0] if len(containing) == 1 else None


def _completer(parent: QLineEdit, labels: list[str]) -> QCompleter:
    completer = QCompleter(QStringListModel(labels), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(10)
    return completer


class RecordPicker(QLineEdit):
    """One record, chosen by typing part of its name."""

    edited = Signal()
    submitted = Signal()  # Enter with the choice settled: the form may save

    def __init__(self, kind: str, options: Options = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # the table: "officer"
        self.setPlaceholderText(self.tr("Type three letters of the {0}").format(noun(kind)))
        self.index = OptionIndex(())
        self.set_options(options)
        self.textEdited.connect(self.edited)
        self.editingFinished.connect(self._settle)
        self.returnPressed.connect(self._enter)

    def set_options(self, options: Options) -> None:
        self.index = OptionIndex(options)
        self.setCompleter(_completer(self, [label for _, label in self.index.options]))
        self.completer().activated.connect(lambda _text: self.edited.emit())

    def _settle(self) -> None:
        found = self.index.find(self.text())
        if found and self.text() != self.index.labels[found]:
            self.setText(self.index.labels[found])
            self.edited.emit()

    def _enter(self) -> None:
        popup = self.completer().popup()
        if popup is not None and popup.isVisible():
            return
        self._settle()
        self.submitted.emit()

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        found = self.index.find(text)
        if found is None:
            raise ValidationError(self.tr(
                "No {0} is named '{1}'. Type part of the name and pick from the list.").format(
                noun(self.kind), text, nouns(self.kind)))
        return found

    def set_value(self, value: Any) -> None:
        self.setText(self.index.labels.get(str(value), "") if value else "")


class ChosenList(QListWidget):
    """The records chosen so far; Delete or Backspace takes the selected one off."""

    removed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            self.removed.emit()
            return
        super().keyPressEvent(event)


class MultiRecordPicker(QWidget):
    """Several records: type part of a name, Enter adds it; the chosen ones are listed."""

    edited = Signal()
    submitted = Signal()

    def __init__(self, kind: str, options: Options = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind  # the table: "partner"
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Type three letters of a {0}, Enter to add").format(
            noun(kind)))
        self.chosen = ChosenList(self)
        self.chosen.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to the next field
        # A long name is shortened with "…" (its tooltip says it whole): a horizontal scroll
        # bar took the room of the only row in a narrow form.
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setToolTip(self.tr(
            "Backspace in the empty box above takes off the last {0}; or select one here "
            "and press Delete").format(noun(kind)))
        self.chosen.itemDoubleClicked.connect(self._remove_item)
        self.chosen.removed.connect(self._after_change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.line)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.line)
        # One control to Tab, as a spin box is: moved in the tab order with its parts.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.index = OptionIndex(())
        self.set_options(options)
        self.line.returnPressed.connect(self._enter)
        self.line.installEventFilter(self)
        self._after_change()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.line and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Backspace and not self.line.text()
                and self.chosen.count()):
            self.chosen.takeItem(self.chosen.count() - 1)
            self._after_change()
            return True
        return super().eventFilter(watched, event)

    def name_parts(self, name: str, description: str) -> None:
        """Name the typing box and the list of chosen records for screen readers."""
        self.line.setAccessibleName(self.tr("{0}: add one").format(name))
        self.line.setAccessibleDescription(description or self.line.placeholderText())
        self.chosen.setAccessibleName(self.tr("{0}: chosen").format(name))
        self.chosen.setAccessibleDescription(self.chosen.toolTip())

    def set_options(self, options: Options) -> None:
        self.index = OptionIndex(options)
        completer = _completer(self.line, [label for _, label in self.index.options])
        completer.activated.connect(self._add_label)
        self.line.setCompleter(completer)

    def _add_label(self, label: str) -> None:
        found = self.index.find(label)
        if found:
            self.add(found)
        # The completer writes the label into the line after this: clear it once it has.
        QTimer.singleShot(0, self.line.clear)

    def _enter(self) -> None:
        popup = self.line.completer().popup()
        if popup is not None and popup.isVisible():
            return
        text = self.line.text().strip()
        if not text:
            self.submitted.emit()
            return
        found = self.index.find(text)
        if found:
            self.add(found)
            self.line.clear()

    def add(self, record_id: str) -> None:
        if record_id in self.ids():
            return
        item = QListWidgetItem(self.index.labels.get(record_id, record_id))
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setToolTip(item.text())
        self.chosen.addItem(item)
        self._after_change()

    def _remove_item(self, item: QListWidgetItem) -> None:
        self.chosen.takeItem(self.chosen.row(item))
        self._after_change()

    def _after_change(self) -> None:
        self._fit()
        self.edited.emit()

    def _fit(self) -> None:
        """As tall as the chosen records (up to four rows; it scrolls after)."""
        count = self.chosen.count()
        self.chosen.setVisible(count > 0)
        if count:
            row = max(self.chosen.sizeHintForRow(0), self.fontMetrics().lineSpacing())
            self.chosen.setFixedHeight(min(count, 4) * row + 2 * self.chosen.frameWidth() + 2)

    def ids(self) -> list[str]:
        return [self.chosen.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.chosen.count())]

    def value(self) -> list[str]:
        text = self.line.text().strip()
        if text:
            found = self.index.find(text)
            if found is None:
                raise ValidationError(self.tr(
                    "No {0} is named '{1}'. Pick one from the list, or clear the text.").format(
                    noun(self.kind), text, nouns(self.kind)))
            return list(dict.fromkeys([*self.ids(), found]))
        return self.ids()

    def set_value(self, value: Any) -> None:
        self.chosen.blockSignals(True)
        self.chosen.clear()
        self.chosen.blockSignals(False)
        self.line.clear()
        for record_id in value or []:
            item = QListWidgetItem(self.index.labels.get(record_id) or self.tr(
                "(deleted {0})").format(noun(self.kind)))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(item.text())
            self.chosen.addItem(item)
        self._fit()
