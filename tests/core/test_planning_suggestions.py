"""Suggested directed tasks per beat: from the quadrants, initiatives, follow-ups and
briefing items; taken with one call each, and written by hand."""

import pytest
from planning_division import assess, planning_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.planning import add_task, suggest_tasks, take_suggestion
from ompm_desktop.planning.quadrant_tasks import QUADRANT_TASKS


@pytest.fixture
def division(desk):
    return planning_division(desk)


def beat_named(plan, name):
    [beat] = [b for b in plan if b.name == name]
    return beat


def texts(beat, kind=None):
    return [s.text for s in beat.suggestions if kind is None or s.source_kind == kind]


def test_every_suggested_action_is_one_of_the_models_actions():
    for quadrant, tasks in QUADRANT_TASKS.items():
        assert {t.action for t in tasks} <= set(QUADRANTS[quadrant].actions)
        assert len({t.stem for t in tasks}) == len(tasks)


def test_a_red_neighbourhood_suggests_hot_spot_patrol_and_crime_analysis(desk, division):
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    rideau = [s for s in eastview.suggestions if s.source_kind == "quadrant"
              and s.source_id == division.rideau["id"]]
    assert [s.text for s in rideau] == [
        "Directed patrol of the hot spots in Rideau Heights",
        "Crime analysis follow-up in Rideau Heights: check the latest calls and incidents on "
        "patrol and report what you see",
        "Monitor crime reduction in Rideau Heights: compare the calls and incidents with those "
        "of its last assessment",
        "Problem-solving in Rideau Heights: note a recurring problem and who could help",
    ]
    assert rideau[0].reason == "Rideau Heights is in Enforcement & Crime Suppression (Enforcement)"
    assert all(s.beat_id == division.beat["id"] for s in rideau)


def test_a_blue_neighbourhood_suggests_liaison_with_its_partner_and_at_risk_checks(desk,
                                                                                   division):
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    vanier = [s.text for s in eastview.suggestions if s.source_id == division.vanier["id"]
              and s.source_kind == "quadrant"]
    # Marcel Lavoie was contacted on 24 Nov like the school, so the order is by name.
    assert vanier[0] == "Liaison visit in Vanier: drop in on École Saint-Amour"
    # Then the model's other actions there, in its order, early intervention with an agency.
    assert vanier[1:] == [
        "Public education in Vanier: a safety talk where people gather",
        "Check on at-risk groups in Vanier: youth, seniors, shelters",
        "Partner in early intervention in Vanier: refer a person at risk to École Saint-Amour"]


def test_green_and_amber_neighbourhoods_get_their_own_actions(desk, division):
    westboro = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 5 - Westboro")
    assert texts(westboro, "quadrant") == [
        "Engage leaders in Westboro: meet a natural community leader",  # none on file
        "Consultation in Westboro: ask residents what worries them about their safety",
        # Target hardening, CPTED and watch programs: where it is relatively secure.
        "Monitor hazards in Westboro: note what could threaten safety, and where locks, "
        "lighting or a watch program would help",
    ]
    assess(desk, division.westboro, "mobilization", 30, 20)  # a newer assessment... same day
    desk.assessments.update(desk.assessments.latest(division.westboro["id"])["id"],
                            {"assessed_on": "2026-11-01"})
    westboro = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 5 - Westboro")
    assert [s.text.split(":")[0] for s in westboro.suggestions] == [
        "Mobilize partners in Westboro", "Problem-oriented patrol in Westboro",
        "Monitor crime prevention in Westboro"]


def test_red_comes_before_blue_and_a_neighbourhood_never_assessed_suggests_nothing(
        desk, division):
    desk.neighbourhoods.create({"name": "Overbrook", "beat_id": division.beat["id"]})
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    quadrant = [s for s in eastview.suggestions if s.source_kind == "quadrant"]
    assert [s.source_id for s in quadrant] == [division.rideau["id"]] * 4 + [
        division.vanier["id"]] * 4
    assert [h.quadrant for h in eastview.neighbourhoods] == [None, Quadrant.ENFORCEMENT,
                                                             Quadrant.ENGAGEMENT]


def test_initiatives_whose_next_step_is_due_suggest_it(desk, division):
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    [initiative] = [s for s in eastview.suggestions if s.source_kind == "initiative"]
    assert initiative.text == "Compton St. lot: Lighting audit with the city"
    assert initiative.reason == "Next step due 2026-11-23, overdue"
    assert initiative.source_id == division.lot["id"]
    # "Count racks" is due 15 Dec: not yet. Due on the morning the shift ends, it counts.
    desk.initiatives.update(division.bikes["id"], {"next_step_due": "2026-11-25"})
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    assert "Bike thefts near the school: Count racks" in texts(eastview, "initiative")
    desk.initiatives.update(division.bikes["id"], {"status": "on hold"})
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    assert texts(eastview, "initiative") == ["Compton St. lot: Lighting audit with the city"]


