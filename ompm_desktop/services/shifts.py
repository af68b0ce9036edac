from __future__ import annotations

from typing import Any

from ompm_desktop.clock import parse_iso
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import PLATOONS
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Record, RecordService


class ShiftService(RecordService):
    table = "shift"
    noun = N_("shift")
    gone_message = N_("That shift no longer exists (it may have been deleted).")
    default_order = "starts_at DESC"
    fields = {
        "starts_at": Field(N_("Start"), "datetime", required=True),
        "ends_at": Field(N_("End"), "datetime", required=True),
        "platoon": choice(N_("Platoon"), PLATOONS, required=False),
        "supervisor_id": ref(N_("Supervisor"), "officer"),
        "notes": text(N_("Notes"), max_length=20_000),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        starts = self.merged(values, existing, "starts_at")
        ends = self.merged(values, existing, "ends_at")
        if parse_iso(ends) <= parse_iso(starts):
            raise ValidationError(_("A shift must end after it starts."), "ends_at")
        hours = (parse_iso(ends) - parse_iso(starts)).total_seconds() / 3600
        if hours > 24:
            raise ValidationError(_("A shift cannot last {hours} hours (at most 24).").format(
                hours=f"{hours:.0f}"), "ends_at")

    def current_or_next(self, at: str) -> Record | None:
        """The shift running at a moment, or else the next one to start."""
        running = self.list("starts_at <= ? AND ends_at > ?", [at, at], order_by="starts_at DESC",
                            limit=1)
        if running:
            return running[0]
        upcoming = self.list("starts_at > ?", [at], order_by="starts_at", limit=1)
        return upcoming[0] if upcoming else None


class AssignmentService(RecordService):
    table = "assignment"
    noun = N_("assignment")
    gone_message = N_("That assignment no longer exists (it may have been deleted).")
    fields = {
        "shift_id": ref(N_("Shift"), "shift", required=True),
        "officer_id": ref(N_("Officer"), "officer", required=True),
        "beat_id": ref(N_("Beat"), "beat"),
        "unit": text(N_("Unit"), max_length=80),
        "call_sign": text(N_("Call sign"), max_length=20),
        "vehicle": text(N_("Vehicle"), max_length=40),
        "partner_officer_id": ref(N_("Partner officer"), "officer"),
        "special_duty": text(N_("Special duty"), max_length=200),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        officer = self.merged(values, existing, "officer_id")
        if officer and officer == self.merged(values, existing, "partner_officer_id"):
            raise ValidationError(
                _("An officer cannot be their own partner."), "partner_officer_id"
            )

    def for_shift(self, shift_id: str) -> list[Record]:
        return self.list("shift_id = ?", [shift_id], order_by="call_sign, created_at")


class DirectedTaskService(RecordService):
    table = "directed_task"
    noun = N_("directed task")
    gone_message = N_("That directed task no longer exists (it may have been deleted).")
    fields = {
        "shift_id": ref(N_("Shift"), "shift", required=True),
        "beat_id": ref(N_("Beat"), "beat"),
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood"),
        "assignment_id": ref(N_("Assignment"), "assignment"),
        "text": text(N_("Task"), required=True, max_length=1000),
        "source_kind": Field(N_("Source"), "choice", required=True, default="manual",
                             choices=("manual", "quadrant", "initiative", "follow_up",  # keys
                                      "briefing_item", "carried_over")),
        "source_id": text(N_("Source record"), max_length=40),
        "done": Field(N_("Done"), "bool", default=0),
        # The debrief (ompm_desktop/planning/debrief.py): '' until the shift is debriefed.
        "outcome": Field(N_("Outcome"), "choice", required=False, default="",
                         choices=("done", "not_done", "carried_over")),  # keys
        "outcome_note": text(N_("Outcome note"), max_length=1000),
        "debriefed_at": Field(N_("Debriefed"), "datetime"),
    }

    def for_shift(self, shift_id: str) -> list[Record]:
        return self.list("shift_id = ?", [shift_id])
