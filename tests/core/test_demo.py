from datetime import UTC, date, datetime

from ompm_desktop.demo import build_demo
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.model.sara import Stage
from ompm_desktop.services.desk import Desk

DAY = date(2026, 11, 24)


def _dump(seed):
    desk = Desk.in_memory(clock=lambda: datetime(2026, 11, 24, 23, tzinfo=UTC))
    build_demo(desk, seed=seed, today=DAY)
    rows = [line for line in desk.db.conn.iterdump() if "_sqlite_migrations" not in line]
    current = {desk.assessments.latest(h["id"])["quadrant"] for h in desk.neighbourhoods.list()}
    stages = {i["stage"] for i in desk.initiatives.list()}
    fts = desk.db.execute(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'patrol'").fetchone()[0]
    desk.close()
    return rows, current, stages, fts


def test_same_seed_same_data_other_seed_other_data():
    first, second, other = _dump(7), _dump(7), _dump(8)
    assert first[0] == second[0]
    assert first[0] != other[0]


def test_every_quadrant_and_every_sara_stage_is_there():
    _, current, stages, _ = _dump(7)
    assert current == {q.value for q in Quadrant}
    assert stages == {s.value for s in Stage}


def test_contact_summaries_are_searchable():
    assert _dump(7)[3] > 0


def test_names_read_like_a_real_division(memory_desk):
    build_demo(memory_desk, today=DAY)
    names = [p["name"] for p in memory_desk.partners.list()]
    assert not any(name.startswith("Partner ") for name in names)
    assert memory_desk.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_demo_reads_like_an_ottawa_division_as_of_now():
    """At 13:00 no contact is dated later today; a partner named for a neighbourhood serves
    it; the streets are Ottawa's, not Toronto's or Waterloo's; a constable is 'Cst.'."""
    from moments import FIXED_DAY

    from ompm_desktop.clock import iso

    desk = Desk.in_memory(clock=lambda: FIXED_DAY)
    build_demo(desk)
    latest = desk.db.execute("SELECT max(occurred_at) FROM contact").fetchone()[0]
    assert latest <= iso(FIXED_DAY)
    hoods = {h["id"]: h["name"] for h in desk.neighbourhoods.list()}
    for partner in desk.partners.list("kind IN ('Agency', 'Community group', 'Faith group')"):
        served = [hoods[row[0]] for row in desk.db.execute(
            "SELECT neighbourhood_id FROM partner_neighbourhood WHERE partner_id = ?",
            [partner["id"]])]
        assert any(name in partner["name"] for name in served), (partner["name"], served)
    text = " ".join(str(value) for table in ("contact", "initiative", "neighbourhood",
                                             "partner", "briefing_item", "shift")
                    for row in desk.db.execute(f"SELECT * FROM {table}") for value in row)
    for street in ("Weber St.", "Erb St.", "Hespeler Rd.", "Queen St. E.", "Dundas St.",
                   "King St. W.", "Sunset Blvd."):
        assert street not in text
    assert {o["rank"] for o in desk.officers.list()} == {"Sgt.", "Cst."}
    desk.close()
