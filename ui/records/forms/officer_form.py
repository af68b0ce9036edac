"""An officer: badge, name, rank, platoon, and whether they work in the division now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ompm_desktop.i18n import _
from ompm_desktop.model.vocabulary import PLATOONS, RANKS
from ui.records.field_widgets import CheckField, ChoiceField, TextField
from ui.records.record_form import RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class OfficerForm(RecordForm):
    kind = "officer"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.add_field("badge", self.tr("&Badge"), TextField(
            self, placeholder=self.tr("e.g. 4471")))
        self.add_field("rank", self.tr("&Rank"), ChoiceField([(r, _(r)) for r in RANKS], self))
        self.add_field("first_name", self.tr("&First name"), TextField(self))
        self.add_field("last_name", self.tr("&Last name"), TextField(self))
        self.add_field("platoon", self.tr("&Platoon"), ChoiceField(
            [(p, p) for p in PLATOONS], self, blank=self.tr("(none)")))
        self.add_default_rows(leaving=("active",))
        self.add_field("active", "", CheckField(
            self.tr("&Active: works in the division now"), self),
            hint=self.tr("Inactive officers stay on their past contacts and shifts."))
        self.finish()

    def defaults(self) -> dict[str, Any]:
        return {"rank": "Cst.", "active": 1}
