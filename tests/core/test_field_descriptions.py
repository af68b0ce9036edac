"""One description per kind of record: the partners' list columns, search, and import and
export columns are made from the service's `fields` table, so a field added there shows in
each of them without another file being written for it."""

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType

from records_division import small_division

from ompm_desktop.queries import PARTNERS, ListRequest, RecordList, people_places
from ompm_desktop.queries import contacts as contact_lists
from ompm_desktop.queries import initiatives as initiative_lists
from ompm_desktop.queries.field_columns import field_columns, field_search_sql
from ompm_desktop.services.briefing_items import BriefingItemService
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.fields import Field, flag, text
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.partners import PartnerService
from ompm_desktop.transfer.exporter import columns
from ompm_desktop.transfer.field_targets import plain_field_targets
from ompm_desktop.transfer.kinds import KINDS
from ompm_desktop.transfer.kinds import contacts as contact_kind
from ompm_desktop.transfer.kinds import neighbourhoods as neighbourhood_kind
from ompm_desktop.transfer.kinds import officers as officer_kind
from ompm_desktop.transfer.kinds.partners import PartnerImport
from ompm_desktop.transfer.mapping import Target

WITH_A_NEW_FIELD = {**PartnerService.fields,
                    "parking": text("Parking", listed=True, searched=True,
                                    aliases=("parking spots",)),
                    "wheelchair": flag("Wheelchair access", default=0, listed=True),
                    "sector": Field("Sector", "choice", required=True, choices=("N", "S"),
                                    default="N")}


def test_a_field_added_to_the_service_is_a_column_a_search_and_an_import_target():
    listed = {column.key: column for column in field_columns("partner", WITH_A_NEW_FIELD)}
    assert list(listed)[-2:] == ["parking", "wheelchair"]  # the sector is not listed
    assert listed["parking"].label == "Parking" and listed["parking"].sort_sql == (
        "fold(partner.parking)",)
    assert listed["wheelchair"].display(1) == "Yes" and listed["wheelchair"].display(0) == ""
    assert "fold(parking) LIKE {like}" in field_search_sql("partner", WITH_A_NEW_FIELD)
    targets = {target.name: target for target in plain_field_targets(WITH_A_NEW_FIELD)}
    assert targets["parking"].aliases == ("parking spots",)
    assert targets["wheelchair"].kind == "bool"
    assert [name for name, target in targets.items() if target.required] == ["name", "kind"]


def test_the_partners_list_import_and_export_follow_the_service():
    fields = PartnerService.fields
    keys = [column.key for column in PARTNERS.columns]
    assert [name for name in fields if fields[name].listed] == [
        key for key in keys if key in fields]
    target_names = [target.name for target in PartnerImport.targets]
    assert [name for name in target_names if name in fields] == list(fields)
    exported = [name for name, _, _ in columns("partners")]
    assert [name for name in exported if name in fields] == list(fields)
    headers = {name: header for name, header, _ in columns("partners")}
    assert headers["natural_leader"] == "Natural community leader"
    assert [c.label for c in PARTNERS.columns if c.key in ("contact_name", "natural_leader")] == [
        "Contact", "Natural leader"]


def test_search_looks_in_every_searched_field(memory_desk):
    small_division(memory_desk)
    for word, name in (("555-0142", "Rideau Heights Tenants' Association"),
                       ("chair", "Rideau Heights Tenants' Association"),
                       ("school", "École Saint-Amour")):
        found = PARTNERS.page(memory_desk.context, ListRequest(search=word))
        assert [row["name"] for row in found] == [name], word


def test_flags_usually_off_show_where_they_are_on_and_the_others_both_ways(memory_desk):
    small_division(memory_desk)
    rows = {row["name"]: row for row in PARTNERS.page(memory_desk.context)}
    school, leader = rows["École Saint-Amour"], rows["Marcel Lavoie"]
    assert PARTNERS.display(school, "natural_leader") == ""
    assert PARTNERS.display(leader, "natural_leader") == "Yes"
    assert PARTNERS.display(school, "active") == "Yes"


# ---- the other kinds: a plain field added to the service's table, and nothing else -----

NEW_FIELD = text("Languages spoken", listed=True, searched=True, aliases=("langues",))


@contextmanager
def with_new_field(service: type, list_module: ModuleType, kind_module: ModuleType | None = None,
                   kind_name: str = "") -> Iterator[tuple[ModuleType, ModuleType | None]]:
    """The list's and the import's modules made again from the service's table with one
    more field in it (the registry of import kinds pointing at the new import), then put back
    as they were. A kind with no import has no `kind_module`."""
    before, kind_before = service.fields, KINDS.get(kind_name)
    service.fields = {**before, "languages": NEW_FIELD}
    try:
        lists = importlib.reload(list_module)
        kinds = importlib.reload(kind_module) if kind_module else None
        if kinds is not None:
            KINDS[kind_name] = next(value for value in vars(kinds).values()
                                    if getattr(value, "name", None) == kind_name
                                    and isinstance(value, type))
        yield lists, kinds
    finally:
        service.fields = before
        importlib.reload(list_module)
        if kind_module is not None and kind_before is not None:
            importlib.reload(kind_module)
            KINDS[kind_name] = kind_before


