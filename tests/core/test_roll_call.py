"""The one-page roll-call sheet and the debrief that closes a shift."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pdf_checks import all_text, page_texts
from planning_division import planning_division

from ompm_desktop.cli import main
from ompm_desktop.clock import local
from ompm_desktop.planning import suggest_tasks, take_suggestion
from ompm_desktop.planning.debrief import (
    contact_from_task,
    debrief_lines,
    initiative_step_changes,
    last_debrief,
    record_outcome,
)
from ompm_desktop.reports.briefing import write_briefing
from ompm_desktop.reports.briefing_source import active_items
from ompm_desktop.services.desk import Desk

PHONE = re.compile(r"\d{3}[-. ]\d{3}[-. ]\d{4}")


def busiest_shift(desk: Desk) -> dict:
    """The demo's shift with the most officers, then the most briefing items in force."""
    return max(desk.shifts.list(), key=lambda shift: (
        len(desk.assignments.for_shift(shift["id"])), len(active_items(desk, shift)),
        shift["starts_at"]))


def plan_it_fully(desk: Desk, shift: dict) -> None:
    """Every beat given its first three suggestions, the way a sergeant plans a shift."""
    on = {a["beat_id"]: a["id"] for a in desk.assignments.for_shift(shift["id"])}
    for beat in suggest_tasks(desk, shift["id"]):
        for suggestion in beat.open_suggestions[:3]:
            take_suggestion(desk, shift["id"], suggestion, on.get(beat.beat_id))


def sentences_said_twice(text: str) -> list[str]:
    for marking in ("DEMO – NOT A RECORD - PROTECTED A", "DÉMO – AUCUN DOSSIER - PROTÉGÉ A",
                    "PROTECTED A", "PROTÉGÉ A"):
        text = text.replace(marking, " ")
    # A sentence ends after a word of four letters or more ("Cst." and "Sgt." end none).
    said = Counter(" ".join(s.split()) for s in re.split(r"(?<=\w{4}[.!?])\s+", text)
                   if len(s.split()) >= 4)
    return [sentence for sentence, count in said.items() if count > 1]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_demos_busiest_shift_is_one_page_safety_first(demo_db, tmp_path, language):
    desk = Desk.open(demo_db)
    shift = busiest_shift(desk)
    plan_it_fully(desk, shift)
    day, platoon = local(shift["starts_at"]).date().isoformat(), shift["platoon"]
    desk.close()
    out = tmp_path / "f.pdf"
    assert main(["briefing", "--db", str(demo_db), "--date", day, "--platoon", platoon,
                 "--language", language, "--out", str(out)]) == 0
    pages = page_texts(out)
    assert len(pages) == 1
    text = pages[0]
    heading, first = (("Officer safety Hazards • ", "Be on the lookout") if language == "en"
                      else ("Sécurité des agents Dangers • ", "Avis de recherche"))
    assert heading in text
    hazard = text.split(heading)[1]
    assert hazard.index("Aggressive dog" if language == "en" else "dog") < hazard.index(first)
    assert sentences_said_twice(text) == []
    assert not PHONE.search(text) and "@" not in text
    # "Report sightings" is said once, for the lookouts, in the sheet's language.
    assert text.count("Report sightings") == (language == "en")
    assert text.count("Signalez") == (language == "fr")


def test_every_shift_of_the_day_gets_a_page_of_its_own(demo_db, tmp_path):
    desk = Desk.open(demo_db)
    day = local(busiest_shift(desk)["starts_at"]).date().isoformat()
    desk.close()
    out = tmp_path / "day.pdf"
    assert main(["briefing", "--db", str(demo_db), "--date", day, "--out", str(out)]) == 0
    pages = page_texts(out)
    assert len(pages) == 2 and all("Officer safety" in page for page in pages)


