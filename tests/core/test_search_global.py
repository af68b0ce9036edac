"""Global search (Ctrl+K): one box finds any record of any kind."""

import pytest
from records_division import small_division

from ompm_desktop.search import global_search


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def test_finds_records_of_every_kind_people_first(memory_desk, division):
    memory_desk.briefing_items.create({"kind": "bolo", "title": "Grey Honda near Vanier park",
                                       "starts_at": "2026-11-24 07:00"})
    results = global_search(memory_desk.context, "vanier")
    kinds = [hit.kind for hit in results.hits]
    assert kinds == ["partner", "partner", "neighbourhood", "initiative", "briefing_item",
                     "contact"]
    neighbourhood = results.hits[2]
    assert (neighbourhood.id, neighbourhood.title) == (division.vanier["id"], "Vanier")
    assert neighbourhood.subtitle == "Beat 2 - Eastview · Not assessed yet"
    assert neighbourhood.kind_label == "Neighbourhood"


def test_titles_say_what_each_record_is(memory_desk, division):
    hits = {}
    for hit in global_search(memory_desk.context, "4471").hits:
        hits.setdefault(hit.kind, hit)  # the first of each kind: the newest contact
    assert hits["officer"].title == "Cst. J. Morin"
    assert hits["officer"].subtitle == "Badge 4471 · Platoon C"
    assert hits["contact"].title == "2026-11-20 14:00 · Meeting · Rideau Heights"
    assert hits["contact"].subtitle.startswith("Residents worried about the Compton St. lot")


def test_few_per_kind_and_says_when_there_are_more(memory_desk, division):
    for n in range(7):
        memory_desk.contacts.create({"occurred_at": f"2026-11-0{n + 1} 10:00", "kind": "Phone",
                                     "summary": f"Graffiti report {n}"})
    results = global_search(memory_desk.context, "graffiti", per_kind=5)
    assert [hit.kind for hit in results.hits] == ["contact"] * 5
    assert results.more == {"contact"}


def test_nothing_typed_finds_nothing(memory_desk, division):
    assert not global_search(memory_desk.context, "  ")
    assert not global_search(memory_desk.context, "zzzz")


def test_deleted_records_are_not_found(memory_desk, division):
    memory_desk.partners.delete(division.school["id"])
    hits = global_search(memory_desk.context, "amour").hits
    assert [hit.kind for hit in hits] == []  # nor through the records it was linked to
