"""The model's front-line actions for each quadrant, as directed tasks for one shift.

Each task names the model's action it serves (one of QUADRANTS[q].actions, verbatim). Where
the action works through a community partner, the task names the partner serving the
neighbourhood that was contacted least recently (a natural leader first, where leaders are
meant), or says to find one when none is on file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ompm_desktop.model.quadrants import Quadrant


@dataclass(frozen=True)
class QuadrantTask:
    action: str  # the model's action, as QUADRANTS spells it
    text: str  # with {hood}
    with_partner: str = ""  # with {hood} and {partner}: used when a partner is on file
    partner: str = ""  # which partner: "any", "organization" or "leader"

    @property
    def stem(self) -> str:
        """The words every version of this task starts with (partner or not)."""
        return self.text.split("{")[0].strip()


QUADRANT_TASKS: dict[Quadrant, tuple[QuadrantTask, ...]] = {
    Quadrant.ENFORCEMENT: (
        QuadrantTask("Enforcement", "Directed patrol of the hot spots in {hood}"),
        QuadrantTask("Crime analysis",
                     "Crime analysis follow-up in {hood}: check the latest calls and "
                     "incidents on patrol and report what you see"),
        QuadrantTask("Initiate problem-solving",
                     "Problem-solving in {hood}: note a recurring problem and who could help"),
    ),
    Quadrant.MOBILIZATION: (
        QuadrantTask("Mobilize partners", "Mobilize partners in {hood}: find an agency or group "
                     "to take on a problem", "Mobilize partners in {hood}: visit {partner}",
                     "organization"),
        QuadrantTask("Problem-oriented policing",
                     "Problem-oriented patrol in {hood}: check the places behind repeat calls"),
        QuadrantTask("Monitor crime prevention",
                     "Crime prevention check in {hood}: lighting, locks and watch signs"),
    ),
    Quadrant.ENGAGEMENT: (
        QuadrantTask("Liaison", "Liaison visit in {hood}: drop in on a community partner",
                     "Liaison visit in {hood}: drop in on {partner}", "any"),
        QuadrantTask("Monitor at-risk groups",
                     "Check on at-risk groups in {hood}: youth, seniors, shelters"),
        QuadrantTask("Public education",
                     "Public education in {hood}: a safety tip or talk where people gather"),
    ),
    Quadrant.SAFETY: (
        QuadrantTask("Engage leaders", "Engage leaders in {hood}: meet a natural community leader",
                     "Engage leaders in {hood}: meet {partner}", "leader"),
        QuadrantTask("Monitor hazards",
                     "Hazard check in {hood}: traffic, lighting, vacant buildings"),
    ),
}
