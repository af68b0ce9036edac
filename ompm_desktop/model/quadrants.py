"""The four quadrants of Ontario's Mobilization & Engagement Model, and placing a point in one.

The horizontal axis is community capacity (low on the left, high on the right); the
vertical axis is threat to safety and security (low at the bottom, high at the top).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ompm_desktop.i18n import N_, _


class Quadrant(StrEnum):
    ENFORCEMENT = "enforcement"
    MOBILIZATION = "mobilization"
    ENGAGEMENT = "engagement"
    SAFETY = "safety"

    @property
    def info(self) -> QuadrantInfo:
        return QUADRANTS[self]

    @property
    def label(self) -> str:
        """The quadrant's name in the current language."""
        return QUADRANTS[self].label


@dataclass(frozen=True)
class QuadrantInfo:
    key: Quadrant
    name: str
    colour_name: str
    colour: str  # full colour, for borders, labels and marks
    tint: str  # pale tint, for the field behind points and text
    pattern: str  # how it reads in greyscale: a pattern name the renderers draw
    who_leads: str  # the app's reading of who leads there
    definition: str  # the app's reading: the rule that places a neighbourhood here
    actions: tuple[str, ...]  # the model's front-line actions, word for word
    high_threat: bool
    high_capacity: bool

    # The name and the actions are the model's words (model.seed has its definitions and
    # lines); the colour, who leads and the definition are the app's reading of it. These are
    # what a person reads, in the current language (ompm_desktop.i18n).
    @property
    def label(self) -> str:
        return _(self.name)

    @property
    def colour_label(self) -> str:
        return _(self.colour_name)

    @property
    def lead_label(self) -> str:
        return _(self.who_leads)

    @property
    def meaning(self) -> str:
        return _(self.definition)

    @property
    def action_labels(self) -> tuple[str, ...]:
        return tuple(_(action) for action in self.actions)


QUADRANTS: dict[Quadrant, QuadrantInfo] = {
    Quadrant.ENFORCEMENT: QuadrantInfo(
        key=Quadrant.ENFORCEMENT,
        name=N_("Enforcement & Crime Suppression"),
        colour_name=N_("red"),
        colour="#C62828",
        tint="#F9DEDE",
        pattern="cross-hatch",
        who_leads=N_("Police lead"),
        definition=N_(
            "High threat, low community capacity: the app places a neighbourhood here when its "
            "threat score is at or above the threat threshold and its capacity score below the "
            "capacity threshold."
        ),
        actions=(
            N_("Crime analysis"),
            N_("Enforcement"),
            N_("Monitor crime reduction"),
            N_("Initiate problem-solving"),
        ),
        high_threat=True,
        high_capacity=False,
    ),
    Quadrant.MOBILIZATION: QuadrantInfo(
        key=Quadrant.MOBILIZATION,
        name=N_("Community Mobilization & Crime Prevention"),
        colour_name=N_("amber"),
        colour="#F9A825",
        tint="#FDF1D3",
        pattern="diagonal",
        who_leads=N_("Police lead, handing over to the community"),
        definition=N_(
            "Lower threat, low community capacity: the app places a neighbourhood here when "
            "both its threat and its capacity scores are below their thresholds."
        ),
        actions=(
            N_("Mobilize partners"),
            N_("Problem-oriented policing"),
            N_("Monitor crime prevention"),
        ),
        high_threat=False,
        high_capacity=False,
    ),
    Quadrant.ENGAGEMENT: QuadrantInfo(
        key=Quadrant.ENGAGEMENT,
        name=N_("Community Engagement & Liaison"),
        colour_name=N_("blue"),
        colour="#1565C0",
        tint="#DCE8F7",
        pattern="dots",
        who_leads=N_("Community leads, police support"),
        definition=N_(
            "High threat, high community capacity: the app places a neighbourhood here when "
            "both its threat and its capacity scores are at or above their thresholds."
        ),
        actions=(
            N_("Liaison"),
            N_("Public education"),
            N_("Monitor at-risk groups"),
            N_("Partner in early intervention"),
        ),
        high_threat=True,
        high_capacity=True,
    ),
    Quadrant.SAFETY: QuadrantInfo(
        key=Quadrant.SAFETY,
        name=N_("Community Safety & Consultation"),
        colour_name=N_("green"),
        colour="#2E7D32",
        tint="#DDEFDE",
        pattern="plain",
        who_leads=N_("Community leads"),
        definition=N_(
            "Low threat, high community capacity: the app places a neighbourhood here when its "
            "threat score is below the threat threshold and its capacity score at or above the "
            "capacity threshold."
        ),
        actions=(
            N_("Engage leaders"),
            N_("Consultation"),
            N_("Monitor hazards"),
        ),
        high_threat=False,
        high_capacity=True,
    ),
}

@dataclass(frozen=True)
class Thresholds:
    """Where the field splits: a score at or above the threshold is 'high'."""

    capacity: float = 50.0
    threat: float = 50.0

    def __post_init__(self) -> None:
        for name, value in (("capacity", self.capacity), ("threat", self.threat)):
            if not 0 <= value <= 100:
                raise ValueError(f"The {name} threshold must be between 0 and 100, not {value}.")


def place(capacity: float, threat: float, thresholds: Thresholds | None = None) -> Quadrant:
    """The quadrant of a (capacity, threat) pair, each scored 0-100."""
    for name, value in (("capacity", capacity), ("threat", threat)):
        if not 0 <= value <= 100:
            raise ValueError(f"The {name} score must be between 0 and 100, not {value}.")
    t = thresholds or Thresholds()
    high_threat = threat >= t.threat
    high_capacity = capacity >= t.capacity
    for info in QUADRANTS.values():
        if info.high_threat == high_threat and info.high_capacity == high_capacity:
            return info.key
    raise AssertionError("the four quadrants cover every combination")


def quadrant_by_name(text: str) -> Quadrant:
    """Accepts the key ('enforcement'), the exact name, or the colour name."""
    wanted = text.strip().casefold()
    for info in QUADRANTS.values():
        if wanted in (info.key.value, info.name.casefold(), info.colour_name):
            return info.key
    names = ", ".join(info.name for info in QUADRANTS.values())
    raise ValueError(f"'{text}' is not a quadrant. Use one of: {names}.")
