"""A problem-solving initiative (SARA): what it is, where, who leads, the text of each stage
in its own tab, and the next step with its due date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS
from ompm_desktop.model.sara import OUTCOMES, Lead, Stage
from ompm_desktop.queries import display
from ompm_desktop.queries.choices import neighbourhood_options, partner_options
from ompm_desktop.queries.cswb_risks import risk_options
from ui.records.did_it_work_view import DidItWorkView
from ui.records.field_widgets import ChoiceField, DateField, NotesField, TextField
from ui.records.pickers import MultiRecordPicker, RecordPicker
from ui.records.record_form import HINT_STYLE, RecordForm

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

STAGE_TABS = (Stage.SCANNING, Stage.ANALYSIS, Stage.RESPONSE, Stage.ASSESSMENT)
# The fields the stage tabs lay out (the stage itself is the tab the initiative is at).
IN_THE_TABS = ("stage", "problem_statement", "analysis_offender", "analysis_victim",
               "analysis_place", "analysis_controllers", "response_plan", "objectives",
               "call_types", "measures_before", "measures_after", "outcome",
               "assessment_notes")


class InitiativeForm(RecordForm):
    kind = "initiative"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.progress = QLabel(self)
        self.progress.setObjectName("stage_progress")
        self.progress.setTextFormat(Qt.TextFormat.RichText)
        self.progress.setWordWrap(True)
        self.layout_now.addRow(self.progress)
        self.history = QLabel(self)
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow(self.history)
        self.add_field("title", self.tr("&Title"), TextField(
            self, placeholder=self.tr("e.g. Compton St. lot after dark")))
        self.neighbourhoods = MultiRecordPicker("neighbourhood", parent=self)
        self.add_field("neighbourhood_ids", self.tr("&Neighbourhoods"), self.neighbourhoods)
        self.add_field("quadrant", self.tr("&Quadrant"), ChoiceField(
            [(q.value, info.label) for q, info in QUADRANTS.items()], self))
        self.add_field("lead", self.tr("Who &leads"), ChoiceField(
            [(x.value, x.label) for x in Lead], self),
            hint=self.tr("In the beginning police lead, always looking for community members "
                         "who can take over; each hand-over is dated."))
        self.lead_agency = RecordPicker("partner", parent=self)
        self.add_field("lead_partner_id", self.tr("Lead a&gency"), self.lead_agency,
                       hint=self.tr("With a partner agency lead: which agency leads."))
        self.partners = MultiRecordPicker("partner", parent=self)
        self.add_field("partner_ids", self.tr("&Partners"), self.partners)
        self.risks = MultiRecordPicker("cswb_risk", parent=self)
        self.add_field("risk_ids", self.tr("CSWB plan &risks"), self.risks)
        self.add_field("next_step", self.tr("Ne&xt step"), TextField(
            self, placeholder=self.tr("e.g. Lighting audit with the city")))
        self.add_field("next_step_due", self.tr("&Due"), DateField(
            desk.context.clock, self.tr("Next step due"), self))
        self.add_field("status", self.tr("Stat&us"), ChoiceField(
            [(s, display.capitalized(_(s))) for s in ("active", "on hold", "closed")], self))
        self.add_default_rows(leaving=IN_THE_TABS)
        self.tabs = self.add_tabs()
        self.tabs.setObjectName("stage_tabs")
        self.add_tab(self.tabs, Stage.SCANNING.label, Stage.SCANNING.purpose)
        self.add_field("problem_statement", self.tr("Problem"), NotesField(self, lines=4))
        self.add_tab(self.tabs, Stage.ANALYSIS.label, Stage.ANALYSIS.purpose)
        self.add_field("analysis_offender", self.tr("Offender"), NotesField(self, lines=2))
        self.add_field("analysis_victim", self.tr("Victim or target"), NotesField(self, lines=2))
        self.add_field("analysis_place", self.tr("Place"), NotesField(self, lines=2))
        self.add_field("analysis_controllers", self.tr("Controllers"), NotesField(
            self, lines=2, placeholder=self.tr("Handler, guardian, place manager")))
        self.add_tab(self.tabs, Stage.RESPONSE.label, Stage.RESPONSE.purpose)
        self.add_field("response_plan", self.tr("Who does what, by when"), NotesField(
            self, lines=4))
        self.add_field("objectives", self.tr("Objectives"), NotesField(self, lines=2))
        self.add_tab(self.tabs, Stage.ASSESSMENT.label, Stage.ASSESSMENT.purpose)
        self.add_field("call_types", self.tr("Call types"), TextField(
            self, placeholder=self.tr("e.g. Drugs; Disturbance (as the CAD names them)")),
            hint=self.tr("The calls for service the problem shows in: counted before and "
                         "after the response began."))
        self.did_it_work = DidItWorkView(self)
        self.layout_now.addRow(self.did_it_work)
        self.did_it_work.write_measures.connect(self._write_measures)
        self.add_field("measures_before", self.tr("Before"), NotesField(self, lines=2))
        self.add_field("measures_after", self.tr("After"), NotesField(self, lines=2))
        self.add_field("outcome", self.tr("Outcome"), ChoiceField(
            [(o, _(o)) for o in OUTCOMES], self, blank=self.tr("(not yet)")))
        self.add_field("assessment_notes", self.tr("Notes"), NotesField(self, lines=2))
        self.finish()
        self.reload_options()

    def reload_options(self) -> None:
        context = self.desk.context
        self.neighbourhoods.set_options(neighbourhood_options(context))
        self.partners.set_options(partner_options(context))
        self.lead_agency.set_options(partner_options(context))
        self.risks.set_options(risk_options(context))

    def defaults(self) -> dict[str, Any]:
        return {"quadrant": "mobilization", "lead": "police", "status": "active",
                "stage": Stage.SCANNING.value}

    def stage(self) -> Stage:
        return Stage((self.record or {}).get("stage") or Stage.SCANNING.value)

    def after_load(self) -> None:
        current = self.stage()
        parts = []
        for stage in Stage:
            if stage is current:
                parts.append(f"<b>[ {stage.label} ]</b>")
            else:
                parts.append(stage.label)
        self.progress.setText(self.tr("Stage: ") + " → ".join(parts))
        if current in STAGE_TABS:
            self.tabs.setCurrentIndex(STAGE_TABS.index(current))
        else:
            self.tabs.setCurrentIndex(len(STAGE_TABS) - 1)
        self.history.setText(self._history())
        self.did_it_work.show_for(self.desk, self.record)
        # Pickers resized by one load: laid out now, none drawn at another's old height.
        for picker in (self.neighbourhoods, self.partners, self.risks):
            for widget in (picker, picker.parentWidget()):
                layout = widget.layout() if widget is not None else None
                if layout is not None:
                    layout.activate()

    def _write_measures(self, before: str, after: str) -> None:
        """The counts into Before and After, as if typed: saved (and undone) with the rest."""
        for name, text in (("measures_before", before), ("measures_after", after)):
            field = self.fields[name]
            assert isinstance(field, NotesField)
            field.setPlainText(text)

    def _history(self) -> str:
        if self.record is None:
            return ""
        events = self.desk.initiatives.events(self.record["id"])
        leads = [self.tr("{0} from {1}").format(display.lead_label(e["to_value"]),
                                                 display.day(e["at"]))
                 for e in events if e["kind"] == "lead"]
        stages = [f"{display.stage_label(e['to_value'])} {display.day(e['at'])}"
                  for e in events if e["kind"] == "stage"]
        return self.tr("Who led: {0}.\nStages: {1}.").format(" · ".join(leads),
                                                            " · ".join(stages))
