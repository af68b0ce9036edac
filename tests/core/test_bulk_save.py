"""The bulk save (services/bulk_save.py) stores exactly what the single-record save stores
for the same rows: the records, their links, the search index, the audit log; and refuses
exactly what it refuses. Each database is compared with another fed through create()."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS, PARTNER_KINDS
from ompm_desktop.search import global_search
from ompm_desktop.services import audit
from ompm_desktop.services.bulk_save import clean_new, create_cleaned
from ompm_desktop.services.desk import Desk
from ompm_desktop.services.record_service import RecordService
from tests.conftest import FIXED_NOW

OFFICERS = ["officer-1", "officer-2"]
HOODS = ["hood-1", "hood-2"]
AGENCIES = ["agency-1", "agency-2"]
RESIDENTS = ["resident-1"]


@contextmanager
def division() -> Iterator[Desk]:
    """A division with the same officers, neighbourhoods and partners (the same ids)."""
    desk = Desk.in_memory(clock=lambda: FIXED_NOW)
    desk.actor = "Sgt. Test"
    for n, record_id in enumerate(OFFICERS):
        desk.officers.create({"id": record_id, "badge": f"{100 + n}", "last_name": "Morin"})
    for n, record_id in enumerate(HOODS):
        desk.neighbourhoods.create({"id": record_id, "name": f"Vanier {n}"})
    for n, record_id in enumerate(AGENCIES):
        desk.partners.create({"id": record_id, "name": f"Agency {n}", "kind": "Agency"})
    desk.partners.create({"id": RESIDENTS[0], "name": "Jo Resident", "kind": "Resident leader",
                          "is_organization": 0})
    try:
        yield desk
    finally:
        desk.close()


def one_by_one(service: RecordService, rows: list[dict[str, Any]]) -> list[str | None]:
    """The single-record save: each row's error, or None if it was saved."""
    said: list[str | None] = []
    for data in rows:
        try:
            service.create(data)
            said.append(None)
        except ValidationError as error:
            said.append(f"{error.field}: {error.message}")
    return said


def in_bulk(service: RecordService, rows: list[dict[str, Any]]) -> list[str | None]:
    """The bulk save: each row cleaned once, the good ones written together."""
    said: list[str | None] = []
    clean = []
    for data in rows:
        try:
            clean.append(clean_new(service, data))
            said.append(None)
        except ValidationError as error:
            said.append(f"{error.field}: {error.message}")
    with service.db.atomic():
        create_cleaned(service, clean)
    return said


def stored(desk: Desk, table: str, links: dict[str, str]) -> dict[str, Any]:
    """Everything kept for the table's records, their ids named by the order they were
    added (new ids are random): rows, links, search index (every term, row, column and
    position), audit entries as the log reads them."""
    names = {row[0]: f"#{n}" for n, row in enumerate(desk.db.execute(
        f"SELECT id FROM {table} ORDER BY rowid"))}
    for other in links:  # a table of their own, as personal details are
        if "id" in desk.db[other].columns_dict:
            names.update({row[0]: f"{other} #{n}" for n, row in enumerate(desk.db.execute(
                f"SELECT id FROM {other} ORDER BY rowid"))})

    def named(value: Any) -> Any:
        if isinstance(value, list):
            return [named(v) for v in value]
        if isinstance(value, dict):
            return {k: named(v) for k, v in value.items()}
        return names.get(value, value) if isinstance(value, str) else value

    rows = [named(dict(row)) for row in desk.db.query(f"SELECT * FROM {table} ORDER BY rowid")]
    linked = {link: sorted(named(list(row)) for row in desk.db.execute(
        f"SELECT {own}, * FROM {link} ORDER BY rowid")) for link, own in links.items()}
    desk.db.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {table}_fts, "
                    "instance)")
    index = desk.db.execute("SELECT * FROM temp.vocab ORDER BY 1, 2, 3, 4").fetchall()
    desk.db.execute("DROP TABLE temp.vocab")
    desk.db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    log = [named({key: entry[key] for key in ("at", "actor", "account", "action", "table_name",
                                              "row_id", "before", "after")})
           for entry in reversed(audit.entries(desk.db, table=table, limit=10_000))]
    return {"rows": rows, "links": linked, "index": index, "audit": log}


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
words = st.sampled_from(["", "lane behind the plaza", "Côte-des-Neiges \"quoted\"",
                         "call 613-555-0199", "line\nbreak\tand tab", "  padded  ",
                         "nul \x00 inside"])
