"""The detail form beside a list: fields top to bottom, errors shown under the field concerned,
Enter (or Ctrl+Enter in a text box) saves, Esc puts back what was stored."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries.kinds import SERVICE_ATTRIBUTES
from ompm_desktop.services.record_service import Record
from ui.colours import error_colour, error_style
from ui.records.field_widgets import widget_for
from ui.records.shortcuts import shortcut

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

HINT_STYLE = "color: palette(placeholder-text);"


class RecordForm(QWidget):
    submitted = Signal()  # the user asked to save
    cancelled = Signal()  # the user asked to put back what was stored
    edited = Signal()  # a field changed: the form now holds unsaved edits

    kind: ClassVar[str]  # the table: "contact"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service = getattr(desk, SERVICE_ATTRIBUTES[self.kind])
        self.record: Record | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self.dirty = False
        self._loading = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(error_style(bold=True))
        self.banner.hide()
        self.outer.addWidget(self.banner)
        self.layout_now = self.add_section("")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.submitted.emit)
        shortcut("Escape", self, self.cancelled.emit)

    # ---- building --------------------------------------------------------------------

    def add_section(self, title: str) -> QFormLayout:
        """A group of fields; the fields added next go in it."""
        box = QGroupBox(title, self) if title else QWidget(self)
        layout = QFormLayout(box)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if not title:
            layout.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(box)
        self.layout_now = layout
        return layout

    def add_tabs(self) -> QTabWidget:
        """Tabs of fields (fill each with add_tab, then add_field)."""
        tabs = QTabWidget(self)
        self.outer.addWidget(tabs)
        return tabs

    def add_tab(self, tabs: QTabWidget, title: str, note: str = "") -> QFormLayout:
        page = QWidget(tabs)
        layout = QFormLayout(page)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if note:
            label = QLabel(note, page)
            label.setWordWrap(True)
            label.setStyleSheet(HINT_STYLE)
            layout.addRow(label)
        tabs.addTab(page, title)
        self.layout_now = layout
        return layout

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        holder = QWidget(self.layout_now.parentWidget() or self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, holder)
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            column.addWidget(note)
        error = QLabel(holder)
        error.setWordWrap(True)
        error.setStyleSheet(error_style(bold=True))
        error.setObjectName(f"error_{name}")
        error.hide()
        column.addWidget(error)
        column.addStretch(1)  # extra height goes below the field, never above it
        caption = QLabel(label, self) if label else None
        if caption is not None:
            caption.setBuddy(widget)
            self.layout_now.addRow(caption, holder)
        else:
            self.layout_now.addRow(holder)
        widget.setObjectName(f"field_{name}")
        self._name_for_screen_readers(widget, label, hint)
        self.rows[name] = (self.layout_now, holder)
        self.fields[name] = widget
        self.errors[name] = error
        widget.edited.connect(self._edited)  # type: ignore[attr-defined]
        if isinstance(widget, QLineEdit) and not hasattr(widget, "submitted"):
            widget.returnPressed.connect(self.submitted.emit)
        if hasattr(widget, "submitted"):
            widget.submitted.connect(self.submitted.emit)
        return widget

    def add_default_rows(self, *, leaving: Sequence[str] = ()) -> None:
        """A row for each plain field of the service the form has not laid out itself (nor
        lays out after this: `leaving`), its label and widget made from the field. A field
        added to the service shows here without the form being written for it."""
        for name, spec in self.service.fields.items():
            if name in self.fields or name in leaving:
                continue
            widget = widget_for(spec, self.desk.context.clock, self)
            if widget is not None:
                self.add_field(name, "" if spec.kind == "bool" else spec.label, widget)

    @staticmethod
    def _name_for_screen_readers(widget: QWidget, label: str, hint: str) -> None:
        """The caption sits beside the field, not in its parent, so Qt cannot find it as
        the field's name by itself: say it, and the hint as the description. A field with
        no caption (a check box) is named by its own text."""
        name = label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")
        if name:
            widget.setAccessibleName(name)
        widget.setAccessibleDescription(hint)
        name_parts = getattr(widget, "name_parts", None)
        if callable(name_parts):  # a field made of several controls names each of them
            name_parts(name, hint)

    def finish(self) -> None:
        self.outer.addStretch(1)

    # ---- filling and reading ---------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        """What a new record starts with."""
        return {}

    def reload_options(self) -> None:
        """Fill the form's lists of records again (a form with such lists overrides it)."""

    def load(self, record: Record | None) -> None:
        """Show a record (or, with None, an empty form for a new one)."""
        self._loading = True
        self.record = record
        values = self.values_for(record) if record is not None else self.defaults()
        for name, widget in self.fields.items():
            widget.set_value(values.get(name))  # type: ignore[attr-defined]
        self._loading = False
        self.clear_errors()
        self.dirty = False
        self.after_load()
        QTimer.singleShot(0, self, self._lay_out_again)  # once the rows asked for their sizes

    def _lay_out_again(self) -> None:
        """Qt's form layouts keep the row heights worked out for the record shown before, so
        a list of chosen partners that grew was cut off (in large type): measure again."""
        for layout in self.findChildren(QFormLayout):
            layout.invalidate()

    def values_for(self, record: Record) -> dict[str, Any]:
        """What the fields show for a stored record (a form may add related values)."""
        return record

    def after_load(self) -> None:
        """Hook: adjust the form to the record just shown."""

    def confirm_save(self) -> bool:
        """Hook: ask the user about what is to be saved (False: not now, keep editing)."""
        return True

    def values(self) -> dict[str, Any]:
        """Every field's value for the service; a field that cannot be read raises."""
        found = {}
        for name, widget in self.fields.items():
            try:
                found[name] = widget.value()  # type: ignore[attr-defined]
            except ValidationError as error:
                raise ValidationError(error.message, error.field or name) from None
        return found

    def changes(self) -> dict[str, Any]:
        """The record's own values that differ from those stored (all of them for a new one);
        fields of related records are left for the form to save its own way."""
        values = {name: value for name, value in self.values().items()
                  if name in self.service.fields or name in self.service.links}
        if self.record is None:
            return values
        return {name: value for name, value in values.items()
                if not _same(self._cleaned(name, value), self.record.get(name))}

    def _cleaned(self, name: str, value: Any) -> Any:
        """The value as the service would store it (local times become UTC stamps...)."""
        spec = self.service.fields.get(name)
        if spec is None:
            return value
        try:
            return spec.clean(name, value)
        except ValidationError:
            return value

    def set_field_visible(self, name: str, visible: bool) -> None:
        layout, holder = self.rows[name]
        layout.setRowVisible(holder, visible)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            widget.setEnabled(not read_only)

    # ---- errors ----------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        """Show a refusal under its field (and go there); else at the top of the form."""
        self.clear_errors()
        label = self.errors.get(error.field or "")
        if label is None:
            self.banner.setText(error.message)
            self.banner.show()
            return
        label.setText(error.message)
        label.show()
        field = self.fields[error.field or ""]
        field.setProperty("hint", field.property("hint") or field.accessibleDescription())
        field.setAccessibleDescription(error.message)  # read out when the field takes focus
        field.setProperty("invalid", True)
        field.setStyleSheet(f"border: 1px solid {error_colour()};"
                           if isinstance(field, QLineEdit) else "")
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.banner.hide()
        for name, label in self.errors.items():
            label.hide()
            field = self.fields[name]
            field.setStyleSheet("")
            if field.property("hint") is not None:
                field.setAccessibleDescription(field.property("hint"))

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()


def _same(value: Any, stored: Any) -> bool:
    if value in (None, "") and stored in (None, ""):
        return True
    if isinstance(value, list) or isinstance(stored, list):
        return list(value or []) == list(stored or [])
    if isinstance(value, int) and not isinstance(value, bool) and isinstance(stored, int):
        return value == stored
    return str(value) == str(stored)
