"""Problem solving with SARA: the stages an initiative moves through, who leads, outcomes."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    SCANNING = "scanning"
    ANALYSIS = "analysis"
    RESPONSE = "response"
    ASSESSMENT = "assessment"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def next(self) -> Stage | None:
        order = list(Stage)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


STAGE_PURPOSE = {
    Stage.SCANNING: "Identify and confirm a recurring problem.",
    Stage.ANALYSIS: (
        "The problem analysis triangle: offender, victim/target and place, and their "
        "controllers: handler, guardian and manager."
    ),
    Stage.RESPONSE: "Interventions and objectives: who does what, by when.",
    Stage.ASSESSMENT: "Did it work? Before and after measures, and the outcome.",
    Stage.CLOSED: "Finished; kept for the record.",
}


class Lead(StrEnum):
    POLICE = "police"
    SHARED = "shared"
    COMMUNITY = "community"

    @property
    def label(self) -> str:
        return {"police": "Police lead", "shared": "Shared lead", "community": "Community lead"}[
            self.value
        ]


OUTCOMES = (
    "Problem eliminated",
    "Fewer incidents",
    "Less serious incidents",
    "Better handled",
    "Moved to another responsible body",
    "No improvement",
)
