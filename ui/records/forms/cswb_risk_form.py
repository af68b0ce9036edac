"""A priority risk of the municipality's CSWB plan: its name, its area of the framework, the
outcomes the plan measures it by, and the initiatives and partners working on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from ompm_desktop.cswb.words import AREAS
from ompm_desktop.i18n import _
from ompm_desktop.queries import display
from ui.records.field_widgets import ChoiceField, NotesField, TextField
from ui.records.record_form import HINT_STYLE, RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class CswbRiskForm(RecordForm):
    kind = "cswb_risk"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.add_field("name", self.tr("&Priority risk"), TextField(
            self, placeholder=self.tr("e.g. Mental health and addictions")))
        self.add_field("area", self.tr("CSWB &area"), ChoiceField(
            [(area, display.capitalized(_(area))) for area in AREAS], self),
            hint=self.tr("The provincial framework's four areas, from social development "
                         "upstream to incident response."))
        self.add_field("outcomes", self.tr("Measurable &outcomes"), NotesField(
            self, lines=3, placeholder=self.tr("As the plan words them: what it counts, and "
                                               "by when")))
        self.add_field("description", self.tr("&Description"), NotesField(
            self, lines=3, placeholder=self.tr("The plan's strategies for it. Ctrl+Enter "
                                               "saves.")))
        self.tagged = QLabel(self)
        self.tagged.setObjectName("risk_tagged")
        self.tagged.setWordWrap(True)
        self.tagged.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(self.tagged)
        self.finish()

    def defaults(self) -> dict[str, Any]:
        return {"area": AREAS[1]}

    def after_load(self) -> None:
        if self.record is None:
            self.tagged.setText(self.tr("Initiatives and partners are tied to the plan's "
                                        "risks in their own forms."))
            return
        initiatives, partners = self.desk.cswb_risks.tagged(self.record["id"])
        self.tagged.setText(self.tr("Initiatives: {0}.\nPartners: {1}.").format(
            "; ".join(initiatives) or self.tr("none yet"),
            "; ".join(partners) or self.tr("none yet")))
