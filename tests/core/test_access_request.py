"""An access request in one step: every record that names a person, found by name (case and
accents ignored) and by the records linked to them, written to a PDF or a CSV, audited."""

import csv

import pytest
from pypdf import PdfReader
from records_division import small_division

from ompm_desktop.cli import main
from ompm_desktop.errors import ValidationError
from ompm_desktop.privacy.access_report import write_access_request
from ompm_desktop.privacy.access_request import find_person
from ompm_desktop.services.desk import Desk


@pytest.fixture
def division(desk):
    found = small_division(desk)
    found.named = desk.contacts.create({
        "occurred_at": "2026-11-21 10:00", "neighbourhood_id": found.vanier["id"],
        "kind": "Meeting", "summary": "Marcel LAVOIE asked for a walk-about on Montreal Rd.",
    })
    found.plan = desk.initiatives.create({
        "title": "Montreal Rd. walk-about", "quadrant": "engagement",
        "neighbourhood_ids": [found.vanier["id"]],
        "response_plan": "Walk the block with Marcel Lavoie and the BIA each month.",
    })
    desk.partners.update(found.leader["id"], {"notes": "Prefers calls after 6 pm."})
    return found


def places(found):
    return {(f.table, f.record_id, f.field) for f in found}


def test_finds_every_kind_of_record_that_names_the_person(desk, division):
    found = find_person(desk, "marcel lavoie")
    where = places(found)
    assert ("partner", division.leader["id"], "name") in where
    assert ("contact", division.named["id"], "summary") in where  # named, in capitals
    assert ("contact", division.school_contact["id"], "linked") in where  # linked to him
    assert ("initiative", division.plan["id"], "response_plan") in where
    audited = [f for f in found if f.table == "audit_log"]
    assert {f.field for f in audited} >= {"create", "update"}
    assert not any(f.record_id == division.lot_contact["id"] for f in found)


def test_accents_are_ignored_and_the_name_is_matched_whole(desk, division):
    desk.contacts.create({"occurred_at": "2026-11-22 10:00", "kind": "Meeting",
                          "neighbourhood_id": division.vanier["id"],
                          "summary": "Met Mélanie Singh, then Daniel Singhal."})
    assert {f.text for f in find_person(desk, "Melanie Singh") if f.table == "contact"} == {
        "Met Mélanie Singh, then Daniel Singhal."}
    assert [f for f in find_person(desk, "Daniel Singh") if f.table == "contact"] == []


def test_a_name_too_short_to_mean_anyone_is_refused(desk):
    with pytest.raises(ValidationError, match="at least 3 letters"):
        find_person(desk, " a ")


def test_the_csv_lists_each_record_and_the_request_is_audited(desk, division, tmp_path):
    out = tmp_path / "lavoie.csv"
    found = write_access_request(desk, "Marcel Lavoie", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(found)
    assert {row["Record"] for row in rows} >= {division.leader["id"], division.plan["id"]}
    entry = desk.db.execute(
        "SELECT actor, after FROM audit_log WHERE action = 'access_request'").fetchone()
    assert entry[0] == "Sgt. Test"
    assert '"name": "Marcel Lavoie"' in entry[1] and f'"records": {len(found)}' in entry[1]


def test_the_command_line_writes_a_pdf_marked_as_personal(desk, division, db_path, tmp_path,
                                                          capsys):
    desk.close()
    out = tmp_path / "lavoie.pdf"
    assert main(["person", "--db", str(db_path), "--name", "Marcel Lavoie",
                 "--out", str(out)]) == 0
    assert "places name Marcel Lavoie" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Walk the block with Marcel Lavoie" in text
    assert "CONTAINS RESIDENTS' PERSONAL" in text
    reopened = Desk.open(db_path)
    try:
        assert reopened.db.execute("SELECT count(*) FROM audit_log "
                                   "WHERE action = 'access_request'").fetchone()[0] == 1
    finally:
        reopened.close()


def test_the_command_line_refuses_another_kind_of_file_in_one_line(desk, db_path, tmp_path,
                                                                   capsys):
    desk.close()
    assert main(["person", "--db", str(db_path), "--name", "Marcel Lavoie",
                 "--out", str(tmp_path / "x.txt")]) == 1
    assert capsys.readouterr().err.strip() == "error: Give a file name ending in .pdf or .csv."


def test_a_demos_access_request_is_marked_as_a_demo_and_an_empty_one_says_so(demo_db,
                                                                             tmp_path):
    demo = Desk.open(demo_db)
    try:
        out = tmp_path / "nobody.pdf"
        write_access_request(demo, "Nobody Here", out)
        text = " ".join(" ".join(page.extract_text().split())
                        for page in PdfReader(out).pages)  # the marking wraps its line
    finally:
        demo.close()
    assert "DEMO – NOT A RECORD" in text and "CONTAINS RESIDENTS' PERSONAL" in text
    assert "No record of the division names this person." in text
    assert "places name this person" not in text
