"""The audit log page's list: every change, who made it, and what changed, in plain words."""

from records_division import small_division

from ompm_desktop.queries import AUDIT_LOG, ListRequest


def test_a_change_reads_field_by_field(memory_desk):
    division = small_division(memory_desk)
    memory_desk.officers.update(division.morin["id"], {"platoon": "A", "active": 0})
    [entry] = AUDIT_LOG.page(memory_desk.context, ListRequest(
        filters={"row_id": division.morin["id"], "action": "update"}))
    assert entry["actor"] == "Sgt. Test"
    assert entry["record"] == "Cst. J. Morin (4471)"
    assert entry["change"] == "Platoon: C → A; Active: 1 → 0"
    assert AUDIT_LOG.display(entry, "table_name") == "Officer"
    assert AUDIT_LOG.display(entry, "at") == "2026-11-24 21:00"


def test_one_record_or_all(memory_desk):
    division = small_division(memory_desk)
    memory_desk.contacts.delete(division.old_contact["id"])
    memory_desk.contacts.restore(division.old_contact["id"])
    one = AUDIT_LOG.page(memory_desk.context, ListRequest(
        filters={"row_id": division.old_contact["id"]}))
    assert [(e["action"], e["change"]) for e in one] == [
        ("restore", "Restored"), ("delete", "Deleted"), ("create", "Created")]
    assert one[0]["record"] == "2026-06-02 20:15 Patrol conversation"
    everything = AUDIT_LOG.count(memory_desk.context)
    contacts = AUDIT_LOG.count(memory_desk.context, ListRequest(filters={"table_name": "contact"}))
    assert everything > contacts == 5


def test_filter_by_who_and_search(memory_desk):
    division = small_division(memory_desk)
    memory_desk.actor = "Sgt. Roy"
    memory_desk.partners.update(division.school["id"], {"phone": "613-555-0100"})
    by_roy = AUDIT_LOG.page(memory_desk.context, ListRequest(filters={"actor": "Sgt. Roy"}))
    assert [e["change"] for e in by_roy] == ["Phone: (empty) → 613-555-0100"]
    assert ("Sgt. Roy", "Sgt. Roy") in AUDIT_LOG.filters["actor"].options(memory_desk.context)
    found = AUDIT_LOG.page(memory_desk.context, ListRequest(search="555-0100"))
    assert [e["row_id"] for e in found] == [division.school["id"]]


def test_linked_records_read_as_counts(memory_desk):
    division = small_division(memory_desk)
    memory_desk.contacts.update(division.old_contact["id"],
                                {"partner_ids": [division.school["id"]]})
    [entry] = AUDIT_LOG.page(memory_desk.context, ListRequest(
        filters={"row_id": division.old_contact["id"], "action": "update"}))
    assert entry["change"] == "Partners: (none) → 1 linked"
