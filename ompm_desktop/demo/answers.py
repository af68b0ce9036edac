"""What the demo's records hold that is worked out, not drawn: assessment answers that
score near a wanted place on the model, partners' languages, and the sizes of a demo."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

from ompm_desktop.demo import vocabulary as words
from ompm_desktop.scoring.indicators import EFFICACY_ITEMS
from ompm_desktop.scoring.references import DEFAULT_RATES


def demo_answers(threat: float, capacity: float, population: int, noise: int,
                 agreement: list[int]) -> dict[str, dict[str, Any]]:
    """Answers whose scores come near `threat` and `capacity` (0-100) for a neighbourhood of
    `population`: each count is the reference rate scaled to the score wanted."""
    def count(key: str, score: float) -> int:
        return int(score / 50 * DEFAULT_RATES[key] * population / 1000)

    answers: dict[str, Any] = {
        "calls_for_service": count("calls_for_service", threat) + noise,
        "violent_incidents": count("violent_incidents", threat),
        "property_incidents": count("property_incidents", threat),
        "disorder_complaints": count("disorder_complaints", threat),
        "repeat_locations": count("repeat_locations", threat),
        "assessor_judgement": max(1, min(5, round(threat / 20))),
        "collective_efficacy": efficacy_answers(agreement),
        "natural_leaders": count("natural_leaders", capacity),
        "meeting_turnout": count("meeting_turnout", capacity),
    }
    computed = {"active_partners": count("active_partners", capacity),
                "community_initiatives": count("community_initiatives", capacity)}
    return {"answers": answers, "computed": computed}


def efficacy_answers(agreement: list[int]) -> list[int]:
    """The ten answers of a neighbourhood whose efficacy reads `agreement` on each item: a
    reverse-worded item ("...don't get along") is answered the other way round."""
    return [6 - value if item.reverse else value
            for value, item in zip(agreement, EFFICACY_ITEMS, strict=True)]


def languages_spoken(name: str) -> str:
    """English, often French, sometimes another language: drawn apart from the demo's own
    draws (seeded by the partner's name), so the rest of the demo is as it always was."""
    draw = random.Random(f"languages of {name}")
    spoken = ["English", "French"] if draw.random() < 0.45 else ["English"]
    if draw.random() < 0.3:
        spoken.append(draw.choice(words.OTHER_LANGUAGES))
    return ", ".join(spoken)


@dataclass(frozen=True)
class Size:
    beats: int
    neighbourhoods: int
    partners: int
    officers: int
    contacts: int
    initiatives: int
    shift_days: int


SIZES = {
    "small": Size(3, 12, 40, 25, 400, 15, 30),
    "large": Size(40, 200, 3000, 300, 200_000, 2000, 3 * 365),
}


@dataclass
class DemoSummary:
    beats: int = 0
    neighbourhoods: int = 0
    assessments: int = 0
    partners: int = 0
    officers: int = 0
    contacts: int = 0
    initiatives: int = 0
    shifts: int = 0
    assignments: int = 0
    briefing_items: int = 0
    calls_for_service: int = 0

    def describe(self) -> str:
        return ", ".join(f"{count:,} {kind.replace('_', ' ')}" for kind, count in
                         asdict(self).items())
