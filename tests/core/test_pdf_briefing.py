"""The shift briefing sheet, read back from the PDF."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pdf_checks import all_text, layout_problems, metadata, page_texts, qpdf_check
from records_division import small_division

from ompm_desktop.cli import main
from ompm_desktop.reports.briefing import briefing_file_name, write_briefing
from ompm_desktop.reports.document import SIDE_MARGIN

HOME_PHONE = "613-555-7766"


@pytest.fixture
def night(desk) -> SimpleNamespace:
    d = small_division(desk)
    desk.partner_personal.save_for_partner(d.leader["id"], {"home_phone": HOME_PHONE})
    desk.assessments.create({
        "neighbourhood_id": d.rideau["id"], "assessed_on": "2026-10-01", "assessor": "Sgt. T",
        "threat": 80, "capacity": 30, "computed_quadrant": "enforcement",
        "quadrant": "enforcement"})
    desk.assessments.create({
        "neighbourhood_id": d.westboro["id"], "assessed_on": "2026-09-12", "assessor": "Sgt. T",
        "threat": 20, "capacity": 80, "computed_quadrant": "safety", "quadrant": "safety"})
    d.gagnon = desk.officers.create({"badge": "5120", "first_name": "Luc",
                                     "last_name": "Côté", "platoon": "C"})
    d.shift = desk.shifts.create({
        "starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00", "platoon": "C",
        "supervisor_id": d.tremblay["id"],
        "notes": "Radio channel 3 is down for maintenance until 02:00."})
    d.east = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.morin["id"], "beat_id": d.beat["id"],
        "call_sign": "2A31", "unit": "Patrol", "partner_officer_id": d.gagnon["id"],
        "special_duty": "Directed patrol"})
    d.west = desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": d.gagnon["id"], "beat_id": d.beat_west["id"],
        "call_sign": "5B12", "special_duty": "Court at 09:00"})
    desk.directed_tasks.create({
        "shift_id": d.shift["id"], "beat_id": d.beat["id"], "assignment_id": d.east["id"],
        "text": "Directed patrol: Compton St. lot 22:00-02:00"})
    desk.briefing_items.create({
        "kind": "bolo", "scope": "beat", "beat_id": d.beat["id"],
        "title": "Grey Honda Civic, plate CBKL 123", "starts_at": "2026-11-20 08:00",
        "expires_at": "2026-12-12 08:00"})
    desk.briefing_items.create({
        "kind": "hazard", "scope": "division", "title": "Aggressive dog at 44 Elm St.",
        "starts_at": "2026-11-01 08:00"})
    desk.briefing_items.create({
        "kind": "bolo", "scope": "division", "title": "Expired stolen bicycle",
        "starts_at": "2026-10-01 08:00", "expires_at": "2026-11-01 08:00"})
    return d


def sound_pages(path, generated: str = "Generated 2026-11-24 21:00") -> list[str]:
    pages = page_texts(path)
    for number, text in enumerate(pages, start=1):
        assert text.count("PROTECTED A") == 2, f"page {number}"
        assert f"Page {number} of {len(pages)}" in text
        assert generated in text
    qpdf_check(path)
    return pages


def test_the_roll_call_sheet_is_one_page_with_officer_safety_first(desk, night, tmp_path):
    out = write_briefing(desk, [night.shift["id"]], tmp_path / "b.pdf")
    pages = sound_pages(out)
    assert len(pages) == 1
    text = pages[0]
    assert "Ontario Police Service - Division" in text
    assert "SHIFT BRIEFING · Night - Tue 24 Nov 2026" in text
    assert "Platoon C · 19:00-07:00 · Supervisor: Sgt. J. Tremblay" in text
    assert "Officer safety Hazards • Aggressive dog at 44 Elm St. Be on the lookout" in text
    assert "Grey Honda Civic, plate CBKL 123 (Beat 2 - Eastview · until Sat 12 Dec 08:00)" in text
    assert "Expired stolen bicycle" not in text
    assert "2A31 Cst. J. Morin (with Cst. L. Côté; Directed patrol)" in text
    assert "5B12 Cst. L. Côté (Court at 09:00)" in text
    assert "Directed patrol: Compton St. lot 22:00-02:00 (2A31 Cst. J. Morin)" in text
    assert "Compton St. lot: Lighting audit with the city" in text  # a suggestion
    assert "613-555-0142" not in text and "@" not in text
    assert text.index("Shift notes") > text.index("Beat 5 - Westboro")
    assert "Radio channel 3 is down for maintenance until 02:00." in text
    assert metadata(out)["Title"] == "Shift briefing - Night - Tue 24 Nov 2026"
    assert layout_problems(out, SIDE_MARGIN) == []


def test_the_detail_pages_hold_every_assignment_and_every_beat(desk, night, tmp_path):
    out = write_briefing(desk, [night.shift["id"]], tmp_path / "b.pdf", detail=True)
    pages = sound_pages(out)
    assert len(pages) >= 2
    text = " ".join(pages[1:])
    for row in ("Cst. J. Morin 4471 2A31 Beat 2 - Eastview, Patrol Cst. L. Côté Directed patrol",
                "Cst. L. Côté 5120 5B12 Beat 5 - Westboro Court at 09:00"):
        assert row in text
    assert "Rideau Heights: ■ Enforcement & Crime Suppression (red)" in text
    assert "Westboro: ■ Community Safety & Consultation (green)" in text
    assert "Vanier: not assessed yet" in text
    assert "Compton St. lot (Scanning, Police lead) next: Lighting audit with the city, " \
           "due 2026-11-23 overdue" in text
    assert "Call back Ms. Ahmed about lighting" in text and "Send the bike rodeo dates" in text
    # A partner is a name and an organization; phone and e-mail only when asked.
    assert "Rideau Heights Tenants' Association: Amina Ahmed, Chair" in text
    assert "613-555-0142" not in text
    asked = write_briefing(desk, [night.shift["id"]], tmp_path / "phones.pdf", detail=True,
                           contact_details=True)
    assert "Rideau Heights Tenants' Association: Amina Ahmed, Chair, 613-555-0142" \
        in all_text(asked)
    assert layout_problems(out, SIDE_MARGIN) == []


def test_residents_personal_details_are_left_out_unless_asked(desk, night, tmp_path):
    plain = all_text(write_briefing(desk, [night.shift["id"]], tmp_path / "plain.pdf",
                                    detail=True))
    assert HOME_PHONE not in plain
    assert "Marcel Lavoie" not in plain  # a resident is printed only when asked for
    asked = write_briefing(desk, [night.shift["id"]], tmp_path / "asked.pdf",
                           include_personal=True, detail=True)
    pages = page_texts(asked)
    assert HOME_PHONE in " ".join(pages)
    for text in pages:
        assert text.count("PROTECTED A - CONTAINS RESIDENTS' PERSONAL INFORMATION") == 2


def test_twenty_five_assignments_break_across_pages_with_their_header(desk, night, tmp_path):
    for index in range(25):
        officer = desk.officers.create({
            "badge": f"7{index:03d}", "first_name": "Marie-Ève",
            "last_name": f"Saint-Amour-Lévesque {index}"})
        desk.assignments.create({
            "shift_id": night.shift["id"], "officer_id": officer["id"],
            "beat_id": night.beat["id"], "call_sign": f"2C{index:02d}",
            "special_duty": "Traffic point at the École Côte-des-Neiges crossing " * 2})
    out = write_briefing(desk, [night.shift["id"]], tmp_path / "many.pdf", detail=True)
    pages = sound_pages(out)
    text = " ".join(pages)
    assert all(f"Saint-Amour-Lévesque {index} 7{index:03d} 2C{index:02d}" in text
               for index in range(25))
    table_pages = [page for page in pages[1:] if "2C" in page]  # the detail pages
    assert len(table_pages) >= 2
    assert all("Officer Badge Call sign Beat / unit Partner Special duty" in page
               for page in table_pages)
    assert layout_problems(out, SIDE_MARGIN) == []


def test_a_shift_with_nothing_planned_says_so(desk, night, tmp_path):
    empty = desk.shifts.create({"starts_at": "2026-11-25 07:00", "ends_at": "2026-11-25 19:00",
                                "platoon": "D"})
    text = all_text(write_briefing(desk, [empty["id"]], tmp_path / "empty.pdf"))
    assert "SHIFT BRIEFING · Day - Wed 25 Nov 2026" in text
    assert "No one is assigned to this shift yet." in text


def test_file_name_says_the_day_and_the_shift(desk, night):
    assert briefing_file_name(desk, night.shift["id"]) == "briefing-2026-11-24-night.pdf"


def test_the_command_line_prints_a_shift(desk, night, db_path, tmp_path, capsys):
    desk.close()
    out = tmp_path / "night.pdf"
    assert main(["briefing", "--db", str(db_path), "--shift", night.shift["id"],
                 "--out", str(out)]) == 0
    assert "Wrote the briefing" in capsys.readouterr().out
    assert "Cst. J. Morin" in all_text(out)


def test_the_command_line_prints_in_the_language_asked_for(desk, night, db_path, tmp_path):
    desk.close()
    out = tmp_path / "nuit.pdf"
    assert main(["briefing", "--db", str(db_path), "--date", "2026-11-24", "--language", "fr",
                 "--out", str(out)]) == 0
    text = all_text(out)
    assert "BREFFAGE DU QUART" in text and "SHIFT BRIEFING" not in text
    assert "Nuit - mar. 24 nov. 2026" in text


def test_the_command_line_prints_every_shift_of_a_day(desk, night, db_path, tmp_path):
    desk.shifts.create({"starts_at": "2026-11-24 07:00", "ends_at": "2026-11-24 19:00",
                        "platoon": "A", "notes": "Day shift notes"})
    desk.close()
    out = tmp_path / "day.pdf"
    assert main(["briefing", "--db", str(db_path), "--date", "2026-11-24",
                 "--out", str(out)]) == 0
    pages = sound_pages(out, generated="Generated ")  # the command line runs on the real clock
    firsts = [page for page in pages if "SHIFT BRIEFING" in page]
    assert len(firsts) == 2
    assert "Day - Tue 24 Nov 2026" in firsts[0] and "Night - Tue 24 Nov 2026" in firsts[1]
    only_c = tmp_path / "c.pdf"
    assert main(["briefing", "--db", str(db_path), "--date", "2026-11-24", "--platoon", "C",
                 "--out", str(only_c)]) == 0
    text = all_text(only_c)
    assert "Night - Tue 24 Nov 2026" in text and "Day shift notes" not in text


@pytest.mark.parametrize(("arguments", "message"), [
    (["--date", "2026-13-45"], "error: --date: '2026-13-45' is not a date."),
    (["--date", "2026-12-25"], "error: No shift starts on Fri 25 Dec 2026."),
    (["--date", "2026-11-24", "--platoon", "B"], "error: No shift for platoon B starts on"),
    (["--shift", "no-such-id"], "error: There is no shift with the id no-such-id."),
    (["--shift", "x", "--platoon", "C"], "error: --platoon goes with --date"),
])
def test_the_command_line_explains_what_is_wrong(desk, night, db_path, tmp_path, capsys,
                                                 arguments, message):
    desk.close()
    out = tmp_path / "x.pdf"
    assert main(["briefing", "--db", str(db_path), *arguments, "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith(message)
    assert not out.exists()


def test_long_lists_are_cut_short_and_say_how_many_more(desk, night, tmp_path):
    for index in range(20):
        desk.contacts.create({
            "occurred_at": "2026-10-01 10:00", "kind": "Phone",
            "neighbourhood_id": night.rideau["id"], "follow_up": f"Old call back {index:02d}",
            "follow_up_due": f"2026-10-{index + 1:02d}"})
    for index in range(15):
        desk.partners.create({"name": f"Corner store {index:02d}", "kind": "Business",
                              "neighbourhood_ids": [night.vanier["id"]]})
    text = all_text(write_briefing(desk, [night.shift["id"]], tmp_path / "b.pdf", detail=True,
                                   include_personal=True))  # the resident leader listed too
    # 22 follow-ups due in Beat 2: the latest due first, 12 of them printed.
    assert "Send the bike rodeo dates" in text and "Call back Ms. Ahmed" in text
    assert "Old call back 19" in text and "Old call back 10" in text
    assert "Old call back 09" not in text
    assert "10 more follow-ups overdue: see the Contacts page." in text
    # The natural leader and the partners of active initiatives come before the others.
    assert "Marcel Lavoie (natural community leader)" in text
    assert text.index("École Saint-Amour") < text.index("Corner store 00")
    assert "8 more partners serve this beat: see the Partners page." in text
