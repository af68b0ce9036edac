"""Planning and scoring speak French when the app does: the plan's warnings, the tasks it
suggests and why, a calendar event's text, the assessment's explanation, and dates and
numbers written the Canadian French way; the same division reads as before in English."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from planning_division import TONIGHT, assign, planning_division

from ompm_desktop.i18n import language_of
from ompm_desktop.i18n.dates import day_and_time, long_date, month_year, number, short_date
from ompm_desktop.planning import create_shift, shift_warnings, suggest_tasks, take_suggestion
from ompm_desktop.planning.calendar_events import build_events
from ompm_desktop.planning.shift_times import read_clock_time, shift_bounds
from ompm_desktop.scoring.indicators import BY_KEY, EFFICACY_ITEMS
from ompm_desktop.scoring.recording import score_for


@pytest.fixture
def division(desk):
    d = planning_division(desk)
    desk.settings.set("minimum_staffing", {"C": 0})
    return d


def test_dates_and_numbers_follow_the_language():
    tuesday = date(2026, 11, 24)
    assert (short_date(tuesday), long_date(tuesday), month_year(tuesday)) == (
        "Tue 24 Nov 2026", "Tuesday 24 November 2026", "November 2026")
    assert (number(10000), number(3.456, 1), number(12.25), number(4200.0)) == (
        "10,000", "3.5", "12.25", "4,200")
    with language_of("fr"):
        assert short_date(date(2027, 7, 1)) == "jeu. 1 juill. 2027"
        assert month_year(tuesday) == "novembre 2026"
        assert day_and_time(datetime(2026, 11, 24, 19, 0)) == "mar. 24 nov. 19:00"
        # a no-break space between thousands, a decimal comma
        assert (number(10000), number(3.456, 1), number(12.25)) == (
            "10\u00a0000", "3,5", "12,25")


def test_the_plans_warnings_read_in_french(desk, division):
    court, _ = create_shift(desk, TONIGHT, time(17), time(23), platoon="A")
    assign(desk, division.shift, division.morin, division.beat)
    assign(desk, court, division.morin, division.beat)
    with language_of("fr"):
        messages = [w.message for w in shift_warnings(desk, division.shift["id"])]
    assert messages == [
        "Cst. J. Morin est aussi sur le quart du peloton A du mar. 24 nov. 17:00–23:00, "
        "qui chevauche celui-ci.",
        "Personne n'est affecté à Beat 5 - Westboro."]
    english = [w.message for w in shift_warnings(desk, division.shift["id"])]
    assert english[1] == "No one is assigned to Beat 5 - Westboro."


def test_suggested_tasks_and_their_reasons_in_french(desk, division):
    with language_of("fr"):
        beats = suggest_tasks(desk, division.shift["id"])
    eastview = next(b for b in beats if b.beat_id == division.beat["id"])
    texts = {s.text: s.reason for s in eastview.suggestions}
    assert texts["Patrouille dirigée : Compton St. lot 22:00-02:00"] == (
        "Élément de breffage en vigueur pour ce secteur")
    assert texts["Patrouille dirigée des points chauds à Rideau Heights"] == (
        "Rideau Heights est dans le quadrant Application de la loi et répression du crime "
        "(Application de la loi)")


def test_a_task_taken_in_french_is_still_taken_in_english(desk, division):
    with language_of("fr"):
        [french] = [s for b in suggest_tasks(desk, division.shift["id"]) for s in b.suggestions
                    if s.text.startswith("Patrouille dirigée des points chauds")]
        task = take_suggestion(desk, division.shift["id"], french)
    assert task["text"] == "Patrouille dirigée des points chauds à Rideau Heights"
    [english] = [s for b in suggest_tasks(desk, division.shift["id"]) for s in b.suggestions
                 if s.source_kind == "quadrant" and s.text.startswith("Directed patrol of")]
    assert english.taken and english.task_id == task["id"]
    assert take_suggestion(desk, division.shift["id"], english)["id"] == task["id"]


def test_a_calendar_event_reads_in_french(desk, division):
    desk.officers.update(division.morin["id"], {"badge": "4471"})
    mine = assign(desk, division.shift, division.morin, division.beat, call_sign="2A31",
                  partner_officer_id=division.cote["id"])
    with language_of("fr"):
        [event] = build_events(desk, [mine["id"]])
    assert event.description.splitlines()[:3] == [
        "Quart de nuit, peloton C. Superviseur : Sgt. J. Tremblay.",
        "Agent : Cst. J. Morin (matricule 4471)",
        "Coéquipier : Cst. L. Côté"]


def test_a_time_the_clocks_skip_is_refused_in_french():
    with language_of("fr"), pytest.raises(Exception) as refused:
        shift_bounds(date(2027, 3, 14), read_clock_time("02:30", "Start"), time(10))
    assert str(getattr(refused.value, "message", refused.value)) == (
        "Début : 02:30 n'existe pas le dim. 14 mars 2027 ; on avance l'heure cette nuit-là. "
        "Choisissez 03:00 ou plus tard, ou avant 02:00.")


def test_the_assessment_explains_itself_in_french(desk, division):
    answers = {"calls_for_service": 120, "assessor_judgement": 4,
               "collective_efficacy": [3, 4, 2, 3, 5, 4, 4, 3, 2, None]}
    with language_of("fr"):
        result = score_for(desk, division.rideau["id"], answers)
        assert BY_KEY["calls_for_service"].title == "Appels de service"
        assert EFFICACY_ITEMS[6].text == "C'est un quartier très uni"
    judgement = next(c for c in result.contributions if c.key == "assessor_judgement")
    assert (judgement.shown, judgement.note) == ("4 sur 5", "4 sur 1 à 5, soit 75,0 sur 0 à 100.")
    cohesion = next(c for c in result.contributions if c.key == "efficacy_cohesion")
    assert cohesion.note.startswith("4 énoncés répondus sur 5, moyenne calculée. "
                                    "Énoncé 9 noté à l'inverse (5 compte pour 1).")
    assert result.notes[-1].startswith("Quadrant : capacité ")
