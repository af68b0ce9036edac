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


QUADRANT_TASKS: dict[Quadrant, tuple[QuadrantTask, ...]] = {
    Quadrant.ENFORCEMENT: (
        QuadrantTask("Enforcement", N_("Directed patrol of the hot spots in {hood}")),
        QuadrantTask("Crime analysis",
                     N_("Crime analysis follow-up in {hood}: check the latest calls and "
                        "incidents on patrol and report what you see")),
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
                     N_("Crime prevention check in {hood}: lighting, locks and watch signs")),
    ),
    Quadrant.ENGAGEMENT: (
        QuadrantTask("Liaison", N_("Liaison visit in {hood}: drop in on a community partner"),
                     N_("Liaison visit in {hood}: drop in on {partner}"), "any"),
        QuadrantTask("Monitor at-risk groups",
                     N_("Check on at-risk groups in {hood}: youth, seniors, shelters")),
        QuadrantTask("Public education",
                     N_("Public education in {hood}: a safety tip or talk where people "
                        "gather")),
    ),
    Quadrant.SAFETY: (
        QuadrantTask("Engage leaders",
                     N_("Engage leaders in {hood}: meet a natural community leader"),
                     N_("Engage leaders in {hood}: meet {partner}"), "leader"),
        QuadrantTask("Monitor hazards",
                     N_("Hazard check in {hood}: traffic, lighting, vacant buildings")),
    ),
}