def assert_the_new_field_shows_everywhere(record_list: RecordList, targets: Sequence[Target],
                                          kind_name: str) -> None:
    column = record_list.by_key["languages"]
    assert (column.label, column.key) == ("Languages spoken", "languages")
    assert any("fold(languages) LIKE" in sql for sql in record_list.search_sql)
    [target] = [target for target in targets if target.name == "languages"]
    assert (target.label, target.aliases, target.required) == (
        "Languages spoken", ("langues",), False)
    assert ("languages", "Languages spoken", "text") in columns(kind_name)


def test_a_field_added_to_the_officers_service_shows_in_list_search_import_and_export():
    with with_new_field(OfficerService, people_places, officer_kind,
                        "officers") as (lists, kinds):
        assert_the_new_field_shows_everywhere(lists.OFFICERS, kinds.OfficerImport.targets,
                                              "officers")
        assert [c.key for c in lists.OFFICERS.columns] == [
            "badge", "name", "rank", "platoon", "active", "languages"]
    assert "languages" not in OfficerService.fields
    assert "languages" not in people_places.OFFICERS.by_key


def test_a_field_added_to_the_neighbourhoods_service_shows_in_list_search_import_and_export():
    with with_new_field(NeighbourhoodService, people_places, neighbourhood_kind,
                        "neighbourhoods") as (lists, kinds):
        assert_the_new_field_shows_everywhere(
            lists.NEIGHBOURHOODS, kinds.NeighbourhoodImport.targets, "neighbourhoods")
        assert [c.key for c in lists.NEIGHBOURHOODS.columns] == [
            "name", "beat", "population", "languages", "quadrant", "assessed_on"]
        assert "languages" in kinds.FIELDS
    # The boundary is drawn on the map: never a column of a file.
    assert [name for name, _, _ in columns("neighbourhoods")] == [
        "id", "name", "beat", "population", "description"]


def test_a_field_added_to_the_briefing_items_service_shows_in_the_list_and_search():
    """Briefing items are neither imported nor exported: the list and search are all."""
    with with_new_field(BriefingItemService, people_places) as (lists, _kinds):
        items = lists.BRIEFING_ITEMS
        assert [c.key for c in items.columns] == [
            "title", "kind", "scope", "starts_at", "expires_at", "languages"]
        assert items.by_key["languages"].label == "Languages spoken"
        assert items.search_sql == (
            "SELECT rowid FROM briefing_item WHERE fold(title) LIKE {like} OR fold(text) "
            "LIKE {like} OR fold(languages) LIKE {like}",)
    assert "languages" not in people_places.BRIEFING_ITEMS.by_key


def test_a_field_added_to_the_contacts_service_shows_in_list_search_import_and_export():
    with with_new_field(ContactService, contact_lists, contact_kind, "contacts") as (
            lists, kinds):
        assert kinds is not None
        assert_the_new_field_shows_everywhere(lists.CONTACTS, kinds.ContactImport.targets,
                                              "contacts")
        assert [c.key for c in lists.CONTACTS.columns] == [
            "occurred_at", "officer", "neighbourhood", "partners", "kind", "activity",
            "summary", "follow_up_due", "follow_up_state", "languages"]
        assert "languages" in kinds.FIELDS
    # What only the form records stays out of files; the officer, the neighbourhood and the
    # partners are named, not given by id.
    assert [name for name, _, _ in columns("contacts")] == [
        "id", "occurred_at", "officer_badge", "neighbourhood", "kind", "activity", "partners",
        "summary", "situation_table_agency", "follow_up", "follow_up_due", "follow_up_done_at"]
    assert "languages" not in contact_lists.CONTACTS.by_key


def test_a_field_added_to_the_initiatives_service_shows_in_the_list_and_search():
    """Initiatives are neither imported nor exported: the list and search are all. A new
    column comes before the status, the linked partners and the last change."""
    with with_new_field(InitiativeService, initiative_lists) as (lists, _kinds):
        found = lists.INITIATIVES
        assert [c.key for c in found.columns] == [
            "title", "neighbourhoods", "quadrant", "stage", "lead", "next_step",
            "next_step_due", "languages", "status", "partners", "updated_at"]
        assert found.by_key["languages"].label == "Languages spoken"
        assert "OR fold(languages) LIKE {like}" in found.search_sql[0]
    assert "languages" not in initiative_lists.INITIATIVES.by_key
