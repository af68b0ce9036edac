"""Problem solving with SARA: the stages an initiative moves through, who leads, outcomes."""

from __future__ import annotations

from enum import StrEnum

from ompm_desktop.i18n import N_, _


class Stage(StrEnum):
    SCANNING = "scanning"
    ANALYSIS = "analysis"
    RESPONSE = "response"
    ASSESSMENT = "assessment"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The stage's name in the current language."""
        return _(STAGE_LABELS[self])

    @property
    def purpose(self) -> str:
        return _(STAGE_PURPOSE[self])

    def next(self) -> Stage | None:
        order = list(Stage)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


STAGE_LABELS = {
    Stage.SCANNING: N_("Scanning"),
    Stage.ANALYSIS: N_("Analysis"),
    Stage.RESPONSE: N_("Response"),
    Stage.ASSESSMENT: N_("Assessment"),
    Stage.CLOSED: N_("Closed"),
}

STAGE_PURPOSE = {
    Stage.SCANNING: N_("Identify and confirm a recurring problem."),
    Stage.ANALYSIS: N_(
        "The problem analysis triangle: offender, victim/target and place, and their "
        "controllers: handler, guardian and manager."
    ),
    Stage.RESPONSE: N_("Interventions and objectives: who does what, by when."),
    Stage.ASSESSMENT: N_("Did it work? Before and after measures, and the outcome."),
    Stage.CLOSED: N_("Finished; kept for the record."),
}


class Lead(StrEnum):
    POLICE = "police"
    SHARED = "shared"
    COMMUNITY = "community"
    # A named partner agency (initiative.lead_partner_id): the model's community "includes
    # every person or organization" affected by a threat to safety and well-being.
    AGENCY = "agency"

    @property
    def label(self) -> str:
        return _(LEAD_LABELS[self.value])


LEAD_LABELS = {
    "police": N_("Police lead"),
    "shared": N_("Shared lead"),
    "community": N_("Community lead"),
    "agency": N_("Partner agency lead"),
}
AGENCY_PREFIX = "agency:"  # a hand-over to an agency is dated with its name: "agency:CMHA"


# Stored as written here; shown with _(outcome).
OUTCOMES = (
    N_("Problem eliminated"),
    N_("Fewer incidents"),
    N_("Less serious incidents"),
    N_("Better handled"),
    N_("Moved to another responsible body"),
    N_("No improvement"),
)