def test_detail_pages_follow_with_a_beat_heading_on_each(demo_db, tmp_path):
    desk = Desk.open(demo_db)
    shift = busiest_shift(desk)
    beats = [beat["name"] for beat in desk.beats.list()]
    desk.close()
    out = tmp_path / "detail.pdf"
    assert main(["briefing", "--db", str(demo_db), "--shift", shift["id"], "--detail",
                 "--out", str(out)]) == 0
    pages = page_texts(out)
    assert len(pages) >= 2
    for page in pages[2:]:  # after the roll call and the page of the assignments: a beat's
        # own heading or, on a page that continues one, "Beat 2 (continued)"
        assert any(page.startswith(f"{name} ") for name in beats), page[:80]
    assert not PHONE.search(" ".join(pages))  # phones only when asked


def test_a_beat_that_runs_on_says_which_beat_it_continues(desk, tmp_path):
    d = planning_division(desk)
    for index in range(40):
        desk.partners.create({"name": f"Corner store {index:02d} of the long street",
                              "kind": "Business", "contact_name": "Owner",
                              "neighbourhood_ids": [d.rideau["id"]]})
        desk.initiatives.create({"title": f"Initiative {index:02d} with a long title",
                                 "quadrant": "enforcement",
                                 "next_step": "Meet the owners " * 4,
                                 "neighbourhood_ids": [d.rideau["id"]]})
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                             "beat_id": d.beat["id"], "call_sign": "2A31"})
    out = write_briefing(desk, [d.shift["id"]], tmp_path / "b.pdf", detail=True)
    pages = page_texts(out)
    assert len(pages) >= 3
    assert pages[2].startswith(f"{d.beat['name']} (continued) ")
    assert all(page.startswith("Beat ") for page in pages[2:])  # each says its beat first


def test_eight_officers_on_six_beats_fit_one_page_in_french(desk, tmp_path):
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C", "notes": "Radio channel 3 is down until 02:00."})
    for number in range(1, 7):
        beat = desk.beats.create({"name": f"Beat {number} - Sainte-Geneviève-des-Érables"})
        for letter in "AB":
            hood = desk.neighbourhoods.create({"name": f"Côte-Saint-{letter}-{number}",
                                               "beat_id": beat["id"]})
            desk.assessments.create({
                "neighbourhood_id": hood["id"], "assessed_on": "2026-11-23",
                "assessor": "Sgt. T", "threat": 80, "capacity": 20,
                "computed_quadrant": "enforcement", "quadrant": "enforcement"})
        desk.briefing_items.create({
            "kind": "bolo", "scope": "beat", "beat_id": beat["id"],
            "title": f"Camionnette blanche, plaque ABCD {number}00, vue près de l'école",
            "text": "Report sightings to the shift supervisor.",
            "starts_at": "2026-11-23 08:00", "expires_at": "2026-12-10 08:00"})
        desk.directed_tasks.create({"shift_id": shift["id"], "beat_id": beat["id"],
                                    "text": "Patrouille à pied du stationnement de la plaza "
                                            f"de la rue Principale, secteur {number}"})
        for index in range(2 if number < 3 else 1):
            officer = desk.officers.create({
                "badge": f"{number}{index}00", "first_name": "Marie-Ève",
                "last_name": f"Saint-Amour-Lévesque {number}{index}"})
            desk.assignments.create({"shift_id": shift["id"], "officer_id": officer["id"],
                                     "beat_id": beat["id"], "call_sign": f"{number}A{index}",
                                     "vehicle": f"Unité {200 + number}"})
    for kind in ("hazard", "notice"):
        desk.briefing_items.create({
            "kind": kind, "scope": "division",
            "title": "Chien agressif à l'arrière du 44, rue des Érables; deux agents",
            "starts_at": "2026-11-20 08:00"})
    for language in ("en", "fr"):
        out = write_briefing(desk, [shift["id"]], tmp_path / f"{language}.pdf",
                             language=language)
        pages = page_texts(out)
        assert len(pages) == 1, language
        assert all(f"Beat {number} -" in pages[0] for number in range(1, 7))
        assert sentences_said_twice(pages[0]) == []


