"""Recently deleted, across every kind, and restoring from it."""

from datetime import UTC, datetime

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries.deleted import delete, recently_deleted, restore


def test_newest_deletion_first_and_restore(memory_desk):
    division = small_division(memory_desk)
    memory_desk.context.clock = lambda: datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    delete(memory_desk, "partner", division.school["id"])
    memory_desk.context.clock = lambda: datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    delete(memory_desk, "initiative", division.bikes["id"])
    found = recently_deleted(memory_desk)
    assert [(r.kind, r.title) for r in found] == [
        ("initiative", "Bike thefts near the school"), ("partner", "École Saint-Amour")]
    assert found[1].kind_label == "Partner"
    restore(memory_desk, "partner", division.school["id"])
    assert memory_desk.partners.get(division.school["id"])["deleted_at"] is None
    assert [r.kind for r in recently_deleted(memory_desk)] == ["initiative"]


def test_restoring_over_a_reused_badge_is_refused_by_name(memory_desk):
    division = small_division(memory_desk)
    delete(memory_desk, "officer", division.morin["id"])
    memory_desk.officers.create({"badge": "4471", "last_name": "Roy"})
    with pytest.raises(ValidationError, match="Badge 4471 already belongs to Cst. Roy"):
        restore(memory_desk, "officer", division.morin["id"])
