"""A beat: its name, a short code for the briefing sheet, and what a newcomer should know."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ompm_desktop.queries import BEATS
from ui.records.field_widgets import NotesField, TextField
from ui.records.record_form import HINT_STYLE, RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class BeatForm(RecordForm):
    kind = "beat"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.add_field("name", self.tr("&Name"), TextField(
            self, placeholder=self.tr("e.g. Beat 2 - Eastview")))
        self.add_field("code", self.tr("&Code"), TextField(
            self, placeholder=self.tr("e.g. B2")))
        self.add_field("description", self.tr("&Description"), NotesField(
            self, lines=4, placeholder=self.tr("Boundaries, landmarks, what a newcomer should "
                                               "know. Ctrl+Enter saves.")))
        self.neighbourhoods = QLabel(self)
        self.neighbourhoods.setObjectName("beat_neighbourhoods")
        self.neighbourhoods.setWordWrap(True)
        self.neighbourhoods.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(self.neighbourhoods)
        self.finish()

    def after_load(self) -> None:
        row = BEATS.row(self.desk.context, self.record["id"]) if self.record else None
        names = (row or {}).get("neighbourhoods")
        if self.record is None:
            text = self.tr("Neighbourhoods are put in a beat on the Neighbourhoods page.")
        elif names:
            text = self.tr("Neighbourhoods: {0}.").format(names)
        else:
            text = self.tr("No neighbourhood is in this beat yet.")
        self.neighbourhoods.setText(text)