def test_a_lookout_taken_as_a_task_is_said_once(desk, tmp_path):
    d = planning_division(desk)
    bolo = desk.briefing_items.create({
        "kind": "bolo", "scope": "beat", "beat_id": d.beat["id"],
        "title": "Blue Ford Escape, plate CBKL 123", "starts_at": "2026-11-20 08:00"})
    morin = desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                                     "beat_id": d.beat["id"], "call_sign": "2A31"})
    beat = next(b for b in suggest_tasks(desk, d.shift["id"]) if b.beat_id == d.beat["id"])
    lookout = next(s for s in beat.suggestions if s.source_id == bolo["id"])
    take_suggestion(desk, d.shift["id"], lookout, morin["id"])
    text = all_text(write_briefing(desk, [d.shift["id"]], tmp_path / "b.pdf"))
    assert text.count("Blue Ford Escape") == 1
    assert "plate CBKL 123 (Beat 2 - Eastview · until" in text and "task of 2A31" in text


def test_a_follow_up_taken_as_a_task_is_not_listed_again(desk, tmp_path):
    d = planning_division(desk)
    contact = desk.contacts.create({
        "occurred_at": "2026-11-20 10:00", "kind": "Phone", "neighbourhood_id": d.rideau["id"],
        "follow_up": "Bring the lighting map to Ms. Ahmed", "follow_up_due": "2026-11-24"})
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                             "beat_id": d.beat["id"], "call_sign": "2A31"})
    beat = next(b for b in suggest_tasks(desk, d.shift["id"]) if b.beat_id == d.beat["id"])
    take_suggestion(desk, d.shift["id"],
                    next(s for s in beat.suggestions if s.source_id == contact["id"]))
    text = all_text(write_briefing(desk, [d.shift["id"]], tmp_path / "b.pdf", detail=True))
    assert text.count("Bring the lighting map to Ms. Ahmed") == 1


def _carried_over(desk: Desk, d, tmp_path: Path) -> tuple[dict, dict]:
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                             "beat_id": d.beat["id"], "call_sign": "2A31"})
    task = desk.directed_tasks.create({"shift_id": d.shift["id"], "beat_id": d.beat["id"],
                                       "text": "Check the Compton St. lot gate at 02:00"})
    record_outcome(desk, task["id"], "carried_over", "the gate was locked, no key")
    following = desk.shifts.create({"starts_at": "2026-11-25 19:00",
                                    "ends_at": "2026-11-26 07:00", "platoon": "D"})
    desk.assignments.create({"shift_id": following["id"], "officer_id": d.singh["id"],
                             "beat_id": d.beat["id"], "call_sign": "2B11"})
    return task, following


def test_a_task_carried_over_comes_back_next_shift(desk, tmp_path):
    d = planning_division(desk)
    task, following = _carried_over(desk, d, tmp_path)
    beat = next(b for b in suggest_tasks(desk, following["id"]) if b.beat_id == d.beat["id"])
    first = beat.suggestions[0]
    assert (first.source_kind, first.source_id, first.text) == (
        "carried_over", task["id"], "Check the Compton St. lot gate at 02:00")
    assert "the gate was locked, no key" in first.reason
    text = all_text(write_briefing(desk, [following["id"]], tmp_path / "next.pdf"))
    assert "Check the Compton St. lot gate at 02:00" in text
    assert "Tue 24 Nov 2026: the gate was locked, no key" in text
    assert "Tasks carried over at a debrief: 1" in text
    # On a shift that leaves the beat empty, the beat is listed for it, saying so.
    empty = desk.shifts.create({"starts_at": "2026-11-25 07:00", "ends_at": "2026-11-25 19:00",
                                "platoon": "B"})
    text = all_text(write_briefing(desk, [empty["id"]], tmp_path / "empty.pdf"))
    assert "Beat 2 - Eastview No one is on this beat." in text
    assert "Check the Compton St. lot gate at 02:00" in text
    taken = take_suggestion(desk, following["id"], first)
    assert taken["source_kind"] == "carried_over"
    later = desk.shifts.create({"starts_at": "2026-11-26 19:00", "ends_at": "2026-11-27 07:00",
                                "platoon": "A"})
    assert not any(s.source_kind == "carried_over" for b in suggest_tasks(desk, later["id"])
                   for s in b.suggestions)


