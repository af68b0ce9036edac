from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ompm_desktop.cswb.words import SECTORS
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import PARTNER_KINDS
from ompm_desktop.services.cswb_risks import risks_link
from ompm_desktop.services.fields import choice, flag, ref, text
from ompm_desktop.services.record_service import Link, Record, RecordService

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class PartnerSummary:
    """A partner at a glance: when police last spoke with them, and what is open with them."""

    contact_count: int = 0
    last_contact_at: str | None = None
    recent_contacts: list[Record] = field(default_factory=list)  # newest first
    open_initiatives: list[Record] = field(default_factory=list)


class PartnerService(RecordService):
    table = "partner"
    noun = N_("partner")
    gone_message = N_("That partner no longer exists (it may have been deleted).")
    default_order = "name"
    fields = {
        "name": text(N_("Name"), required=True, max_length=200, listed=True,
                     aliases=("partner", "organization", "organisation", "nom")),
        "kind": choice(N_("Kind"), PARTNER_KINDS, listed=True, searched=True,
                       aliases=("type", "category", "partner kind", "genre")),
        # The advisory committee's sector it speaks for (CSPA 2019 s. 250), beside its kind.
        "sector": choice(N_("Sector"), SECTORS, required=False, searched=True,
                         aliases=("cswb sector", "secteur")),
        "is_organization": flag(N_("Organization"), default=1,
                                aliases=("is organisation", "org")),
        "contact_name": text(N_("Contact name"), max_length=120, listed=True,
                             column_label=N_("Contact"), aliases=("contact", "contact person")),
        "contact_role": text(N_("Role"), max_length=120, searched=True,
                             aliases=("contact role", "title", "position")),
        "phone": text(N_("Phone"), max_length=40, listed=True, searched=True,
                      aliases=("telephone", "business phone", "work phone")),
        "email": text(N_("Email"), max_length=200, listed=True, searched=True,
                      aliases=("e-mail", "courriel", "business email")),
        "address": text(N_("Address"), max_length=300, searched=True,
                        aliases=("business address", "adresse")),
        "languages_spoken": text(N_("Languages spoken"), max_length=200, listed=True,
                                 searched=True, aliases=("languages", "langues parlées")),
        "natural_leader": flag(N_("Natural community leader"), default=0, listed=True,
                               column_label=N_("Natural leader"), aliases=("leader",)),
        "notes": text(N_("Notes"), max_length=10_000),
        "active": flag(N_("Active"), default=1, listed=True),
    }
    links = {
        "neighbourhood_ids": Link(
            "partner_neighbourhood", "partner_id", "neighbourhood_id", "neighbourhood",
            N_("Neighbourhood"), N_("Neighbourhoods"),
        ),
        "risk_ids": risks_link("partner_risk", "partner_id"),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        email = values.get("email")
        if email and not EMAIL.match(email):
            raise ValidationError(_("'{email}' is not an email address.").format(email=email),
                                  "email")
        name = self.merged(values, existing, "name")
        kind = self.merged(values, existing, "kind")
        if self.find_duplicate("name = ? COLLATE NOCASE AND kind = ?", [name, kind], existing):
            raise ValidationError(_("There is already a {kind} named {name}.").format(
                kind=_(kind).lower(), name=name), "name")

    def summary(self, partner_id: str, recent: int = 5) -> PartnerSummary:
        found = PartnerSummary()
        contacts = self.db.execute(
            "SELECT c.id, c.occurred_at, c.kind, c.summary, c.follow_up, c.follow_up_due, "
            "c.follow_up_done_at FROM contact_partner cp JOIN contact c ON c.id = cp.contact_id "
            "WHERE cp.partner_id = ? AND c.deleted_at IS NULL ORDER BY c.occurred_at DESC",
            [partner_id],
        )
        names = [description[0] for description in contacts.description]
        rows = contacts.fetchall()
        found.contact_count = len(rows)
        found.recent_contacts = [dict(zip(names, row, strict=True)) for row in rows[:recent]]
        if rows:
            found.last_contact_at = rows[0][1]
        found.open_initiatives = list(self.db.query(
            "SELECT i.id, i.title, i.stage, i.lead, i.status, i.next_step, i.next_step_due "
            "FROM initiative_partner ip JOIN initiative i ON i.id = ip.initiative_id "
            "WHERE ip.partner_id = ? AND i.deleted_at IS NULL AND i.status != 'closed' "
            "ORDER BY i.next_step_due IS NULL, i.next_step_due, i.title",
            [partner_id],
        ))
        return found


class PartnerPersonalService(RecordService):
    """A resident's personal details: never printed or exported unless asked for."""

    table = "partner_personal"
    noun = N_("personal details record")
    gone_message = N_("Those personal details no longer exist (they may have been deleted).")
    fields = {
        "partner_id": ref(N_("Partner"), "partner", required=True, context="community"),
        "home_phone": text(N_("Home phone"), max_length=40),
        "personal_email": text(N_("Personal email"), max_length=200),
        "home_address": text(N_("Home address"), max_length=300),
        "notes": text(N_("Notes"), max_length=10_000),
    }

    def for_partner(self, partner_id: str) -> Record | None:
        rows = self.list("partner_id = ?", [partner_id], limit=1)
        return rows[0] if rows else None

    def save_for_partner(self, partner_id: str, values: dict[str, Any]) -> Record | None:
        """Create, change or (when every field is empty) delete a partner's personal details."""
        wanted = {key: values.get(key, "") for key in PERSONAL_FIELDS}
        empty = not any(str(value or "").strip() for value in wanted.values())
        with self.db.atomic():
            current = self.for_partner(partner_id)
            if current is None:
                if empty:
                    return None
                # One row per partner, ever: details cleared earlier are brought back.
                cleared = self.list("partner_id = ?", [partner_id], include_deleted=True)
                if cleared:
                    self.restore(cleared[0]["id"])
                    return self.update(cleared[0]["id"], wanted)
                return self.create({"partner_id": partner_id, **wanted})
            if empty:
                self.delete(current["id"])
                return None
            if all((current.get(k) or "") == (v or "").strip() for k, v in wanted.items()):
                return current
            return self.update(current["id"], wanted)


PERSONAL_FIELDS = ("home_phone", "personal_email", "home_address", "notes")
