"""A neighbourhood's own details: its name, the beat that covers it, its population and a
description. Its place on the model comes from its assessments, not from this form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ompm_desktop.queries.choices import beat_options
from ompm_desktop.services.neighbourhoods import BOUNDARY
from ui.records.field_widgets import ChoiceField, NotesField, TextField
from ui.records.record_form import RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class NeighbourhoodForm(RecordForm):
    kind = "neighbourhood"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.add_field("name", self.tr("&Name"), TextField(
            self, placeholder=self.tr("e.g. Rideau Heights")))
        self.beats = ChoiceField(beat_options(desk.context), self, blank=self.tr("No beat"))
        self.add_field("beat_id", self.tr("&Beat"), self.beats)
        self.add_field("population", self.tr("&Population"), TextField(
            self, placeholder=self.tr("e.g. 4200")),
            hint=self.tr("Residents; calls for service are counted per 1,000 of them."))
        self.add_field("description", self.tr("&Description"), NotesField(
            self, lines=3, placeholder=self.tr("Streets, landmarks, who lives there. "
                                               "Ctrl+Enter saves.")))
        self.add_default_rows(leaving=(BOUNDARY,))
        self.finish()

    def reload_options(self) -> None:
        self.beats.set_options(beat_options(self.desk.context))
