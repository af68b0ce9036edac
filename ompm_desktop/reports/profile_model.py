"""The profile's page on the model itself: the lines of the model's diagram for the half the
neighbourhood stands in, and the model's definitions, word for word in English with the
source named (and the app's translation under each in another language); the quadrant, who
leads and the scores above are said to be the app's reading."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.model.seed import DEFINITIONS, SOURCE, side_of, translation
from ompm_desktop.reports.styles import ITEM, SMALL, SUBHEADING, escaped, heading, markup, para
from ompm_desktop.scoring.participation import took_part


def _quote(text: str) -> list[Flowable]:
    parts = [para(f"“{text}”", ITEM)]
    translated = translation(text)
    if translated:
        parts.append(markup("<i>" + escaped(_("The app's translation:")) + " "
                            + escaped(translated) + "</i>", ITEM))
    return parts


def participation(latest: dict[str, Any] | None) -> list[Flowable]:
    """Who took part in the latest placed assessment, or that the assessor answered alone."""
    if latest is None or latest.get("capacity") is None:
        return []
    return [para(took_part(latest))]


def model_words(latest: dict[str, Any] | None) -> list[Flowable]:
    story: list[Flowable] = [*heading(_("The model in its own words"), room=120)]
    if latest is not None and latest.get("quadrant"):
        info = QUADRANTS[Quadrant(latest["quadrant"])]
        side = side_of(info.high_capacity)
        story.append(para(side.heading, SUBHEADING))
        for line in side.lines:
            story += _quote(line)
    for definition in DEFINITIONS:
        story.append(para(definition.term, SUBHEADING))
        story += _quote(definition.text)
    story.append(para(_("Source: {source}. The quadrant's colour, who leads there and the "
                        "threat and capacity scores are the app's reading of the model, not "
                        "its words.").format(source=_(SOURCE)), SMALL))
    return story
