"""Initiatives: their list (stage order, next steps due), search, and the dated hand-overs."""

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries import INITIATIVES, ListRequest
from ompm_desktop.services import audit


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def titles(rows):
    return [row["title"] for row in rows]


def test_the_list_reads_in_the_models_words(memory_desk, division):
    row = INITIATIVES.row(memory_desk.context, division.lot["id"])
    assert INITIATIVES.display(row, "quadrant") == "Enforcement & Crime Suppression"
    assert INITIATIVES.display(row, "stage") == "Scanning"
    assert INITIATIVES.display(row, "lead") == "Police lead"
    assert row["neighbourhoods"] == "Rideau Heights"
    assert row["partners"] == "Rideau Heights Tenants' Association"


def test_stage_sorts_in_sara_order_not_alphabetically(memory_desk, division):
    memory_desk.initiatives.advance(division.lot["id"])  # analysis
    memory_desk.initiatives.advance(division.lot["id"])  # response
    rows = INITIATIVES.page(memory_desk.context, ListRequest(sort="stage"))
    assert titles(rows) == ["Bike thefts near the school", "Compton St. lot"]
    rows = INITIATIVES.page(memory_desk.context, ListRequest(filters={"stage": "response"}))
    assert titles(rows) == ["Compton St. lot"]


def test_next_step_due(memory_desk, division):
    due = INITIATIVES.page(memory_desk.context, ListRequest(filters={"next_step": "due"}))
    assert titles(due) == ["Compton St. lot"]
    memory_desk.initiatives.update(division.bikes["id"], {"next_step_due": "2026-11-30"})
    week = INITIATIVES.page(memory_desk.context, ListRequest(filters={"next_step": "week"},
                                                             sort="next_step_due"))
    assert titles(week) == ["Compton St. lot", "Bike thefts near the school"]


@pytest.mark.parametrize("typed, expected", [
    ("dealing", ["Compton St. lot"]),  # the problem statement (FTS)
    ("audit", ["Compton St. lot"]),  # the next step (FTS)
    ("tenants", ["Compton St. lot"]),  # a partner
    ("vanier", ["Bike thefts near the school"]),  # a neighbourhood
])
def test_search(memory_desk, division, typed, expected):
    assert titles(INITIATIVES.page(memory_desk.context, ListRequest(search=typed))) == expected


def test_search_reaches_the_analysis_triangle(memory_desk, division):
    memory_desk.initiatives.update(division.bikes["id"], {"analysis_place": "Unlocked racks"})
    rows = INITIATIVES.page(memory_desk.context, ListRequest(search="racks unlocked"))
    assert titles(rows) == ["Bike thefts near the school"]


def test_each_hand_over_is_dated_and_audited(memory_desk, division):
    lot = division.lot["id"]
    memory_desk.initiatives.update(lot, {"lead": "shared"})
    memory_desk.initiatives.update(lot, {"lead": "community"})
    moves = [(e["from_value"], e["to_value"], e["at"])
             for e in memory_desk.initiatives.hand_overs(lot)]
    assert moves == [(None, "police", "2026-11-25T02:00:00+00:00"),
                     ("police", "shared", "2026-11-25T02:00:00+00:00"),
                     ("shared", "community", "2026-11-25T02:00:00+00:00")]
    [latest] = audit.entries(memory_desk.db, row_id=lot, limit=1)
    assert (latest["before"]["lead"], latest["after"]["lead"]) == ("shared", "community")


def test_a_next_step_due_needs_the_step(memory_desk, division):
    with pytest.raises(ValidationError) as caught:
        memory_desk.initiatives.update(division.lot["id"], {"next_step": ""})
    assert caught.value.field == "next_step"
    assert str(caught.value) == "Say what the next step is, or clear its due date."
