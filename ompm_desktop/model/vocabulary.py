"""The fixed lists the records choose from."""

from __future__ import annotations

from ompm_desktop.i18n import N_
from ompm_desktop.model.quadrants import QUADRANTS

# Kinds are stored as written here (in English) and shown with _(kind).

PARTNER_KINDS = (
    N_("Agency"),
    N_("Community group"),
    N_("School"),
    N_("Faith group"),
    N_("Business"),
    N_("First Nation"),
    N_("Resident leader"),
    N_("Health service"),
    N_("Housing provider"),
    N_("Municipal service"),
)

CONTACT_KINDS = (
    N_("Meeting"),
    N_("Patrol conversation"),
    N_("Phone"),
    N_("Email"),
    N_("Event"),
    N_("Presentation"),
    N_("Referral to a Situation Table"),
)

# The model's front-line actions, each a "quadrant activity" a contact can serve.
CONTACT_ACTIVITIES = tuple(action for info in QUADRANTS.values() for action in info.actions)

RANKS = (
    "Cst.",
    "PC",
    "Sgt.",
    "S/Sgt.",
    "Insp.",
    "Supt.",
    "Det.",
    "Det. Cst.",
    "Special Cst.",
    "Aux.",
)

PLATOONS = ("A", "B", "C", "D")

BRIEFING_KINDS = ("bolo", "hazard", "directed_patrol", "notice")
BRIEFING_KIND_LABELS = {
    "bolo": N_("Be on the lookout"),
    "hazard": N_("Officer-safety hazard"),
    "directed_patrol": N_("Directed patrol"),
    "notice": N_("Notice"),
}

BRIEFING_SCOPES = ("division", "beat", "neighbourhood")
