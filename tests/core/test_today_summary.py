"""The Today page: what a sergeant needs to know now."""

from records_division import small_division

from ompm_desktop.today import today_summary


def test_today_gathers_what_is_due(memory_desk):
    division = small_division(memory_desk)
    memory_desk.assessments.create({
        "neighbourhood_id": division.vanier["id"], "assessed_on": "2026-10-01",
        "assessor": "Sgt. Roy", "threat": 30, "capacity": 70,
        "computed_quadrant": "safety", "quadrant": "safety"})
    memory_desk.assessments.create({
        "neighbourhood_id": division.westboro["id"], "assessed_on": "2026-05-01",
        "assessor": "Sgt. Roy", "threat": 30, "capacity": 70,
        "computed_quadrant": "safety", "quadrant": "safety"})
    memory_desk.briefing_items.create({"kind": "hazard", "title": "Dog at 12 Elm",
                                       "starts_at": "2026-11-20 07:00",
                                       "expires_at": "2026-12-20 07:00"})
    memory_desk.briefing_items.create({"kind": "bolo", "title": "Expired",
                                       "starts_at": "2026-10-01 07:00",
                                       "expires_at": "2026-10-20 07:00"})
    summary = today_summary(memory_desk)
    assert summary.day.isoformat() == "2026-11-24"
    assert [r["id"] for r in summary.follow_ups_overdue] == [division.lot_contact["id"]]
    assert summary.follow_ups_overdue[0]["follow_up"] == "Call back Ms. Ahmed about lighting"
    assert summary.follow_ups_overdue_count == 1
    assert [r["id"] for r in summary.follow_ups_due_today] == [division.school_contact["id"]]
    assert [r["title"] for r in summary.initiatives_due] == ["Compton St. lot"]
    # Rideau Heights was never assessed; Westboro's last assessment is 207 days old.
    assert [(n["name"], n["last_assessed_on"]) for n in summary.stale_neighbourhoods] == [
        ("Rideau Heights", None), ("Westboro", "2026-05-01")]
    assert [item["title"] for item in summary.briefing_items] == ["Dog at 12 Elm"]
    assert not summary.nothing_pressing


def test_stale_after_follows_the_setting(memory_desk):
    division = small_division(memory_desk)
    memory_desk.assessments.create({
        "neighbourhood_id": division.vanier["id"], "assessed_on": "2026-10-01",
        "assessor": "Sgt. Roy", "threat": 30, "capacity": 70,
        "computed_quadrant": "safety", "quadrant": "safety"})
    memory_desk.settings.set("stale_assessment_days", 30)
    names = [n["name"] for n in today_summary(memory_desk).stale_neighbourhoods]
    assert "Vanier" in names


def test_done_follow_ups_and_closed_initiatives_drop_off(memory_desk):
    division = small_division(memory_desk)
    memory_desk.contacts.mark_follow_up_done(division.lot_contact["id"])
    memory_desk.initiatives.update(division.lot["id"], {"status": "closed"})
    summary = today_summary(memory_desk)
    assert summary.follow_ups_overdue == [] and summary.initiatives_due == []


def test_an_empty_division_has_nothing_pressing(memory_desk):
    summary = today_summary(memory_desk)
    assert summary.nothing_pressing and summary.shift is None


def test_the_current_shift_and_its_supervisor(memory_desk):
    division = small_division(memory_desk)
    memory_desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                               "platoon": "C", "supervisor_id": division.tremblay["id"]})
    summary = today_summary(memory_desk)
    assert summary.shift["platoon"] == "C"
    assert summary.shift_supervisor == "Sgt. J. Tremblay"


def test_the_summary_says_how_many_neighbourhoods_there_are(memory_desk):
    assert today_summary(memory_desk).neighbourhood_count == 0
    small_division(memory_desk)
    assert today_summary(memory_desk).neighbourhood_count == 3
