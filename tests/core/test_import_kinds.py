"""Each kind of import: what it creates, what it matches and updates, and the command line."""

import csv
import json
from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.paths import resource_path
from ompm_desktop.services.audit import entries
from ompm_desktop.transfer.importer import default_mapping, import_file, plan_import
from ompm_desktop.transfer.mapping import MappingError, load_mapping
from ompm_desktop.transfer.problems import ImportRefusedError
from ompm_desktop.transfer.source import read_table

TORONTO = Path(__file__).resolve().parents[1] / "data" / "toronto-wellbeing-safety-2011.csv"
TORONTO_MAPPING = resource_path("mappings", "toronto-wellbeing-safety-2011.json")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def dump(desk) -> str:
    return "\n".join(desk.db.conn.iterdump())


# ---- the Toronto indicators ---------------------------------------------------------


def test_toronto_imports_as_neighbourhoods_and_a_dated_batch_of_assessments(desk):
    result = import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    assert (result.created, result.updated) == (140, 0)
    assert desk.neighbourhoods.count() == 140 and desk.assessments.count() == 140
    for name in ("L'Amoreaux", "Wexford/Maryvale", "St.Andrew-Windfields"):
        assert desk.neighbourhoods.find_by_name(name), name
    assessments = desk.assessments.list()
    assert {a["assessed_on"] for a in assessments} == {"2011-12-31"}
    # The file measures threat only: capacity is unknown, and none is placed in a quadrant.
    assert {(a["capacity"], a["quadrant"], a["computed_quadrant"]) for a in assessments} == {
        (None, None, None)}
    west_humber = desk.neighbourhoods.find_by_name("West Humber-Clairville")
    latest = desk.assessments.latest(west_humber["id"])
    indicators = json.loads(latest["indicators"])
    assert indicators["assaults"] == 390 and indicators["toronto_neighbourhood_id"] == 1
    # The file's 15 columns, and the three threat indicators summed from them.
    assert len(indicators) == 18
    assert indicators["violent_incidents"] == 390 + 0 + 82 + 68
    assert indicators["property_incidents"] == 4 + 175 + 54 + 288
    assert indicators["disorder_complaints"] == 62
    assert "read as if the neighbourhood had 18,679 residents" in latest["notes"]
    assert "Capacity not assessed: unknown, so the neighbourhood is not yet placed" in \
        latest["notes"]
    assert latest["assessor"] == "City of Toronto (Wellbeing Toronto - Safety, 2011)"
    kept = json.loads(latest["score_references"])
    assert kept["typical_population"] == 18679 and kept["population"] is None


def test_toronto_scores_crime_and_disorder_not_fire_calls_nor_the_total(desk, tmp_path):
    import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    latest = desk.assessments.latest(
        desk.neighbourhoods.find_by_name("West Humber-Clairville")["id"])
    assert "Kept, not scored (not crime or disorder, or a total of other columns): " \
        "fire_medical_calls, fire_vehicle_incidents, fires_fire_alarms, hazardous_incidents, " \
        "toronto_neighbourhood_id, total_major_crime_incidents." in latest["notes"]
    # The same counts give the same threat whatever the rest of the batch: its row alone.
    lines = TORONTO.read_text(encoding="utf-8").splitlines()
    alone = write(tmp_path, "one.csv", "\n".join(lines[:2]).replace(
        "West Humber-Clairville", "West Humber alone") + "\n")
    import_file(desk, "indicators", alone, mapping=TORONTO_MAPPING)
    by_itself = desk.assessments.latest(desk.neighbourhoods.find_by_name("West Humber alone")["id"])
    assert by_itself["threat"] == latest["threat"] == 62.9


def test_torontos_most_crime_is_high_threat_and_never_community_led(desk):
    import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    with TORONTO.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda row: -int(row["Total Major Crime Incidents"]))
    most = [row["Neighbourhood"] for row in rows[:10]]
    assert "Waterfront Communities-The Island" in most
    for name in most:
        latest = desk.assessments.latest(desk.neighbourhoods.find_by_name(name)["id"])
        assert latest["threat"] >= 50, name
        assert latest["quadrant"] not in ("engagement", "safety"), name
        assert latest["capacity"] is None, name
    fewest = desk.assessments.latest(
        desk.neighbourhoods.find_by_name(rows[-1]["Neighbourhood"])["id"])
    assert fewest["threat"] < 20


def test_importing_the_same_batch_again_changes_nothing(desk):
    import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    before = dump(desk)
    result = import_file(desk, "indicators", TORONTO, mapping=TORONTO_MAPPING)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 140)
    assert dump(desk) == before


