from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS
from ompm_desktop.services.fields import Field, choice, flag, ref, text
from ompm_desktop.services.record_service import Link, Record, RecordService

SITUATION_TABLE = "Referral to a Situation Table"
SITUATION_TABLE_NOTE = N_(
    "A referral to a Situation Table is recorded as a fact: the date, the table's lead "
    "agency and the outcome of the four-filter approach. Do not write why the person was "
    "referred, their risk factors, or who they are."
)
# What became of a referral, as the four-filter approach decides it (filter 2: the table,
# without names, judges the risk acutely elevated or not; filters 3 and 4: only the agencies
# needed learn who it is and plan the intervention), and how it closed.
SITUATION_TABLE_OUTCOMES = (
    N_("Not accepted: risk not acutely elevated"),
    N_("Accepted: acutely elevated risk"),
    N_("Intervention planned by the agencies named"),
    N_("Closed: risk lowered"),
    N_("Closed: risk still elevated, referred on"),
    N_("Withdrawn before discussion"),
)
PATROL_CONVERSATION = "Patrol conversation"
IDENTIFICATION_NOTE = N_(
    "The officer asked the person to identify themselves: nothing that identifies them is "
    "kept here, because the record O. Reg. 400/23 asks for belongs in the service's records "
    "system. Keep only what the conversation was about."
)


class ContactService(RecordService):
    table = "contact"
    noun = N_("contact")
    gone_message = N_("That contact no longer exists (it may have been deleted).")
    default_order = "occurred_at DESC"
    fields = {
        "occurred_at": Field(N_("When"), "datetime", required=True, listed=True, aliases=(
            "date", "date and time", "occurred", "occurred at", "datetime", "quand")),
        "officer_id": ref(N_("Officer"), "officer"),
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood"),
        "kind": choice(N_("Kind of contact"), CONTACT_KINDS, listed=True,
                       column_label=N_("Kind"),
                       aliases=("kind", "type", "contact kind", "contact type")),
        "activity": choice(N_("Quadrant activity"), CONTACT_ACTIVITIES, required=False,
                           listed=True, column_label=N_("Activity"), aliases=("activity",)),
        "summary": text(N_("Summary"), max_length=10_000, listed=True,
                        aliases=("notes", "details", "resume")),
        "situation_table_agency": text(N_("Situation Table agency"), max_length=200,
                                       aliases=("agency",)),
        "situation_table_outcome": choice(N_("Outcome"), SITUATION_TABLE_OUTCOMES,
                                          required=False),
        "identification_requested": flag(N_("Asked the person to identify themselves"),
                                         default=0),
        "follow_up": text(N_("Follow-up"), max_length=2000,
                          aliases=("follow up", "followup", "suivi")),
        "follow_up_due": Field(N_("Follow-up due"), "date", listed=True,
                               aliases=("due", "due date")),
        "follow_up_done_at": Field(N_("Follow-up done"), "datetime", listed=True,
                                   aliases=("done", "done at")),
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
        if self.merged(values, existing, "situation_table_outcome") and kind != SITUATION_TABLE:
            raise ValidationError(
                _("An outcome goes only with a referral to a Situation Table."),
                "situation_table_outcome")
        identified = bool(self.merged(values, existing, "identification_requested"))
        if identified and kind != PATROL_CONVERSATION:
            raise ValidationError(_("Whether the person was asked to identify themselves is "
                                    "recorded for a patrol conversation only."), "kind")
        touched = {"summary", "kind", "partner_ids", "identification_requested"} & set(values)
        if touched and kind == SITUATION_TABLE:
            self._check_referral(values, existing)
        if touched and identified:
            self._check_unidentified(values, existing)

    def _residents_linked(self, values: dict[str, Any], existing: Record | None) -> int:
        partner_ids = values.get("partner_ids")
        if partner_ids is None:
            partner_ids = (existing or {}).get("partner_ids") or []
        if not partner_ids:
            return 0
        marks = ", ".join("?" * len(partner_ids))
        return int(self.db.execute(
            f"SELECT count(*) FROM partner WHERE is_organization = 0 AND id IN ({marks})",
            list(partner_ids)).fetchone()[0])

    def _check_referral(self, values: dict[str, Any], existing: Record | None) -> None:
        """A referral keeps the date, the table's agency and the outcome: no summary, no
        resident (the provincial tracking database keeps de-identified data alone)."""
        if self.merged(values, existing, "summary"):
            raise ValidationError(_(
                "A referral to a Situation Table keeps the date, the agency and the outcome "
                "only: clear the summary (why and who stay with the table)."), "summary")
        if self._residents_linked(values, existing):
            raise ValidationError(_(
                "A referral to a Situation Table names no resident: take the residents off "
                "its partners (agencies may stay)."), "partner_ids")

    def _check_unidentified(self, values: dict[str, Any], existing: Record | None) -> None:
        from ompm_desktop.privacy.personal_details import personal_details

        if self._residents_linked(values, existing):
            raise ValidationError(_(
                "The person was asked to identify themselves, so no resident is linked here: "
                "take the residents off the contact's partners."), "partner_ids")
        for name in ("summary", "follow_up"):
            found = personal_details(str(self.merged(values, existing, name) or ""))
            if found:
                raise ValidationError(_(
                    "The person was asked to identify themselves, so nothing that identifies "
                    "them is kept here ({found}): the record belongs in the service's records "
                    "system. Keep only what the conversation was about.").format(
                        found=_(found[0].kind)), name)

    def referrals_to_review(self) -> list[Record]:
        """Referrals to a Situation Table recorded before the rule: those that hold a
        summary or name a resident, to be cleared (newest first)."""
        # The kind written out, as the partial index contact_referral names it: a bound
        # value would not let SQLite use the index.
        return [dict(row) for row in self.db.query(
            "SELECT id, occurred_at, situation_table_agency FROM contact c WHERE kind = "
            "'Referral to a Situation Table' AND deleted_at IS NULL AND (summary != '' OR "
            "EXISTS (SELECT 1 FROM contact_partner cp JOIN partner p ON p.id = cp.partner_id "
            "WHERE cp.contact_id = c.id AND p.is_organization = 0)) ORDER BY occurred_at DESC")]

    def mark_follow_up_done(self, record_id: str) -> Record:
        contact = self.get(record_id)
        if not contact["follow_up"]:
            raise ValidationError(_("This contact has no follow-up to mark done."), "follow_up")
        if contact["follow_up_done_at"]:
            return contact
        return self.update(record_id, {"follow_up_done_at": self.context.clock()})

    def reopen_follow_up(self, record_id: str) -> Record:
        return self.update(record_id, {"follow_up_done_at": None})

