from __future__ import annotations

import re
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.vocabulary import PARTNER_KINDS
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Link, Record, RecordService

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PartnerService(RecordService):
    table = "partner"
    noun = "partner"
    default_order = "name"
    fields = {
        "name": text("Name", required=True, max_length=200),
        "kind": choice("Kind", PARTNER_KINDS),
        "is_organization": Field("Organization", "bool", default=1),
        "contact_name": text("Contact name", max_length=120),
        "contact_role": text("Role", max_length=120),
        "phone": text("Phone", max_length=40),
        "email": text("Email", max_length=200),
        "address": text("Address", max_length=300),
        "natural_leader": Field("Natural community leader", "bool", default=0),
        "notes": text("Notes", max_length=10_000),
        "active": Field("Active", "bool", default=1),
    }
    links = {
        "neighbourhood_ids": Link(
            "partner_neighbourhood", "partner_id", "neighbourhood_id", "neighbourhood",
            "Neighbourhood",
        )
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        email = values.get("email")
        if email and not EMAIL.match(email):
            raise ValidationError(f"'{email}' is not an email address.", "email")
        name = self.merged(values, existing, "name")
        kind = self.merged(values, existing, "kind")
        if self.find_duplicate("name = ? COLLATE NOCASE AND kind = ?", [name, kind], existing):
            raise ValidationError(f"There is already a {kind.lower()} named {name}.", "name")


class PartnerPersonalService(RecordService):
    """A resident's personal details: never printed or exported unless asked for."""

    table = "partner_personal"
    noun = "personal details record"
    fields = {
        "partner_id": ref("Partner", "partner", required=True),
        "home_phone": text("Home phone", max_length=40),
        "personal_email": text("Personal email", max_length=200),
        "home_address": text("Home address", max_length=300),
        "notes": text("Notes", max_length=10_000),
    }