contact = st.fixed_dictionaries({
    "occurred_at": st.sampled_from(["2026-11-20T14:30:00-05:00", "2026-01-02 09:15",
                                    "", "not a date"]),
    "officer_id": st.sampled_from([None, *OFFICERS]),
    "neighbourhood_id": st.sampled_from([None, *HOODS, "gone"]),
    "kind": st.sampled_from([*CONTACT_KINDS[:4], "Referral to a Situation Table", "Nope"]),
    "summary": st.one_of(words, text),
}, optional={
    "activity": st.sampled_from(["", *CONTACT_ACTIVITIES]),
    "follow_up": st.one_of(words, text),
    "follow_up_due": st.sampled_from(["", "2026-12-01"]),
    "situation_table_agency": st.sampled_from(["", "CMHA"]),
    "identification_requested": st.sampled_from([0, 1]),
    "partner_ids": st.lists(st.sampled_from([*AGENCIES, *RESIDENTS]), max_size=3),
})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(contact, max_size=8))
def test_contacts_saved_in_bulk_are_stored_as_one_by_one(rows):
    with division() as single, division() as bulk:
        said = one_by_one(single.contacts, rows)
        assert in_bulk(bulk.contacts, rows) == said  # the same refusals, the same words
        links = {"contact_partner": "contact_id"}
        assert stored(bulk, "contact", links) == stored(single, "contact", links)


partner = st.fixed_dictionaries({
    "kind": st.sampled_from([*PARTNER_KINDS[:3], "Nope"]),
    "contact_name": st.one_of(words, text),
    "notes": st.one_of(words, text),
}, optional={
    "email": st.sampled_from(["", "desk@example.org", "not an email"]),
    "is_organization": st.sampled_from([0, 1]),
    "phone": text,
    "neighbourhood_ids": st.lists(st.sampled_from([*HOODS, "gone"]), max_size=2),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(st.one_of(words, text), partner), max_size=6,
                     unique_by=lambda pair: pair[0].strip().casefold()))
def test_partners_saved_in_bulk_are_stored_as_one_by_one(rows):
    # Names differ: two alike in one batch are refused by the import before either is saved.
    data = [{"name": f"P {name}", **fields} for name, fields in rows]
    with division() as single, division() as bulk:
        said = one_by_one(single.partners, data)
        assert in_bulk(bulk.partners, data) == said
        links = {"partner_neighbourhood": "partner_id", "partner_risk": "partner_id"}
        assert stored(bulk, "partner", links) == stored(single, "partner", links)


