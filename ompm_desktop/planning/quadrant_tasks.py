"""The model's front-line actions for each quadrant, as directed tasks for one shift.

Each task names the model's action it serves (one of QUADRANTS[q].actions, verbatim). Where
the action works through a community partner, the task names the partner serving the
neighbourhood that was contacted least recently (a natural leader first, where leaders are
meant), or says to find one when none is on file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import Quadrant


@dataclass(frozen=True)
class QuadrantTask:
    action: str  # the model's action, as QUADRANTS spells it
    text: str  # with {hood}
    with_partner: str = ""  # with {hood} and {partner}: used when a partner is on file
    partner: str = ""  # which partner: "any", "organization" or "leader"

    @property
    def stem(self) -> str:
        """The words every version of this task starts with (partner or not), in English."""
        return self.text.split("{")[0].strip()

    @property
    def stem_label(self) -> str:
        """The same words in the current language."""
        return _(self.text).split("{")[0].strip()


# Every action the model lists for each quadrant ("Unpacking Community Policing", lines
# 242-266 of the OACP 2010 presentation in the reference folder), each as one task. What a
# task adds to the action's name is the model's own where it says more: crime prevention
# through social development "addresses the precursors to crime, like: poverty, sub-standard
# housing, addictions and negative parenting" (line 205); target hardening, CPTED and watch
# programs "work best where they're least needed - in relatively secure neighbourhoods"
# (line 137), so they are suggested where threat is low and capacity high, never in the
# high-demand quadrants; situational measures like "double-cylinder, dual bolt locks"
# (line 226); "find the natural community leaders and engage them" (line 228).
QUADRANT_TASKS: dict[Quadrant, tuple[QuadrantTask, ...]] = {
    Quadrant.ENFORCEMENT: (
        QuadrantTask("Enforcement", N_("Directed patrol of the hot spots in {hood}")),
        QuadrantTask("Crime analysis",
                     N_("Crime analysis follow-up in {hood}: check the latest calls and "
                        "incidents on patrol and report what you see")),
        QuadrantTask("Monitor crime reduction",
                     N_("Monitor crime reduction in {hood}: compare the calls and incidents "
                        "with those of its last assessment")),
        QuadrantTask("Initiate problem-solving",
                     N_("Problem-solving in {hood}: note a recurring problem and who could "
                        "help")),
    ),
    Quadrant.MOBILIZATION: (
        QuadrantTask("Mobilize partners",
                     N_("Mobilize partners in {hood}: find an agency or group to take on a "
                        "problem"),
                     N_("Mobilize partners in {hood}: visit {partner}"), "organization"),
        QuadrantTask("Problem-oriented policing",
                     N_("Problem-oriented patrol in {hood}: check the places behind repeat "
                        "calls")),
        QuadrantTask("Monitor crime prevention",
                     N_("Monitor crime prevention in {hood}: how the work on poverty, "
                        "sub-standard housing, addictions and parenting is going"),
                     N_("Monitor crime prevention in {hood}: ask {partner} how the work on "
                        "poverty, sub-standard housing, addictions and parenting is going"),
                     "organization"),
    ),
    Quadrant.ENGAGEMENT: (
        QuadrantTask("Liaison", N_("Liaison visit in {hood}: drop in on a community partner"),
                     N_("Liaison visit in {hood}: drop in on {partner}"), "any"),
        QuadrantTask("Public education",
                     N_("Public education in {hood}: a safety talk where people gather")),
        QuadrantTask("Monitor at-risk groups",
                     N_("Check on at-risk groups in {hood}: youth, seniors, shelters")),
        QuadrantTask("Partner in early intervention",
                     N_("Partner in early intervention in {hood}: refer a person at risk to "
                        "an agency"),
                     N_("Partner in early intervention in {hood}: refer a person at risk to "
                        "{partner}"), "organization"),
    ),
    Quadrant.SAFETY: (
        QuadrantTask("Engage leaders",
                     N_("Engage leaders in {hood}: meet a natural community leader"),
                     N_("Engage leaders in {hood}: meet {partner}"), "leader"),
        QuadrantTask("Consultation",
                     N_("Consultation in {hood}: ask residents what worries them about their "
                        "safety"),
                     N_("Consultation in {hood}: ask {partner} what worries residents about "
                        "their safety"), "any"),
        QuadrantTask("Monitor hazards",
                     N_("Monitor hazards in {hood}: note what could threaten safety, and "
                        "where locks, lighting or a watch program would help")),
    ),
}
