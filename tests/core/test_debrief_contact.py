"""A contact recorded from a debriefed task closes the follow-up the task came from, in one
transaction; taking it back opens the follow-up again, and bringing it back closes it."""

from records_division import small_division

from ompm_desktop.planning.debrief import (
    bring_back_contact_from_task,
    record_contact_from_task,
    take_back_contact_from_task,
)


def test_the_follow_up_closes_and_opens_with_the_contact(desk):
    division = small_division(desk)
    follow_up = division.lot_contact["id"]
    values = {"occurred_at": "2026-11-24 22:00", "kind": "Patrol conversation",
              "neighbourhood_id": division.rideau["id"], "summary": "Lot gate checked"}
    made = record_contact_from_task(desk, values, follow_up)
    assert desk.contacts.get(follow_up)["follow_up_done_at"] == "2026-11-25T02:00:00+00:00"
    take_back_contact_from_task(desk, made["id"], follow_up)
    assert desk.contacts.get(made["id"], include_deleted=True)["deleted_at"]
    assert desk.contacts.get(follow_up)["follow_up_done_at"] is None
    bring_back_contact_from_task(desk, made["id"], follow_up)
    assert desk.contacts.get(made["id"])["deleted_at"] is None
    assert desk.contacts.get(follow_up)["follow_up_done_at"] is not None
