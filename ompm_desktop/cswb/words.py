"""The plan's words: the four areas of the provincial framework ("A Shared Commitment in
Ontario") and the sectors of a plan's advisory committee (Community Safety and Policing Act,
2019, s. 250), kept in English and marked with N_() (read with _())."""

from __future__ import annotations

from ompm_desktop.i18n import N_

# The framework's four areas, from upstream to the emergency.
AREAS = (
    N_("social development"),
    N_("prevention"),
    N_("risk intervention"),
    N_("incident response"),
)

# Who sits on the advisory committee (s. 250): the sectors a partner can speak for.
SECTORS = (
    N_("health or mental health"),
    N_("education"),
    N_("community or social services"),
    N_("children's or youth services"),
    N_("custodial services to children or youth"),
    N_("municipal government"),
    N_("police service board"),
    N_("housing"),
    N_("business"),
    N_("faith community"),
    N_("Indigenous community"),
    N_("other"),
)
