"""The fixed lists the records choose from."""

from __future__ import annotations

from ompm_desktop.model.quadrants import QUADRANTS

PARTNER_KINDS = (
    "Agency",
    "Community group",
    "School",
    "Faith group",
    "Business",
    "First Nation",
    "Resident leader",
    "Health service",
    "Housing provider",
    "Municipal service",
)

CONTACT_KINDS = (
    "Meeting",
    "Patrol conversation",
    "Phone",
    "Email",
    "Event",
    "Presentation",
    "Referral to a Situation Table",
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
    "bolo": "Be on the lookout",
    "hazard": "Officer-safety hazard",
    "directed_patrol": "Directed patrol",
    "notice": "Notice",
}

BRIEFING_SCOPES = ("division", "beat", "neighbourhood")
