"""What an assessment asks: the indicators of threat and of capacity, and the ten items of
Sampson's collective efficacy scale."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ompm_desktop.i18n import N_, _


class Axis(StrEnum):
    THREAT = "threat"
    CAPACITY = "capacity"

    @property
    def label(self) -> str:
        """'Threat' or 'Capacity' in the current language."""
        return _(AXIS_LABELS[self.value])


AXIS_LABELS = {"threat": N_("Threat"), "capacity": N_("Capacity")}


class Kind(StrEnum):
    COUNT = "count"  # a number, scored against the other neighbourhoods of the division
    SCALE = "scale"  # answers from 1 to 5, scored on their own
    COMPUTED = "computed"  # counted from the records, scored like a count


@dataclass(frozen=True)
class EfficacyItem:
    number: int  # 1-10, its place in the answers' list
    subscale: str  # "control" or "cohesion"
    wording: str
    reverse: bool = False  # agreeing means less collective efficacy

    @property
    def text(self) -> str:
        """The wording in the current language."""
        return _(self.wording)


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    axis: Axis
    kind: Kind
    help: str

    # label and help are English (stored in an assessment's explanation); these are what a
    # person reads, in the current language.
    @property
    def title(self) -> str:
        return _(self.label)

    @property
    def hint(self) -> str:
        return _(self.help)


CONTROL_QUESTION = N_(
    "How likely is it that your neighbours could be counted on to do something if... "
    "(1 very unlikely, 5 very likely)"
)
COHESION_QUESTION = N_(
    "How strongly do you agree that... (1 strongly disagree, 5 strongly agree)"
)

# Sampson, Raudenbush & Earls (1997): five items of informal social control, five of social
# cohesion and trust; two of the cohesion items are worded negatively and scored in reverse.
EFFICACY_ITEMS: tuple[EfficacyItem, ...] = (
    EfficacyItem(1, "control", N_("Children were skipping school and hanging out on a street "
                                  "corner")),
    EfficacyItem(2, "control", N_("Children were spray-painting graffiti on a local building")),
    EfficacyItem(3, "control", N_("Children were showing disrespect to an adult")),
    EfficacyItem(4, "control", N_("A fight broke out in front of their house")),
    EfficacyItem(5, "control", N_("The fire station closest to them was threatened with budget "
                                  "cuts")),
    EfficacyItem(6, "cohesion", N_("People around here are willing to help their neighbours")),
    EfficacyItem(7, "cohesion", N_("This is a close-knit neighbourhood")),
    EfficacyItem(8, "cohesion", N_("People in this neighbourhood can be trusted")),
    EfficacyItem(9, "cohesion", N_("People in this neighbourhood generally don't get along with "
                 "each other"), reverse=True),
    EfficacyItem(10, "cohesion", N_("People in this neighbourhood do not share the same values"),
                 reverse=True),
)
EFFICACY_KEY = "collective_efficacy"  # the answers' key holding the ten items, in order

INDICATORS: tuple[Indicator, ...] = (
    Indicator("calls_for_service", N_("Calls for service"), Axis.THREAT, Kind.COUNT,
              N_("Calls for service from the neighbourhood over the last 12 months.")),
    Indicator("violent_incidents", N_("Violent incidents"), Axis.THREAT, Kind.COUNT,
              N_("Reported violent incidents over the last 12 months.")),
    Indicator("property_incidents", N_("Property incidents"), Axis.THREAT, Kind.COUNT,
              N_("Reported property crimes (break and enter, theft, mischief) over the last "
              "12 months.")),
    Indicator("disorder_complaints", N_("Disorder complaints"), Axis.THREAT, Kind.COUNT,
              N_("Complaints of disorder (noise, loitering, open drug use, graffiti) over the "
              "last 12 months.")),
    Indicator("repeat_locations", N_("Repeat locations"), Axis.THREAT, Kind.COUNT,
              N_("Addresses or places with three or more calls in the last 12 months.")),
    Indicator("assessor_judgement", N_("Assessor's judgement of threat"), Axis.THREAT, Kind.SCALE,
              N_("Your own judgement of the threat to safety and security: 1 very low, "
              "5 very high.")),
    Indicator("efficacy_control", N_("Informal social control (items 1-5)"), Axis.CAPACITY,
              Kind.SCALE, N_("The mean of the five informal social control items of the "
              "collective efficacy scale.")),
    Indicator("efficacy_cohesion", N_("Social cohesion and trust (items 6-10)"), Axis.CAPACITY,
              Kind.SCALE, N_("The mean of the five social cohesion and trust items; items 9 and "
              "10 are scored in reverse (an answer of 5 counts as 1).")),
    Indicator("natural_leaders", N_("Natural leaders identified"), Axis.CAPACITY, Kind.COUNT,
              N_("Residents who lead without a title: people neighbours turn to.")),
    Indicator("meeting_turnout", N_("Turnout at community meetings"), Axis.CAPACITY, Kind.COUNT,
              N_("People at the last community meeting held in the neighbourhood.")),
    Indicator("active_partners", N_("Active partners serving it"), Axis.CAPACITY, Kind.COMPUTED,
              N_("Counted from the records: active partners linked to the neighbourhood.")),
    Indicator("community_initiatives", N_("Community-led initiatives"), Axis.CAPACITY,
              Kind.COMPUTED, N_("Counted from the records: active initiatives in the "
              "neighbourhood led by the community, shared with it, or led by a partner agency.")),
)
BY_KEY: dict[str, Indicator] = {indicator.key: indicator for indicator in INDICATORS}
# The indicators a person answers (the others come from the records or the scale's items).
ANSWERED_COUNTS = tuple(i.key for i in INDICATORS if i.kind is Kind.COUNT)
COMPUTED = tuple(i.key for i in INDICATORS if i.kind is Kind.COMPUTED)
# Counts compared with the other neighbourhoods: answered and computed alike.
RELATIVE = ANSWERED_COUNTS + COMPUTED


def on_axis(axis: Axis) -> tuple[Indicator, ...]:
    return tuple(indicator for indicator in INDICATORS if indicator.axis is axis)


def efficacy_item_score(item: EfficacyItem, answer: int) -> int:
    """The answer as it counts toward collective efficacy: reverse items turned round."""
    return 6 - answer if item.reverse else answer
