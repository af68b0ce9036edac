"""Whatever a person types, a service answers with a domain error or a saved record: never a
crash, never a changed database after a rejected input, and an accepted one saved as the
service cleaned it, read back the same, and saved again unchanged (a record opened and saved
as it is must not be refused or altered)."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk

anything = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat(sep=" ")),
    st.lists(st.text(max_size=10), max_size=3),
)


# Fields a service works out itself from the others, whatever was given for them.
DERIVED = {
    # No capacity yet: not placed, so no quadrant, computed or chosen, and no reason.
    "assessments": ("quadrant", "computed_quadrant", "override_reason", "score_references"),
    "briefing_items": ("expires_at",),  # a BOLO without an expiry gets the default one
}


@pytest.fixture(scope="module")
def desk():
    opened = Desk.in_memory(clock=lambda: datetime(2026, 11, 24, 23, 0, tzinfo=UTC))
    beat = opened.beats.create({"name": "Beat 1"})
    hood = opened.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    officer = opened.officers.create({"badge": "1", "last_name": "Morin"})
    partner = opened.partners.create({"name": "CMHA", "kind": "Agency"})
    shift = opened.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00"})
    opened.valid = {  # a valid record of each kind, to mutate one field at a time
        "beats": {"name": "Beat 9"},
        "neighbourhoods": {"name": "Overbrook", "beat_id": beat["id"], "population": 5000},
        "partners": {"name": "École Saint-Amour", "kind": "School",
                     "neighbourhood_ids": [hood["id"]]},
        "officers": {"badge": "77", "last_name": "Roy", "rank": "Sgt.", "platoon": "C"},
        "contacts": {"occurred_at": "2026-11-20 14:00", "kind": "Meeting",
                     "officer_id": officer["id"], "partner_ids": [partner["id"]],
                     "follow_up": "Call back", "follow_up_due": "2026-11-30"},
        "initiatives": {"title": "Compton lot", "quadrant": "enforcement",
                        "next_step": "Lighting audit", "next_step_due": "2026-11-28"},
        "assessments": {"neighbourhood_id": hood["id"], "assessed_on": "2026-11-01",
                        "assessor": "Sgt. Roy", "threat": 60, "capacity": 40,
                        "computed_quadrant": "enforcement", "quadrant": "enforcement"},
        "shifts": {"starts_at": "2026-11-25 07:00", "ends_at": "2026-11-25 19:00"},
        "assignments": {"shift_id": shift["id"], "officer_id": officer["id"],
                        "beat_id": beat["id"], "call_sign": "2A11"},
        "directed_tasks": {"shift_id": shift["id"], "text": "Directed patrol, Compton lot"},
        "briefing_items": {"kind": "bolo", "title": "Grey Honda Civic",
                           "starts_at": "2026-11-24 19:00", "expires_at": "2026-12-24 19:00"},
    }
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "kind",
    ["beats", "neighbourhoods", "partners", "officers", "contacts", "initiatives",
     "assessments", "shifts", "assignments", "directed_tasks", "briefing_items"],
)
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_input_gives_a_record_or_a_domain_error(desk, kind, data):
    service = getattr(desk, kind)
    names = list(service.fields) + list(service.links)
    payload = dict(desk.valid[kind])
    for name in data.draw(st.lists(st.sampled_from(names), unique=True, min_size=1, max_size=3)):
        payload[name] = data.draw(anything, label=name)
    before = list(desk.db.conn.iterdump())
    try:
        created = service.create(payload)
    except DeskError:
        assert list(desk.db.conn.iterdump()) == before
        return
    assert service.get(created["id"]) == created
    for name, spec in service.fields.items():
        if name in payload and name not in DERIVED.get(kind, ()):
            assert created[name] == spec.clean(name, payload[name]), name
    for name in service.links:
        if name in payload:
            given = payload[name] or []
            assert created[name] == list(dict.fromkeys(str(i) for i in given)), name
    audited = desk.db.execute("SELECT count(*) FROM audit_log WHERE row_id = ? AND "
                              "action = 'create'", [created["id"]]).fetchone()[0]
    assert audited == 1
    saved_again = service.update(created["id"], {
        name: created[name] for name in [*service.fields, *service.links]})
    assert {**saved_again, "updated_at": None} == {**created, "updated_at": None}
