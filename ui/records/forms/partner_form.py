"""A partner: business contact details for everyone; for a resident, personal details kept
apart (left out of exports and briefings); and, at a glance, the last contact and the open
initiatives."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from ompm_desktop.cswb.words import SECTORS
from ompm_desktop.i18n import _
from ompm_desktop.model.vocabulary import PARTNER_KINDS
from ompm_desktop.queries import display
from ompm_desktop.queries.choices import neighbourhood_options
from ompm_desktop.queries.cswb_risks import risk_options
from ompm_desktop.services.partner_saving import personal_values
from ompm_desktop.services.record_service import Record
from ui.records.field_widgets import CheckField, ChoiceField, NotesField, TextField
from ui.records.pickers import MultiRecordPicker
from ui.records.record_form import HINT_STYLE, RecordForm
from ui.records.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

PERSONAL_NOTE = QT_TRANSLATE_NOOP(
    "PartnerForm", "A resident's own phone, email and address. Kept apart from the business "
    "details above, and left out of exports and briefings unless asked for.")


class PartnerForm(RecordForm):
    kind = "partner"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.glance = QLabel(self)
        self.glance.setObjectName("glance")
        self.glance.setWordWrap(True)
        self.glance.setTextFormat(self.glance.textFormat().RichText)
        self.layout_now.addRow(self.glance)
        self.add_field("name", self.tr("&Name"), TextField(self))
        self.add_field("kind", self.tr("&Kind"), ChoiceField([(k, _(k)) for k in PARTNER_KINDS],
                                                             self))
        self.add_field("sector", self.tr("&Advisory sector"), ChoiceField(
            [(sector, display.capitalized(_(sector))) for sector in SECTORS], self,
            blank=self.tr("(none)")),
            hint=self.tr("The CSWB plan's advisory committee sector it speaks for, beside "
                         "its kind."))
        self.organization = CheckField(self.tr("An &organization (not a person)"), self)
        self.add_field("is_organization", "", self.organization)
        self.add_field("natural_leader", "", CheckField(
            self.tr("Natural community &leader"), self))
        self.add_field("active", "", CheckField(self.tr("Acti&ve: we work with them now"), self))
        self.neighbourhoods = MultiRecordPicker("neighbourhood", parent=self)
        self.add_field("neighbourhood_ids", self.tr("Neighbourhoods &served"),
                       self.neighbourhoods)
        self.risks = MultiRecordPicker("cswb_risk", parent=self)
        self.add_field("risk_ids", self.tr("CSWB plan r&isks"), self.risks)
        self.add_section(self.tr("Business contact"))
        self.add_field("contact_name", self.tr("&Contact name"), TextField(self))
        self.add_field("contact_role", self.tr("&Role"), TextField(self))
        self.add_field("phone", self.tr("&Phone"), TextField(self))
        self.add_field("email", self.tr("&Email"), TextField(self))
        self.add_field("address", self.tr("A&ddress"), TextField(self))
        self.add_default_rows(leaving=("notes",))
        self.add_field("notes", self.tr("No&tes"), NotesField(self, lines=3))
        self.personal_box = self.add_section(self.tr("Resident's personal details"))
        note = QLabel(self.tr(PERSONAL_NOTE), self)
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(note)
        self.add_field("home_phone", self.tr("Home phone"), TextField(self))
        self.add_field("personal_email", self.tr("Personal email"), TextField(self))
        self.add_field("home_address", self.tr("Home address"), TextField(self))
        self.add_field("personal_notes", self.tr("Personal notes"), NotesField(self, lines=2))
        self.finish()
        self.organization.edited.connect(self._show_personal)
        self.reload_options()

    def reload_options(self) -> None:
        self.neighbourhoods.set_options(neighbourhood_options(self.desk.context))
        self.risks.set_options(risk_options(self.desk.context))

    def defaults(self) -> dict[str, Any]:
        return {"kind": "Community group", "is_organization": 1, "active": 1}

    def values_for(self, record: Record) -> dict[str, Any]:
        personal = personal_values(self.desk.partner_personal.for_partner(record["id"]))
        personal["personal_notes"] = personal.pop("notes")
        return {**record, **personal}

    def personal(self) -> dict[str, str] | None:
        """The personal details to save; None when they did not change."""
        values = self.values()
        wanted = {"home_phone": values["home_phone"], "personal_email": values["personal_email"],
                  "home_address": values["home_address"], "notes": values["personal_notes"]}
        stored = (self.values_for(self.record) if self.record else {})
        before = {"home_phone": stored.get("home_phone", ""),
                  "personal_email": stored.get("personal_email", ""),
                  "home_address": stored.get("home_address", ""),
                  "notes": stored.get("personal_notes", "")}
        return None if wanted == before else wanted

    def after_load(self) -> None:
        self._show_personal()
        self._show_glance()
        # Two pickers resized by one load: lay them out now, not one event later (the
        # first would be drawn at the second's old height meanwhile).
        for picker in (self.neighbourhoods, self.risks):
            for widget in (picker, picker.parentWidget()):
                layout = widget.layout() if widget is not None else None
                if layout is not None:
                    layout.activate()

    def _show_personal(self) -> None:
        person = not self.organization.value()
        parent = self.personal_box.parentWidget()
        if parent is not None:
            parent.setVisible(person)

    def _show_glance(self) -> None:
        if self.record is None:
            self.glance.setText("")
            self.glance.hide()
            return
        summary = self.desk.partners.summary(self.record["id"])
        lines = []
        if summary.last_contact_at:
            lines.append(self.tr("Last contact: <b>{0}</b> ({1} in all)").format(
                display.when(summary.last_contact_at), summary.contact_count))
        else:
            lines.append(self.tr("No contact logged yet."))
        if summary.open_initiatives:
            titles = ", ".join(
                f"{escape(i['title'])} ({display.stage_label(i['stage'])})"
                for i in summary.open_initiatives)
            lines.append(self.tr("Open initiatives: {0}").format(titles))
        else:
            lines.append(self.tr("No open initiatives."))
        self.glance.setText("<br>".join(lines))
        self.glance.show()
