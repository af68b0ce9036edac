"""The generic service: validation, one transaction, soft delete and restore, the audit log."""

import pytest

from ompm_desktop.errors import NotFoundError, ValidationError
from ompm_desktop.services import audit


def test_create_stamps_and_audits(memory_desk):
    beat = memory_desk.beats.create({"name": "Beat 2 - Eastview"})
    assert beat["created_at"] == beat["updated_at"] == "2026-11-25T02:00:00+00:00"
    assert beat["deleted_at"] is None
    [entry] = audit.entries(memory_desk.db, table="beat")
    assert entry["action"] == "create"
    assert entry["actor"] == "Sgt. Test"
    assert entry["before"] is None and entry["after"]["name"] == "Beat 2 - Eastview"


def test_update_keeps_before_and_after(memory_desk):
    officer = memory_desk.officers.create({"badge": "4471", "last_name": "Morin"})
    memory_desk.officers.update(officer["id"], {"platoon": "C"})
    entry = audit.entries(memory_desk.db, row_id=officer["id"])[0]
    assert entry["action"] == "update"
    assert entry["before"]["platoon"] == "" and entry["after"]["platoon"] == "C"


def test_soft_delete_hides_and_restore_brings_back(memory_desk):
    partner = memory_desk.partners.create({"name": "Eastview Tenants' Association",
                                           "kind": "Community group"})
    memory_desk.partners.delete(partner["id"])
    assert memory_desk.partners.count() == 0
    assert [p["id"] for p in memory_desk.partners.deleted()] == [partner["id"]]
    with pytest.raises(NotFoundError):
        memory_desk.partners.get(partner["id"])
    memory_desk.partners.restore(partner["id"])
    assert memory_desk.partners.get(partner["id"])["deleted_at"] is None
    actions = [e["action"] for e in audit.entries(memory_desk.db, row_id=partner["id"])]
    assert actions == ["restore", "delete", "create"]


def test_badge_in_use_names_the_officer(memory_desk):
    memory_desk.officers.create({"badge": "4471", "first_name": "Julie", "last_name": "Morin"})
    with pytest.raises(ValidationError) as caught:
        memory_desk.officers.create({"badge": "4471", "last_name": "Tremblay"})
    assert str(caught.value) == "Badge 4471 already belongs to Cst. J. Morin."
    assert caught.value.field == "badge"


def test_a_deleted_officers_badge_can_be_reused_but_not_restored_over(memory_desk):
    first = memory_desk.officers.create({"badge": "100", "last_name": "Morin"})
    memory_desk.officers.delete(first["id"])
    memory_desk.officers.create({"badge": "100", "last_name": "Tremblay"})
    with pytest.raises(ValidationError, match="already belongs to Cst. Tremblay"):
        memory_desk.officers.restore(first["id"])
    assert memory_desk.officers.get(first["id"], include_deleted=True)["deleted_at"]


def test_a_failed_write_leaves_nothing_behind(memory_desk):
    before = memory_desk.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError, match="neighbourhood chosen no longer exists"):
        memory_desk.partners.create(
            {"name": "Rideau Heights CC", "kind": "Agency", "neighbourhood_ids": ["nope"]}
        )
    assert memory_desk.partners.count() == 0
    assert memory_desk.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_unknown_fields_are_refused(memory_desk):
    with pytest.raises(ValidationError, match="no field named shoe_size"):
        memory_desk.beats.create({"name": "Beat 1", "shoe_size": 9})


def test_links_are_replaced_as_a_whole(memory_desk):
    n1 = memory_desk.neighbourhoods.create({"name": "Rideau Heights"})
    n2 = memory_desk.neighbourhoods.create({"name": "Côte-des-Neiges"})
    partner = memory_desk.partners.create(
        {"name": "École Saint-Amour", "kind": "School", "neighbourhood_ids": [n1["id"], n2["id"]]}
    )
    assert partner["neighbourhood_ids"] == [n1["id"], n2["id"]]
    updated = memory_desk.partners.update(partner["id"], {"neighbourhood_ids": [n2["id"]]})
    assert updated["neighbourhood_ids"] == [n2["id"]]


def test_initiative_moves_through_sara_and_records_each_move(memory_desk):
    initiative = memory_desk.initiatives.create({"title": "Compton St. lot",
                                                 "quadrant": "enforcement"})
    for _ in range(4):
        initiative = memory_desk.initiatives.advance(initiative["id"])
    assert initiative["stage"] == "closed" and initiative["status"] == "closed"
    stages = [e["to_value"] for e in memory_desk.initiatives.events(initiative["id"])
              if e["kind"] == "stage"]
    assert stages == ["scanning", "analysis", "response", "assessment", "closed"]
    with pytest.raises(ValidationError, match="closed"):
        memory_desk.initiatives.advance(initiative["id"])


def test_lead_hand_over_is_dated(memory_desk):
    initiative = memory_desk.initiatives.create({"title": "Park watch", "quadrant": "mobilization"})
    memory_desk.initiatives.update(initiative["id"], {"lead": "community"})
    [hand_over] = [e for e in memory_desk.initiatives.events(initiative["id"])
                   if e["kind"] == "lead" and e["from_value"]]
    assert (hand_over["from_value"], hand_over["to_value"]) == ("police", "community")
    assert hand_over["at"] == "2026-11-25T02:00:00+00:00"


def test_assessment_override_needs_a_reason(memory_desk):
    hood = memory_desk.neighbourhoods.create({"name": "Vanier"})
    data = {"neighbourhood_id": hood["id"], "assessed_on": "2026-11-01", "assessor": "Sgt. Roy",
            "threat": 70, "capacity": 30, "computed_quadrant": "enforcement",
            "quadrant": "mobilization"}
    with pytest.raises(ValidationError) as caught:
        memory_desk.assessments.create(data)
    assert caught.value.field == "override_reason"
    saved = memory_desk.assessments.create({**data, "override_reason": "New housing co-op"})
    assert memory_desk.assessments.latest(hood["id"])["id"] == saved["id"]


def test_shift_must_end_after_it_starts(memory_desk):
    with pytest.raises(ValidationError, match="end after it starts"):
        memory_desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-24 07:00"})


def test_count_by_answers_as_count_does_for_each_value(memory_desk):
    beat = memory_desk.beats.create({"name": "Beat 2 - Eastview"})
    other = memory_desk.beats.create({"name": "Beat 5 - Westboro"})
    for name in ("Rideau Heights", "Vanier", "Overbrook"):
        memory_desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    gone = memory_desk.neighbourhoods.create({"name": "Old Town", "beat_id": beat["id"]})
    memory_desk.neighbourhoods.delete(gone["id"])
    ids = [beat["id"], other["id"], "no-such-beat"]
    counts = memory_desk.neighbourhoods.count_by("beat_id", ids)
    assert counts == {beat["id"]: 3, other["id"]: 0, "no-such-beat": 0}
    assert counts == {value: memory_desk.neighbourhoods.count("beat_id = ?", [value])
                      for value in ids}
