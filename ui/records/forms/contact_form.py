"""A community contact, logged in under 30 seconds from the keyboard: every field in the
order it is thought of, the current time and the current officer filled in already."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ompm_desktop.current_user import current_officer_id
from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.vocabulary import CONTACT_KINDS
from ompm_desktop.privacy.personal_details import personal_details_warning
from ompm_desktop.queries.choices import neighbourhood_options, officer_options, partner_options
from ompm_desktop.services.contacts import (
    IDENTIFICATION_NOTE,
    PATROL_CONVERSATION,
    SITUATION_TABLE,
    SITUATION_TABLE_NOTE,
    SITUATION_TABLE_OUTCOMES,
)
from ompm_desktop.typed_dates import now_shown, shown_datetime
from ui.records.field_widgets import (
    CheckField,
    ChoiceField,
    DateField,
    DateTimeField,
    NotesField,
    TextField,
)
from ui.records.pickers import MultiRecordPicker, RecordPicker
from ui.records.record_form import HINT_STYLE, RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def activity_options() -> list[tuple[str, str]]:
    """Each of the model's actions, with the quadrant it serves."""
    return [(action, f"{_(action)} · {info.label}")
            for info in QUADRANTS.values() for action in info.actions]


class ContactForm(RecordForm):
    kind = "contact"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        clock = desk.context.clock
        self.add_field("occurred_at", self.tr("&When"), DateTimeField(clock, self.tr("When"), self))
        self.officer = RecordPicker("officer", parent=self)
        self.add_field("officer_id", self.tr("&Officer"), self.officer)
        self.neighbourhood = RecordPicker("neighbourhood", parent=self)
        self.add_field("neighbourhood_id", self.tr("&Neighbourhood"), self.neighbourhood)
        self.partners = MultiRecordPicker("partner", parent=self)
        self.add_field("partner_ids", self.tr("&Partners"), self.partners)
        self.contact_kind = ChoiceField([(k, _(k)) for k in CONTACT_KINDS], self)
        self.add_field("kind", self.tr("&Kind of contact"), self.contact_kind)
        self.agency = TextField(self, placeholder=self.tr("e.g. CMHA, Children's Aid"))
        self.identified = CheckField(self.tr("Asked the person to &identify themselves"), self)
        self.add_field("identification_requested", "", self.identified)
        self.identified_note = QLabel(_(IDENTIFICATION_NOTE), self)
        self.identified_note.setWordWrap(True)
        self.identified_note.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(self.identified_note)
        self.identified_note_row = self.layout_now
        self.add_field("situation_table_agency", self.tr("&Agency"), self.agency,
                       hint=_(SITUATION_TABLE_NOTE))
        self.outcome = ChoiceField([(o, _(o)) for o in SITUATION_TABLE_OUTCOMES], self,
                                   blank=self.tr("(not known yet)"))
        self.add_field("situation_table_outcome", self.tr("Out&come"), self.outcome)
        activity = ChoiceField(activity_options(), self, blank=self.tr("(none)"))
        activity.setMinimumContentsLength(18)
        activity.setSizeAdjustPolicy(
            ChoiceField.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_field("activity", self.tr("Quadrant &activity"), activity)
        self.add_field("summary", self.tr("&Summary"), NotesField(
            self, lines=4, placeholder=self.tr("What was said and agreed. Ctrl+Enter saves.")))
        self.add_section(self.tr("Follow-up"))
        self.add_field("follow_up", self.tr("&Follow-up"), TextField(
            self, placeholder=self.tr("e.g. Call back Ms. Ahmed")))
        self.add_field("follow_up_due", self.tr("&Due"), DateField(
            clock, self.tr("Follow-up due"), self))
        self.follow_up_state = QLabel(self)
        self.follow_up_state.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(self.follow_up_state)
        # Set by "Mark follow-up done" on the list, not typed; the state line shows it.
        self.add_default_rows(leaving=("follow_up_done_at",))
        self.finish()
        self.contact_kind.edited.connect(self._show_agency)
        self.identified.edited.connect(self._show_agency)
        self.reload_options()

    def reload_options(self) -> None:
        context = self.desk.context
        self.officer.set_options(officer_options(context))
        self.neighbourhood.set_options(neighbourhood_options(context))
        self.partners.set_options(partner_options(context))

    def defaults(self) -> dict[str, Any]:
        return {"occurred_at": now_shown(self.desk.context.clock),
                "officer_id": current_officer_id(self.desk), "kind": "Patrol conversation"}

    def after_load(self) -> None:
        self._show_agency()
        done = (self.record or {}).get("follow_up_done_at")
        self.follow_up_state.setText(
            self.tr("Follow-up done {0}.").format(shown_datetime(done)) if done else "")

    def _show_agency(self) -> None:
        """The fields of a kind of contact alone: a referral's agency and outcome, a patrol
        conversation's question, and what it means when the answer is yes."""
        kind = self.contact_kind.value()
        referral, patrol = kind == SITUATION_TABLE, kind == PATROL_CONVERSATION
        self.set_field_visible("situation_table_agency", referral)
        self.set_field_visible("situation_table_outcome", referral)
        self.set_field_visible("identification_requested", patrol)
        self.identified_note_row.setRowVisible(self.identified_note,
                                               patrol and self.identified.isChecked())

    def values(self) -> dict[str, Any]:
        found = super().values()
        if found.get("kind") != SITUATION_TABLE:
            found["situation_table_agency"] = ""
            found["situation_table_outcome"] = ""
        if found.get("kind") != PATROL_CONVERSATION:
            found["identification_requested"] = 0
        return found

    def confirm_save(self) -> bool:
        """A summary or follow-up that looks like it holds personal details is said before
        it is saved, never silently (a refusal is the service's, when the person was asked
        to identify themselves)."""
        changed = self.changes()
        typed = " ".join(str(changed.get(name) or "") for name in ("summary", "follow_up"))
        warning = personal_details_warning(typed)
        if not warning or self.identified.isChecked():
            return True
        answer = QMessageBox.question(
            self, self.tr("Personal details?"),
            warning + "\n\n" + self.tr("Save it as it is?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save
