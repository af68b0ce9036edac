"""Beside a list of records: the record's title, its form (scrolling), the Save, Cancel,
History, Restore and Delete buttons, and a line that says what was just done, with Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout
from ui.records.record_form import RecordForm


class FormPanel(QWidget):
    def __init__(self, form: RecordForm, extras: list[QPushButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.save_button = self._button(self.tr("Save"), "save", self.tr("Enter or Ctrl+S"))
        self.save_button.setDefault(True)
        self.revert_button = self._button(self.tr("Cancel"), "",
                                          self.tr("Esc: put back what is stored"))
        self.delete_button = self._button(self.tr("Delete"), "delete")
        self.restore_button = self._button(self.tr("Restore"), "restore")
        self.history_button = self._button(self.tr("History…"), "history", self.tr(
            "Every change to this record: who, when, before and after"))
        buttons = FlowLayout()  # onto a second row where the form is narrow (large type)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        for button in extras:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.undo_button = self._button(self.tr("Undo"), "undo")
        self.undo_button.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addLayout(notice_row)
        self.setMinimumWidth(340)

    def _button(self, text: str, name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if name:
            button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        return button