def test_records_saved_in_bulk_are_found_by_search_and_edited_as_any(memory_desk):
    service = memory_desk.contacts
    ids = create_cleaned(service, [clean_new(service, {
        "occurred_at": "2026-11-20 14:30", "kind": "Meeting",
        "summary": f"Graffiti on the underpass, visit {n}"}) for n in range(3)])
    hits = global_search(memory_desk.context, "underpass").hits
    assert sorted(hit.id for hit in hits) == sorted(ids)
    service.update(ids[0], {"summary": "Swings repaired"})  # the index follows the edit
    service.delete(ids[1])  # to the recently deleted records
    assert [hit.id for hit in global_search(memory_desk.context, "underpass").hits] == [ids[2]]
    assert [record["id"] for record in service.deleted()] == [ids[1]]
    memory_desk.db.execute("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
    changes = audit.entries(memory_desk.db, row_id=ids[0])  # who changed this, newest first
    assert [(e["action"], e["actor"]) for e in changes] == [("update", "Sgt. Test"),
                                                          ("create", "Sgt. Test")]
    assert changes[0]["before"] == changes[1]["after"]
    assert changes[1]["after"]["summary"] == "Graffiti on the underpass, visit 0"


def test_a_batch_that_fails_leaves_nothing_and_the_index_trigger_in_place(memory_desk):
    service = memory_desk.contacts
    triggers = memory_desk.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    clean = [clean_new(service, {"occurred_at": "2026-11-20 14:30", "kind": "Meeting",
                                 "summary": "Lights out", "id": "same"}) for _ in range(2)]
    with pytest.raises(sqlite3.IntegrityError):
        create_cleaned(service, clean)
    assert memory_desk.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall() == triggers
    assert service.count() == 0
    assert not audit.entries(memory_desk.db, table="contact")
    service.create({"occurred_at": "2026-11-20 14:30", "kind": "Meeting",
                    "summary": "Lights out"})  # the trigger indexes a record saved alone
    assert len(global_search(memory_desk.context, "lights").hits) == 1


def test_a_service_that_adds_to_create_is_not_saved_in_bulk(memory_desk):
    with pytest.raises(TypeError):
        create_cleaned(memory_desk.initiatives, [])


CONTACTS_FILE = """\
When,Officer's badge,Neighbourhood,Kind of contact,Partners,Summary,Follow-up,Follow-up due
2026-11-20 14:30,100,Vanier 0,Meeting,Agency 0; Agency 1,Lane behind the plaza,Call back,2026-12-01
2026-11-21 09:00,101,Vanier 1,Patrol conversation,Jo Resident,"Said ""hello"", Côte-des-Neiges",,
2026-11-21 09:00,,,Phone,,call 613-555-0199 about the park,,
"""
PARTNERS_FILE = """Name,Kind,Contact name,Neighbourhoods,Notes,Home phone,Personal email
Rideau Food Bank,Agency,Ann Lee,Vanier 0; Vanier 1,Tuesdays,,
Mo Ahmed,Resident leader,,Vanier 1,Runs the tenants' group,613-555-0100,mo@example.org
Agency 0,Agency,New contact,,,,
"""


@pytest.mark.parametrize(("kind", "content", "table", "links"), [
    ("contacts", CONTACTS_FILE, "contact", {"contact_partner": "contact_id"}),
    ("partners", PARTNERS_FILE, "partner", {"partner_neighbourhood": "partner_id",
                                            "partner_personal": "partner_id"}),
])
def test_an_import_stores_what_it_stored_record_by_record(tmp_path, monkeypatch, kind, content,
                                                          table, links):
    from ompm_desktop.transfer import importer
    from ompm_desktop.transfer.kinds import base

    path = tmp_path / f"{kind}.csv"
    path.write_text(content, encoding="utf-8")
    found = []
    for bulk in (True, False):
        if not bulk:  # the import as it was: each new record through create_many
            monkeypatch.setattr(base, "saves_in_bulk", lambda service: False)
        with division() as desk:
            result = importer.import_file(desk, kind, path)
            found.append((result.summary(), [row.notes for row in result.plan.rows],
                          stored(desk, table, links)))
    assert found[0] == found[1]
    assert "1 updated" in found[0][0] or kind == "contacts"


def test_a_file_found_damaged_while_saving_in_bulk_is_not_taken_for_sound(desk):
    class Damaged:  # the connection, its many-row statements finding the file damaged
        def __init__(self, conn):
            self.conn = conn

        def __getattr__(self, name):
            return getattr(self.conn, name)

        def executemany(self, sql, rows):
            raise sqlite3.DatabaseError("database disk image is malformed")

    clean = [clean_new(desk.contacts, {"occurred_at": "2026-11-20 14:30", "kind": "Meeting"})]
    real, desk.db.conn = desk.db.conn, Damaged(desk.db.conn)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            create_cleaned(desk.contacts, clean)
    finally:
        desk.db.conn = real
    assert desk.db.damage_seen
