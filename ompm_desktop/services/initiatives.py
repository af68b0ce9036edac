from __future__ import annotations

import uuid
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.model.sara import AGENCY_PREFIX, OUTCOMES, Lead, Stage
from ompm_desktop.services.cswb_risks import risks_link
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Link, Record, RecordService


class InitiativeService(RecordService):
    table = "initiative"
    noun = N_("initiative")
    gone_message = N_("That initiative no longer exists (it may have been deleted).")
    default_order = "updated_at DESC"
    fields = {
        "title": text(N_("Title"), required=True, max_length=200, listed=True),
        "quadrant": choice(N_("Quadrant"), [q.value for q in Quadrant], listed=True),
        "stage": Field(N_("SARA stage"), "choice", required=True,
                       choices=[s.value for s in Stage], default=Stage.SCANNING.value,
                       listed=True),
        "status": Field(N_("Status"), "choice", required=True,
                        choices=(N_("active"), N_("on hold"), N_("closed")), default="active",
                        listed=True),
        "lead": Field(N_("Who leads"), "choice", required=True, choices=[x.value for x in Lead],
                      default=Lead.POLICE.value, listed=True),
        # The partner agency that leads, when lead is 'agency' ("the most appropriate
        # service takes the lead"); empty otherwise.
        "lead_partner_id": ref(N_("Lead agency"), "partner"),
        "problem_statement": text(N_("Problem statement"), max_length=20_000),
        "analysis_offender": text(N_("Offender"), max_length=20_000, searched=True),
        "analysis_victim": text(N_("Victim or target"), max_length=20_000, searched=True),
        "analysis_place": text(N_("Place"), max_length=20_000, searched=True),
        "analysis_controllers": text(N_("Controllers (handler, guardian, manager)"),
                                     max_length=20_000, searched=True),
        "response_plan": text(N_("Responses: who does what by when"), max_length=20_000),
        "objectives": text(N_("Objectives"), max_length=20_000, searched=True),
        "measures_before": text(N_("Measures before"), max_length=20_000, searched=True),
        "measures_after": text(N_("Measures after"), max_length=20_000, searched=True),
        "outcome": choice(N_("Outcome"), OUTCOMES, required=False),
        "assessment_notes": text(N_("Assessment notes"), max_length=20_000, searched=True),
        "next_step": text(N_("Next step"), max_length=2000, listed=True),
        "next_step_due": Field(N_("Next step due"), "date", listed=True,
                               column_label=N_("Due")),
        # The types of call for service the problem shows in ('Disturbance; Drugs'): what
        # "did it work?" counts before and after the response began.
        "call_types": text(N_("Call types"), max_length=500),
    }
    links = {
        "neighbourhood_ids": Link("initiative_neighbourhood", "initiative_id",
                                  "neighbourhood_id", "neighbourhood", N_("Neighbourhood"),
                                  N_("Neighbourhoods")),
        "partner_ids": Link("initiative_partner", "initiative_id", "partner_id", "partner",
                            N_("Partner"), N_("Partners"), context="community"),
        "risk_ids": risks_link("initiative_risk", "initiative_id"),
    }

    def _clean(self, data: Any, existing: Record | None) -> Any:
        values, links = super()._clean(data, existing)
        if self.merged(values, existing, "lead") != Lead.AGENCY.value:
            if "lead" in values or values.get("lead_partner_id"):
                values["lead_partner_id"] = None  # only an agency lead names one
        return values, links

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        if self.merged(values, existing, "lead") == Lead.AGENCY.value and not self.merged(
                values, existing, "lead_partner_id"):
            raise ValidationError(_("Choose the partner agency that leads it."),
                                  "lead_partner_id")
        if self.merged(values, existing, "next_step_due") and not self.merged(
            values, existing, "next_step"
        ):
            raise ValidationError(_("Say what the next step is, or clear its due date."),
                                  "next_step")

    def create(self, data: Any) -> Record:
        with self.db.atomic():
            record = super().create(data)
            self._event(record["id"], "stage", None, record["stage"])
            self._event(record["id"], "lead", None, self.lead_value(record))
        return record

    def update(self, record_id: str, changes: Any) -> Record:
        with self.db.atomic():
            before = self.get(record_id)
            after = super().update(record_id, changes)
            if before["stage"] != after["stage"]:
                self._event(record_id, "stage", before["stage"], after["stage"])
            lead_before, lead_after = self.lead_value(before), self.lead_value(after)
            if lead_before != lead_after:
                self._event(record_id, "lead", lead_before, lead_after)
        return after

    def advance(self, record_id: str) -> Record:
        """Move an initiative to the next SARA stage: one action, recorded."""
        current = Stage(self.get(record_id)["stage"])
        following = current.next()
        if following is None:
            raise ValidationError(_("This initiative is closed; there is no next stage."), "stage")
        changes: dict[str, Any] = {"stage": following.value}
        if following is Stage.CLOSED:
            changes["status"] = "closed"
        return self.update(record_id, changes)

    def lead_value(self, record: Record) -> str:
        """Who leads as a hand-over records it: the lead, or 'agency:' and the agency's name
        (kept as it was then)."""
        if record["lead"] != Lead.AGENCY.value or not record.get("lead_partner_id"):
            return str(record["lead"])
        row = self.db.execute("SELECT name FROM partner WHERE id = ?",
                              [record["lead_partner_id"]]).fetchone()
        return AGENCY_PREFIX + (row[0] if row else "")

    def hand_overs(self, record_id: str) -> list[Record]:
        """Each change of who leads, dated, oldest first (the first is who led at the start)."""
        return [event for event in self.events(record_id) if event["kind"] == "lead"]

    def events(self, record_id: str) -> list[Record]:
        return list(
            self.db.table("initiative_event").rows_where(
                "initiative_id = ?", [record_id], order_by="at, rowid"
            )
        )

    def _event(self, record_id: str, kind: str, old: str | None, new: str) -> None:
        self.db.table("initiative_event").insert(
            {
                "id": str(uuid.uuid4()),
                "initiative_id": record_id,
                "at": self.context.now(),
                "kind": kind,
                "from_value": old,
                "to_value": new,
                "actor": self.context.actor,
            }
        )