def test_a_step_carried_over_is_suggested_once(desk, tmp_path):
    d = planning_division(desk)
    initiative = desk.initiatives.create({"title": "Frauds on seniors", "quadrant": "enforcement",
                                          "next_step": "Door-knock on King St.",
                                          "next_step_due": "2026-11-24",
                                          "neighbourhood_ids": [d.rideau["id"]]})
    desk.assignments.create({"shift_id": d.shift["id"], "officer_id": d.morin["id"],
                             "beat_id": d.beat["id"], "call_sign": "2A31"})
    beat = next(b for b in suggest_tasks(desk, d.shift["id"]) if b.beat_id == d.beat["id"])
    step = take_suggestion(desk, d.shift["id"],
                           next(s for s in beat.suggestions if s.source_id == initiative["id"]))
    record_outcome(desk, step["id"], "carried_over", "no one home")
    following = desk.shifts.create({"starts_at": "2026-11-25 19:00",
                                    "ends_at": "2026-11-26 07:00", "platoon": "D"})
    desk.assignments.create({"shift_id": following["id"], "officer_id": d.singh["id"],
                             "beat_id": d.beat["id"], "call_sign": "2B11"})
    text = all_text(write_briefing(desk, [following["id"]], tmp_path / "next.pdf"))
    assert text.count("Frauds on seniors: Door-knock on King St.") == 1
    assert "no one home" in text
    desk.initiatives.advance(initiative["id"])  # a stage move is said with the step, once
    text = all_text(write_briefing(desk, [following["id"]], tmp_path / "moved.pdf"))
    assert text.count("Frauds on seniors") == 1
    assert "no one home; now in Analysis, was Scanning" in text


def test_the_debrief_records_each_task_and_the_today_page_reads_it(desk):
    d = planning_division(desk)
    done = desk.directed_tasks.create({"shift_id": d.shift["id"], "beat_id": d.beat["id"],
                                       "neighbourhood_id": d.rideau["id"],
                                       "text": "Talk to the store owners"})
    missed = desk.directed_tasks.create({"shift_id": d.shift["id"], "text": "Radar at 03:00"})
    record_outcome(desk, done["id"], "done", "  three owners,  all keen ")
    record_outcome(desk, missed["id"], "not_done", "called to a collision")
    lines = debrief_lines(desk, d.shift["id"])
    assert [(line.outcome, line.note, line.where) for line in lines] == [
        ("done", "three owners, all keen", d.beat["name"]),
        ("not_done", "called to a collision", "")]
    assert desk.directed_tasks.get(done["id"])["done"] == 1
    contact = contact_from_task(desk, done["id"])
    assert contact["neighbourhood_id"] == d.rideau["id"]
    assert contact["summary"] == "Talk to the store owners - three owners, all keen"
    desk.contacts.create(contact)
    assert last_debrief(desk) is None  # tonight's shift has not ended
    desk.context.clock = lambda: datetime(2026, 11, 25, 13, tzinfo=UTC)
    debrief = last_debrief(desk)
    assert debrief is not None and debrief.shift["id"] == d.shift["id"]
    assert (debrief.count("done"), debrief.count("not_done"), debrief.open_count) == (1, 1, 0)


def test_an_initiative_task_is_recorded_as_its_step(desk):
    d = planning_division(desk)
    initiative = desk.initiatives.create({"title": "Compton St. lot", "quadrant": "enforcement",
                                          "next_step": "Lighting audit with the city",
                                          "next_step_due": "2026-11-24"})
    task = desk.directed_tasks.create({
        "shift_id": d.shift["id"], "text": "Compton St. lot: Lighting audit with the city",
        "source_kind": "initiative", "source_id": initiative["id"]})
    initiative_id, changes = initiative_step_changes(desk, task["id"], "two lights out")
    desk.initiatives.update(initiative_id, changes)
    after = desk.initiatives.get(initiative["id"])
    assert after["next_step"] == "" and after["next_step_due"] is None
    assert after["response_plan"].endswith("Lighting audit with the city - two lights out")