def test_follow_ups_due_are_suggested_in_their_beat(desk, division):
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    assert texts(eastview, "follow_up") == [
        "Follow-up: Call back Ms. Ahmed about lighting (Rideau Heights Tenants' Association)",
        "Follow-up: Send the bike rodeo dates (École Saint-Amour; Marcel Lavoie)",
    ]
    desk.contacts.mark_follow_up_done(division.lot_contact["id"])
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    assert len(texts(eastview, "follow_up")) == 1


def test_briefing_items_suggest_directed_patrols_and_lookouts_in_their_beat(desk, division):
    plan = suggest_tasks(desk, division.shift["id"])
    eastview = beat_named(plan, "Beat 2 - Eastview")
    assert texts(eastview, "briefing_item") == [
        "Directed patrol: Compton St. lot 22:00-02:00",
        "Look out for: Grey Honda Civic, plate CBKR 123",
    ]
    assert texts(eastview)[:2] == texts(eastview, "briefing_item")  # items come first
    # A hazard is read at the briefing, not a task; and Westboro has no item.
    assert texts(beat_named(plan, "Beat 5 - Westboro"), "briefing_item") == []
    assert [b.name for b in plan] == ["Beat 2 - Eastview", "Beat 5 - Westboro"]


def test_taking_a_suggestion_makes_a_directed_task_once(desk, division):
    shift_id = division.shift["id"]
    eastview = beat_named(suggest_tasks(desk, shift_id), "Beat 2 - Eastview")
    patrol = eastview.suggestions[0]
    task = take_suggestion(desk, shift_id, patrol)
    assert (task["text"], task["beat_id"], task["source_kind"], task["source_id"]) == (
        "Directed patrol: Compton St. lot 22:00-02:00", division.beat["id"], "briefing_item",
        division.patrol["id"])
    assert take_suggestion(desk, shift_id, patrol)["id"] == task["id"]
    eastview = beat_named(suggest_tasks(desk, shift_id), "Beat 2 - Eastview")
    assert eastview.suggestions[0].task_id == task["id"]
    assert len(eastview.open_suggestions) == len(eastview.suggestions) - 1
    assert [t["id"] for t in eastview.tasks] == [task["id"]]


def test_a_quadrant_task_stays_taken_when_its_partner_changes(desk, division):
    shift_id = division.shift["id"]
    eastview = beat_named(suggest_tasks(desk, shift_id), "Beat 2 - Eastview")
    [liaison] = [s for s in eastview.suggestions if s.text.startswith("Liaison visit")]
    take_suggestion(desk, shift_id, liaison)
    desk.contacts.create({"occurred_at": "2026-11-24 12:00", "kind": "Phone",
                          "partner_ids": [division.school["id"]]})
    eastview = beat_named(suggest_tasks(desk, shift_id), "Beat 2 - Eastview")
    [liaison] = [s for s in eastview.suggestions if s.text.startswith("Liaison visit")]
    assert liaison.text == "Liaison visit in Vanier: drop in on Marcel Lavoie"
    assert liaison.taken


def test_a_task_written_by_hand_goes_to_its_beat(desk, division):
    shift_id = division.shift["id"]
    task = add_task(desk, shift_id, "Check the Elm St. school yard at 23:00",
                    beat_id=division.beat_west["id"])
    assert task["source_kind"] == "manual"
    westboro = beat_named(suggest_tasks(desk, shift_id), "Beat 5 - Westboro")
    assert [t["text"] for t in westboro.tasks] == ["Check the Elm St. school yard at 23:00"]
    with pytest.raises(ValidationError, match="Write the task first"):
        add_task(desk, shift_id, "  ")


def test_division_wide_work_has_a_group_of_its_own(desk, division):
    shift_id = division.shift["id"]
    desk.briefing_items.create({"kind": "directed_patrol", "scope": "division",
                                "title": "School zones at 08:00", "starts_at": "2026-11-20"})
    plan = suggest_tasks(desk, shift_id)
    assert plan[-1].name == "Division-wide" and plan[-1].beat_id is None
    assert texts(plan[-1]) == ["Directed patrol: School zones at 08:00"]


def test_beats_tasks_come_in_the_order_of_the_threat_score(desk, division):
    # Vanier at threat 80 with high capacity (blue) before an amber neighbourhood at 14: the
    # quadrants' colours are no ranking of threat.
    overbrook = desk.neighbourhoods.create({"name": "Overbrook", "beat_id": division.beat["id"]})
    assess(desk, overbrook, "mobilization", 14, 20)
    assess(desk, division.vanier, "engagement", 85, 75)
    eastview = beat_named(suggest_tasks(desk, division.shift["id"]), "Beat 2 - Eastview")
    order = list(dict.fromkeys(s.source_id for s in eastview.suggestions
                               if s.source_kind == "quadrant"))
    assert order == [division.vanier["id"], division.rideau["id"], overbrook["id"]]


def test_every_action_the_model_lists_is_suggested_in_its_quadrant():
    for quadrant, info in QUADRANTS.items():
        assert sorted(task.action for task in QUADRANT_TASKS[quadrant]) == sorted(info.actions)
