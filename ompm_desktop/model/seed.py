"""The model in its own words: the definitions and the lines of its diagram, word for word
as the Ontario Association of Chiefs of Police presented them (the line numbers are those of
the presentation's text in the reference folder), with the source to name beside them.

They are quoted in English wherever they are shown. The French catalogue holds the app's
translation of each, shown under the quote and labelled as the app's translation: the model
was presented in English. What the app adds (the two scores, the thresholds, the colours,
who leads) is its own reading and is shown apart (model.quadrants).
"""

from __future__ import annotations

from dataclasses import dataclass

from ompm_desktop.i18n import N_, _, current_language

SOURCE = N_("Ontario Association of Chiefs of Police, “Ontario’s New Community Policing "
            "Model” (presentation, Kingston, Ontario, June 2010)")
MODEL_NAME = N_("Ontario's Mobilization & Engagement Model of Community Policing")  # line 197


@dataclass(frozen=True)
class Definition:
    term: str  # as the model writes it, in capitals
    text: str  # word for word


DEFINITIONS: tuple[Definition, ...] = (
    Definition("COMMUNITY POLICING", N_(  # line 238
        "Community Policing is the process by which police and other community members "
        "partner to improve community wellbeing, safety and security through joint problem "
        "identification, analysis, response and evaluation.")),
    Definition("COMMUNITY", N_(  # line 215
        "Community includes every person or organization that is affected by any real or "
        "anticipated threat to peace, safety, security and well-being.")),
    Definition("COMMUNITY MOBILIZATION", N_(  # line 212
        "Actions and initiatives that police officers take to motivate and support neighbours "
        "to deal more effectively with the root causes of crime and insecurity in their "
        "neighbourhoods.")),
    Definition("COMMUNITY ENGAGEMENT", N_(  # line 233
        "Police actions that encourage participation of neighbours and citizens in increasing "
        "their own and others safety, security and well-being.")),
)


@dataclass(frozen=True)
class Side:
    """A half of the model's diagram: the model heads the low-capacity half "Community
    Mobilization" and the high-capacity half "Community Engagement", each with three lines.
    The presentation does not say which quadrant each line belongs to, so they are quoted
    for the half."""

    heading: str
    lines: tuple[str, ...]


MOBILIZATION_SIDE = Side("Community Mobilization", (  # lines 201-207
    N_("Enforcement is an integral component of Community Policing where there are threats to "
       "community safety and security"),
    N_("Crime Prevention through Social Development; addresses the precursors to crime, like: "
       "poverty, sub-standard housing, addictions and negative parenting."),
    N_("In the beginning police lead community members into safety and community-building "
       "initiatives - always looking for community members who can take over the leadership "
       "role."),
))
ENGAGEMENT_SIDE = Side("Community Engagement", (  # lines 221-228
    N_("Communities which have the greatest capacity to resolve issues that threaten their "
       "safety, security and well-being, require the least police assistance."),
    N_("Situational Crime Prevention Measures: focus on specific forms of crime - like "
       "double-cylinder, dual bolt locks that prevent some forms of break and enter."),
    N_("Police may have to find the natural community leaders and engage them to help "
       "community members increase their own safety, security and well-being."),
))

# Said by those the OACP consulted ("What Did They Say?", lines 137 and 143): why the
# desk suggests target hardening, CPTED and watch programs only where threat is low.
CRIME_PREVENTION_QUOTES: tuple[str, ...] = (
    N_("...crime prevention measures like target hardening, CPTED and ‘watch’ programs work "
       "best where they’re least needed – in relatively secure neighbourhoods.... But where "
       "we’re responding all the time, most of them cannot be effectively implemented."),
    N_("The only way we can make standard crime prevention measures work in high-demand "
       "neighbourhoods, is by eliminating the social antecedents to crime and disorder."),
)


def translation(text: str) -> str | None:
    """The app's translation of a quoted line in the current language; None in English or
    where there is none."""
    if current_language() == "en":
        return None
    translated = _(text)
    return translated if translated != text else None


def side_of(high_capacity: bool) -> Side:
    return ENGAGEMENT_SIDE if high_capacity else MOBILIZATION_SIDE
