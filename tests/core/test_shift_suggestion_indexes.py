"""The Shifts page's suggestions for a beat read through the indexes of migration m016: the
open follow-ups of the beat's neighbourhoods alone (not every contact there), and each of
its partners' contacts' dates without reading the contacts whole. The answers are as before
(test_planning_suggestions, test_suggestions_in_steps)."""

from planning_division import planning_division

from ompm_desktop.planning import SuggestionsInSteps


def _plans_while(desk, work) -> str:
    """The query plans of every SELECT the work makes."""
    statements: list[str] = []
    desk.db.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        desk.db.conn.set_trace_callback(None)
    return " | ".join(row[3] for sql in statements if sql.lstrip().upper().startswith("SELECT")
                      for row in desk.db.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_a_beats_follow_ups_and_partners_are_read_through_their_indexes(desk):
    d = planning_division(desk)
    desk.contacts.create({
        "occurred_at": "2026-11-20 10:00", "officer_id": d.morin["id"],
        "neighbourhood_id": d.rideau["id"], "kind": "Meeting", "summary": "Lot lights",
        "follow_up": "Call the landlord back", "follow_up_due": "2026-11-23",
        "partner_ids": [d.tenants["id"]]})
    steps = SuggestionsInSteps(desk, d.shift["id"])
    beat = next(beat for beat in steps.beats if any(
        hood.neighbourhood_id == d.rideau["id"] for hood in beat.neighbourhoods))
    plan = _plans_while(desk, lambda: steps.fill(beat))
    assert "USING INDEX contact_open_follow_up_by_place (neighbourhood_id=?" in plan
    assert "USING COVERING INDEX contact_occurred_by_id (id=?" in plan
    assert any(s.text.startswith("Follow-up: Call the landlord back")
               for s in beat.suggestions)
