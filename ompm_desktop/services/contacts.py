from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Link, Record, RecordService

SITUATION_TABLE = "Referral to a Situation Table"
SITUATION_TABLE_NOTE = N_(
    "A referral to a Situation Table is recorded as a fact, with the agency only. "
    "Do not write why the person was referred, their risk factors, or who they are."
)


class ContactService(RecordService):
    table = "contact"
    noun = N_("contact")
    gone_message = N_("That contact no longer exists (it may have been deleted).")
    default_order = "occurred_at DESC"
    fields = {
        "occurred_at": Field(N_("When"), "datetime", required=True),
        "officer_id": ref(N_("Officer"), "officer"),
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood"),
        "kind": choice(N_("Kind of contact"), CONTACT_KINDS),
        "activity": choice(N_("Quadrant activity"), CONTACT_ACTIVITIES, required=False),
        "summary": text(N_("Summary"), max_length=10_000),
        "situation_table_agency": text(N_("Situation Table agency"), max_length=200),
        "follow_up": text(N_("Follow-up"), max_length=2000),
        "follow_up_due": Field(N_("Follow-up due"), "date"),
        "follow_up_done_at": Field(N_("Follow-up done"), "datetime"),
    }
    links = {
        "partner_ids": Link("contact_partner", "contact_id", "partner_id", "partner",
                            N_("Partner"), N_("Partners"), context="community")
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        if self.merged(values, existing, "follow_up_due") and not self.merged(
            values, existing, "follow_up"
        ):
            raise ValidationError(_("Say what the follow-up is, or clear its due date."),
                                  "follow_up")
        agency = self.merged(values, existing, "situation_table_agency")
        kind = self.merged(values, existing, "kind")
        if kind == SITUATION_TABLE and not agency:
            raise ValidationError(
                _("Name the agency the referral went to (the Situation Table's lead agency)."),
                "situation_table_agency",
            )
        if agency and kind != SITUATION_TABLE:
            raise ValidationError(
                _("A Situation Table agency goes only with a referral to a Situation Table."),
                "situation_table_agency",
            )

    def mark_follow_up_done(self, record_id: str) -> Record:
        contact = self.get(record_id)
        if not contact["follow_up"]:
            raise ValidationError(_("This contact has no follow-up to mark done."), "follow_up")
        if contact["follow_up_done_at"]:
            return contact
        return self.update(record_id, {"follow_up_done_at": self.context.clock()})

    def reopen_follow_up(self, record_id: str) -> Record:
        return self.update(record_id, {"follow_up_done_at": None})