def test_indicators_with_their_own_scores_and_an_override(desk, tmp_path):
    path = write(tmp_path, "scores.csv",
                 "Neighbourhood,Date,Threat,Capacity,Quadrant,Override reason,Calls\n"
                 "Rideau Heights,2026-10-01,80,20,,,412\n"
                 "Vanier,2026-10-01,30,70,Enforcement & Crime Suppression,,90\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "indicators", path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "Override reason")]
    path.write_text(path.read_text().replace(",,90", ",Bar fights every weekend,90"))
    import_file(desk, "indicators", path)
    vanier = desk.assessments.latest(desk.neighbourhoods.find_by_name("Vanier")["id"])
    assert (vanier["computed_quadrant"], vanier["quadrant"]) == ("safety", "enforcement")
    rideau = desk.assessments.latest(desk.neighbourhoods.find_by_name("Rideau Heights")["id"])
    assert (rideau["threat"], rideau["capacity"], rideau["quadrant"]) == (80, 20, "enforcement")
    assert json.loads(rideau["indicators"]) == {"calls": 412}


def test_the_batch_date_and_assessor_come_from_the_mapping_options(desk, tmp_path):
    path = write(tmp_path, "batch.csv", "Neighbourhood,Calls\nVanier,10\nOverbrook,30\n")
    table = read_table(path)
    mapping = default_mapping("indicators", table)
    mapping.options = {"assessed_on": "31/12/2025", "assessor": "Crime analyst"}
    plan = plan_import(desk, table, mapping)
    assert [r.data["assessed_on"] for r in plan.rows] == ["2025-12-31"] * 2
    # Calls for service, no population: read for 5,000 residents against 300 per 1,000.
    assert [r.data["threat"] for r in plan.rows] == [0.3, 1.0]
    assert {r.data["assessor"] for r in plan.rows} == {"Crime analyst"}


# ---- the other kinds --------------------------------------------------------------------


def test_neighbourhoods_bring_their_beats(desk, tmp_path):
    desk.beats.create({"name": "Beat 1"})
    path = write(tmp_path, "n.csv", "Neighbourhood,Beat,Population\nVanier,Beat 1,17000\n"
                 "Overbrook,Beat 3,9000\nCastle Heights,beat 3,4000\n")
    table = read_table(path)
    plan = plan_import(desk, table, default_mapping("neighbourhoods", table))
    assert [r.notes for r in plan.rows] == [[], ["new beat: Beat 3"], []]
    assert desk.beats.count() == 1  # the preview added no beat
    import_file(desk, "neighbourhoods", path)
    assert sorted(b["name"] for b in desk.beats.list()) == ["Beat 1", "Beat 3"]
    beat_3 = desk.beats.list("name = 'Beat 3'")[0]["id"]
    assert desk.neighbourhoods.find_by_name("Castle Heights")["beat_id"] == beat_3


def test_partners_match_by_name_and_kind_and_keep_personal_details_apart(desk, tmp_path):
    desk.partners.create({"name": "Food Bank", "kind": "Agency", "phone": "613-555-0100"})
    path = write(tmp_path, "p.csv",
                 "Name,Kind,Phone,Home phone,Home address\n"
                 "FOOD BANK,agency,613-555-0199,,\n"
                 "Food Bank,Faith group,,,\n"
                 "Ms. Ahmed,Resident leader,,613-555-1111,12 Elm St\n")
    result = import_file(desk, "partners", path)
    assert (result.created, result.updated) == (2, 1)
    agency = desk.partners.list("kind = 'Agency'")
    assert len(agency) == 1 and agency[0]["phone"] == "613-555-0199"
    ahmed = desk.partners.list("name = 'Ms. Ahmed'")[0]
    personal = desk.partner_personal.list("partner_id = ?", [ahmed["id"]])[0]
    assert (personal["home_phone"], personal["home_address"]) == ("613-555-1111", "12 Elm St")
    assert desk.partner_personal.count() == 1


def test_contacts_name_a_shared_partner_name_with_its_kind(desk, tmp_path):
    desk.partners.create({"name": "Food Bank", "kind": "Agency"})
    faith = desk.partners.create({"name": "Food Bank", "kind": "Faith group"})
    path = write(tmp_path, "c.csv", "When,Kind,Partners\n2026-11-20 10:00,Meeting,Food Bank\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "contacts", path)
    assert "add the kind in brackets" in caught.value.problems[0].reason
    path.write_text("When,Kind,Partners\n2026-11-20 10:00,Meeting,Food Bank (Faith group)\n")
    import_file(desk, "contacts", path)
    assert desk.contacts.list()[0]["id"]
    assert desk.contacts.get(desk.contacts.list()[0]["id"])["partner_ids"] == [faith["id"]]


def test_a_row_with_an_id_updates_that_record_even_with_a_new_badge(desk, tmp_path):
    officer = desk.officers.create({"badge": "4471", "last_name": "Morin"})
    path = write(tmp_path, "o.csv", f"Id,Badge,Last name\n{officer['id']},4472,Morin\n")
    assert import_file(desk, "officers", path).updated == 1
    assert desk.officers.get(officer["id"])["badge"] == "4472"
    desk.officers.delete(officer["id"])
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "officers", path)
    assert "was deleted; restore it" in caught.value.problems[0].reason


def test_an_import_is_audited_row_by_row_and_as_a_whole(desk, tmp_path):
    path = write(tmp_path, "o.csv", "Badge,Last name\n1,Morin\n2,Roy\n")
    import_file(desk, "officers", path)
    log = entries(desk.db, table="officer")
    assert [e["action"] for e in log] == ["import", "create", "create"]
    assert log[0]["after"] == {"file": "o.csv", "kind": "officers", "created": 2,
                               "updated": 0, "unchanged": 0}
    assert {e["actor"] for e in log} == {"Sgt. Test"}


def test_a_bad_mapping_file(desk, tmp_path):
    bad = write(tmp_path, "bad.json", "{not json")
    with pytest.raises(MappingError, match="not valid JSON"):
        load_mapping(bad)
    other = write(tmp_path, "other.json", json.dumps(
        {"kind": "officers", "columns": {"badge": "Matricule", "last_name": "Nom"}}))
    path = write(tmp_path, "o.csv", "Badge,Last name\n1,Morin\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "officers", path, mapping=other)
    assert {p.column for p in caught.value.problems} == {"Matricule", "Nom"}
    with pytest.raises(ImportRefusedError, match="1 problem") as caught:
        import_file(desk, "contacts", path, mapping=other)
    assert "for officers, not contacts" in caught.value.problems[0].reason


# ---- the command line --------------------------------------------------------------


def test_cli_imports_toronto_with_the_saved_mapping(desk, capsys):
    desk.close()
    code = main(["import", "indicators", str(TORONTO), "--db", str(desk.path),
                 "--mapping", str(TORONTO_MAPPING)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Imported 140 rows: 140 created, 0 updated, 0 already there (skipped)." in out
    assert "row 2: new neighbourhood: West Humber-Clairville" in out


def test_cli_refuses_a_bad_file_changes_nothing_and_says_where(desk, tmp_path, capsys):
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    before = dump(desk)
    desk.close()
    path = write(tmp_path, "o.csv", "Badge,Last name,Rank\n5000,Roy,Cst.\n5001,,Sgt.\n"
                 "5002,Ng,Captain\n")
    code = main(["import", "officers", str(path), "--db", str(desk.path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "error: Nothing was imported: the file has 2 problems." in err
    assert "row 3, column Last name: Last name is required." in err
    assert "row 4, column Rank: Rank must be one of" in err
    from ompm_desktop.services.desk import Desk

    reopened = Desk.open(desk.path)
    assert dump(reopened) == before
    reopened.close()


def test_cli_dry_run_writes_nothing_and_can_save_the_mapping(desk, tmp_path, capsys):
    before = dump(desk)
    desk.close()
    path = write(tmp_path, "o.csv", "Badge,Surname\n5000,Roy\n")
    saved = tmp_path / "officers-mapping.json"
    code = main(["import", "officers", str(path), "--db", str(desk.path), "--dry-run",
                 "--save-mapping", str(saved)])
    assert code == 0
    assert "Would import 1 rows: 1 created" in capsys.readouterr().out
    assert load_mapping(saved).columns == {"badge": "Badge", "last_name": "Surname"}
    from ompm_desktop.services.desk import Desk

    reopened = Desk.open(desk.path)
    assert dump(reopened) == before
    reopened.close()


def test_cli_an_unknown_kind_is_a_usage_error(desk, tmp_path):
    with pytest.raises(SystemExit) as caught:
        main(["import", "badges", str(tmp_path / "x.csv"), "--db", str(desk.path)])
    assert caught.value.code == 2


def test_import_help_documents_mappings_and_the_batch_date(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    said = capsys.readouterr().out
    for words in ('"assessed_on"', '"typical_population"', '"threat_indicators"',
                  "resources/mappings/toronto-wellbeing-safety-2011.json",
                  "capacity is unknown and the neighbourhood is not yet"):
        assert words in said, words
