"""The City of Toronto 2011 file, imported with the shipped mapping, for the tests that use
real data."""

from __future__ import annotations

from pathlib import Path

from ompm_desktop.model.quadrants import place
from ompm_desktop.paths import resource_path
from ompm_desktop.transfer.importer import import_file

TORONTO = Path(__file__).resolve().parent / "data" / "toronto-wellbeing-safety-2011.csv"
TORONTO_MAPPING = resource_path("mappings", "toronto-wellbeing-safety-2011.json")


def import_toronto(desk, *, capacity: float | None = None):
    """Import the file. Its counts say nothing of capacity, so every neighbourhood is not yet
    placed; with `capacity`, each is then given that capacity score by hand (as if a
    sergeant had judged them all alike), which puts the 140 in one column."""
    result = import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    if capacity is not None:
        for record in desk.assessments.list("1 = 1", [], limit=1000):
            quadrant = place(capacity, record["threat"]).value
            desk.assessments.update(record["id"], {
                "capacity": capacity, "quadrant": quadrant, "computed_quadrant": quadrant})
    return result
