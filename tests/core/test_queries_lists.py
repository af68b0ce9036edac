"""The lists of officers, beats, neighbourhoods and briefing items."""

import pytest
from records_division import small_division

from ompm_desktop.queries import BEATS, LISTS, NEIGHBOURHOODS, OFFICERS, ListRequest
from ompm_desktop.queries.choices import beat_options


@pytest.fixture
def division(memory_desk):
    return small_division(memory_desk)


def test_officers_sorted_filtered_and_searched(memory_desk, division):
    memory_desk.officers.create({"badge": "12", "last_name": "Àubin", "platoon": "A",
                                 "active": 0})
    names = [r["name"] for r in OFFICERS.page(memory_desk.context)]
    assert names == ["Cst. Àubin", "Cst. J. Morin", "Sgt. J. Tremblay"]  # accents sort as read
    badges = [r["badge"] for r in OFFICERS.page(memory_desk.context, ListRequest(sort="badge"))]
    assert badges == ["12", "3310", "4471"]  # as numbers read, not as text
    platoon_c = OFFICERS.page(memory_desk.context, ListRequest(filters={"platoon": "C",
                                                                        "active": "1"}))
    assert [r["badge"] for r in platoon_c] == ["4471", "3310"]
    assert [r["badge"] for r in OFFICERS.page(memory_desk.context,
                                              ListRequest(search="aubin"))] == ["12"]


def test_beats_and_neighbourhoods(memory_desk, division):
    beat = BEATS.row(memory_desk.context, division.beat["id"])
    assert beat["neighbourhoods"] == "Rideau Heights; Vanier"
    memory_desk.assessments.create({
        "neighbourhood_id": division.vanier["id"], "assessed_on": "2026-10-01",
        "assessor": "Sgt. Roy", "threat": 70, "capacity": 20,
        "computed_quadrant": "enforcement", "quadrant": "enforcement"})
    vanier = NEIGHBOURHOODS.row(memory_desk.context, division.vanier["id"])
    assert NEIGHBOURHOODS.display(vanier, "quadrant") == "Enforcement & Crime Suppression"
    assert NEIGHBOURHOODS.display(vanier, "population") == "16,000"
    assert vanier["beat"] == "Beat 2 - Eastview"
    in_red = NEIGHBOURHOODS.page(memory_desk.context,
                                 ListRequest(filters={"quadrant": "enforcement"}))
    assert [r["name"] for r in in_red] == ["Vanier"]
    by_beat = NEIGHBOURHOODS.page(memory_desk.context, ListRequest(search="westboro"))
    assert [r["name"] for r in by_beat] == ["Westboro"]


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_every_list_sorts_by_every_column_and_takes_every_filter(memory_desk, division, kind):
    record_list = LISTS[kind]
    for column in record_list.columns:
        if column.sortable:
            for descending in (False, True):
                record_list.page(memory_desk.context, ListRequest(sort=column.key,
                                                                  descending=descending))
    for key, found in record_list.filters.items():
        for value, label in found.options(memory_desk.context):
            assert label
            record_list.count(memory_desk.context, ListRequest(filters={key: value}))
    assert record_list.count(memory_desk.context, ListRequest(search="vanier morin")) >= 0


def test_choices_for_the_forms(memory_desk, division):
    from ompm_desktop.queries.choices import neighbourhood_options, officer_options, partner_options

    memory_desk.officers.update(division.morin["id"], {"active": 0})
    assert [label for _, label in officer_options(memory_desk.context)] == [
        "Sgt. J. Tremblay · 3310", "Cst. J. Morin · 4471 (inactive)"]
    assert [label for _, label in neighbourhood_options(memory_desk.context)] == [
        "Rideau Heights", "Vanier", "Westboro"]
    memory_desk.partners.create({"name": "Marcel Lavoie", "kind": "Business"})
    labels = [label for _, label in partner_options(memory_desk.context)]
    assert "Marcel Lavoie (Business)" in labels and "Marcel Lavoie (Resident leader)" in labels


def test_beats_are_listed_as_a_person_counts_them(memory_desk):
    """Beat 2 before Beat 10, in the service's lists, the pickers' choices and the list page."""
    for name in ("Beat 10", "Beat 2", "beat 1", "Beat 1A"):
        memory_desk.beats.create({"name": name})
    expected = ["beat 1", "Beat 1A", "Beat 2", "Beat 10"]
    assert [b["name"] for b in memory_desk.beats.list()] == expected
    assert [name for _id, name in beat_options(memory_desk.context)] == expected
    page = BEATS.page(memory_desk.context, ListRequest(sort="name"), 0, 10)
    assert [row["name"] for row in page] == expected
