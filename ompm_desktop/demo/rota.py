"""The demo's shifts and briefing items: drawn with the demo's own random generator, in the
order the rest of the demo was always drawn in."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ompm_desktop.demo import vocabulary as words

if TYPE_CHECKING:
    from ompm_desktop.demo.generator import _Builder


def plan_shifts(self: _Builder) -> None:
    """Shifts of 12 hours, day and night, each platoon's constables on the beats."""
    rng, shifts, assignments = self.rng, [], []
    by_platoon: dict[str, list[dict[str, Any]]] = {p: [] for p in "ABCD"}
    for officer in self.officer_rows:
        if officer["active"]:
            by_platoon[officer["platoon"]].append(officer)
    first = self.day - timedelta(days=self.size.shift_days - 10)
    for offset in range(self.size.shift_days):
        day = first + timedelta(days=offset)
        for start, end, platoon in ((7, 19, "ABCD"[offset % 4]),
                                    (19, 7, "ABCD"[(offset + 2) % 4])):
            crew = by_platoon[platoon]
            sergeants = [o for o in crew if o["rank"] == "Sgt."] or crew
            ends_on = day + timedelta(days=1) if end < start else day
            shift = self.row(starts_at=self.at(day, start), ends_at=self.at(ends_on, end),
                             platoon=platoon, supervisor_id=sergeants[0]["id"],
                             notes="Quiet night; two noise complaints on "
                             f"{self.street()}" if start == 19 else "")
            shifts.append(shift)
            constables = [o for o in crew if o["rank"] != "Sgt."]
            for n, officer in enumerate(constables[: max(2, len(self.beats) * 2)]):
                beat = self.beats[n % len(self.beats)]
                assignments.append(self.row(
                    shift_id=shift["id"], officer_id=officer["id"], beat_id=beat["id"],
                    unit="Patrol", call_sign=f"{beat['code'][1:]}A{n + 1}",
                    vehicle=f"Unit {200 + n}", partner_officer_id=None,
                    special_duty="Community event" if rng.random() < 0.05 else ""))
    self.insert("shift", shifts)
    self.insert("assignment", assignments)
    self.summary.shifts, self.summary.assignments = len(shifts), len(assignments)

def post_briefing_items(self: _Builder) -> None:
    """Lookouts, hazards, directed patrols and notices, each beat's, some in force now."""
    rows = []
    texts = ((words.BOLOS, "bolo", 30), (words.HAZARDS, "hazard", 60),
             (words.PATROLS, "directed_patrol", 14), (words.NOTICES, "notice", 10))
    for templates, kind, days in texts:
        for n, template in enumerate(templates):
            started = self.day - timedelta(days=5 + n * 3 + (days if n == 0 else 0))
            beat = self.rng.choice(self.beats)
            rows.append(self.row(kind=kind, scope="beat", beat_id=beat["id"],
                                 neighbourhood_id=None,
                                 title=template.format(street=self.street()),
                                 # the lookout's instruction belongs to lookouts alone
                                 text="Report sightings to the shift supervisor."
                                 if kind == "bolo" else "",
                                 starts_at=self.at(started, 7),
                                 expires_at=self.at(started + timedelta(days=days), 7)))
    self.insert("briefing_item", rows)
    self.summary.briefing_items = len(rows)
