"""A call for service placed by its neighbourhood's name, by its x/y in a neighbourhood's
boundary, or by its address through the municipality's address points; the rest not placed
(counted for the division only), and the summary says how many each way."""

from __future__ import annotations

import json

import pytest

from ompm_desktop.cli import main
from ompm_desktop.cswb.addresses import parse_address, street_key
from ompm_desktop.cswb.boundaries import import_boundaries
from ompm_desktop.transfer.importer import import_file
from ompm_desktop.transfer.problems import ImportRefusedError

VANIER = [[-75.67, 45.43], [-75.64, 45.43], [-75.64, 45.45], [-75.67, 45.45], [-75.67, 45.43]]
LOWERTOWN = [[-75.70, 45.43], [-75.67, 45.43], [-75.67, 45.45], [-75.70, 45.45],
             [-75.70, 45.43]]
ADDRESSES = """Civic Number,Road Name,Road Type,Direction,Longitude,Latitude
100,Montreal,Rd,,-75.655,45.44
104,Montreal,Rd,,-75.6551,45.4401
12,St. Patrick,St,E,-75.69,45.435
300,Bank,St,,-80.0,43.0
"""


@pytest.fixture
def division(desk, tmp_path):
    beat = desk.beats.create({"name": "Beat 1"})
    for name in ("Vanier", "Lowertown", "Overbrook"):
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    path = tmp_path / "ons.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"Name": name},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}
        for name, ring in (("Vanier", VANIER), ("Lowertown", LOWERTOWN))]}), encoding="utf-8")
    import_boundaries(desk, path)
    return desk


def calls(desk, tmp_path, text, name="cad.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(desk, "calls", path)


def placed(desk):
    return dict(desk.db.execute(
        "SELECT c.reference, n.name FROM call_for_service c "
        "LEFT JOIN neighbourhood n ON n.id = c.neighbourhood_id").fetchall())


def with_addresses(desk, tmp_path):
    path = tmp_path / "addresses.csv"
    path.write_text(ADDRESSES, encoding="utf-8")
    return import_file(desk, "addresses", path)


def test_name_then_xy_inside_and_outside(division, tmp_path):
    result = calls(division, tmp_path, """Event Number,Date/Time,Nature,Neighbourhood,X,Y
K-1,2026-03-01 21:15,Disturbance,Overbrook,-75.655,45.44
K-2,2026-03-01 22:15,Disturbance,,-75.655,45.44
K-3,2026-03-01 23:15,Disturbance,,-75.69,45.44
K-4,2026-03-02 00:15,Disturbance,,-75.5,45.44
K-5,2026-03-02 01:15,Disturbance,,,
""")
    assert result.created == 5
    assert placed(division) == {"K-1": "Overbrook", "K-2": "Vanier", "K-3": "Lowertown",
                                "K-4": None, "K-5": None}
    assert result.plan.notes[0] == ("Calls placed by neighbourhood name: 1; by x/y: 2; by "
                                    "address: 0; not placed (counted for the division "
                                    "only): 2.")


def test_longitude_and_latitude_columns_are_mapped_as_x_and_y(division, tmp_path):
    calls(division, tmp_path, "Incident Number,Reported,Type,Latitude,Longitude\n"
                              "K-1,2026-03-01 21:15,Drugs,45.44,-75.655\n")
    assert placed(division) == {"K-1": "Vanier"}


def test_each_call_not_placed_says_why_on_its_row(division, tmp_path):
    with_addresses(division, tmp_path)
    result = calls(division, tmp_path, """Event Number,Date/Time,Nature,X,Y,Address
K-1,2026-03-01 21:15,Disturbance,-75.655,45.44,
K-2,2026-03-01 22:15,Disturbance,-75.5,45.44,
K-3,2026-03-01 23:15,Disturbance,,,104 Montreal Road
K-4,2026-03-02 00:15,Disturbance,,,1 Nowhere Lane
K-5,2026-03-02 01:15,Disturbance,,,
""")
    notes = {row.row: row.notes for row in result.plan.rows}
    assert notes == {2: [], 3: ["not placed: its x/y is inside no neighbourhood's boundary"],
                     4: [], 5: ["not placed: its address is not among the address points"],
                     6: []}


@pytest.mark.parametrize("when", ["Event Time", "Incident Date", "Date Received",
                                  "Date et heure"])
def test_a_cad_exports_name_for_the_time_is_matched(division, tmp_path, when):
    calls(division, tmp_path, f"Incident Number,{when},Type,Latitude,Longitude\n"
                              "K-1,2026-03-01 21:15,Drugs,45.44,-75.655\n")
    assert placed(division) == {"K-1": "Vanier"}


def test_xy_in_metres_against_boundaries_in_degrees_refuses_in_one_line(division, tmp_path):
    with pytest.raises(ImportRefusedError) as refused:
        calls(division, tmp_path, "Event Number,Date/Time,Nature,X,Y\n"
                                  "K-1,2026-03-01 21:15,Drugs,367512.4,5029876.1\n"
                                  "K-2,2026-03-01 22:15,Drugs,367600.0,5029900.0\n")
    [problem] = refused.value.problems
    assert problem.row is None
    assert "look like metres" in problem.reason and "longitude/latitude" in problem.reason
    assert "367,512" in problem.reason and "same coordinates" in problem.reason
    assert placed(division) == {}


def test_xy_of_another_place_in_the_same_coordinates_says_so(division, tmp_path):
    with pytest.raises(ImportRefusedError) as refused:
        calls(division, tmp_path, "Event Number,Date/Time,Nature,X,Y\n"
                                  "K-1,2026-03-01 21:15,Drugs,-79.38,43.65\n")
    reason = refused.value.problems[0].reason
    assert "the first is -79.38, 43.65" in reason and "of the same place" in reason


def test_xy_swapped_is_named(division, tmp_path):
    with pytest.raises(ImportRefusedError) as refused:
        calls(division, tmp_path, "Event Number,Date/Time,Nature,X,Y\n"
                                  "K-1,2026-03-01 21:15,Drugs,45.44,-75.655\n")
    assert "look swapped" in refused.value.problems[0].reason


def test_a_bad_coordinate_names_its_row(division, tmp_path):
    with pytest.raises(ImportRefusedError) as refused:
        calls(division, tmp_path, "Event Number,Date/Time,Nature,X,Y\n"
                                  "K-1,2026-03-01 21:15,Drugs,-75.655,north\n"
                                  "K-2,2026-03-01 21:15,Drugs,-75.655,\n")
    assert [(p.row, p.column) for p in refused.value.problems] == [(2, "Y"), (3, "Y")]


def test_address_with_abbreviations_unit_and_block(division, tmp_path):
    assert with_addresses(division, tmp_path).created == 4
    result = calls(division, tmp_path, """Event Number,Date/Time,Nature,Address
K-1,2026-03-01 21:15,Theft,100 MONTREAL ROAD
K-2,2026-03-01 21:16,Theft,"Apt 4, 100 Montréal Rd."
K-3,2026-03-01 21:17,Theft,12 Saint Patrick Street East Unit 2
K-4,2026-03-01 21:18,Theft,"3-12 St Patrick St. E, Ottawa, ON K1N 5J2"
K-5,2026-03-01 21:19,Theft,100 block of Montreal Rd
K-6,2026-03-01 21:20,Theft,999 Montreal Rd
K-7,2026-03-01 21:21,Theft,Rideau Centre
""")
    assert placed(division) == {"K-1": "Vanier", "K-2": "Vanier", "K-3": "Lowertown",
                                "K-4": "Lowertown", "K-5": "Vanier", "K-6": None, "K-7": None}
    assert "by address: 5; not placed (counted for the division only): 2" in \
        result.plan.notes[0]


def test_calls_imported_before_the_boundaries_are_placed_when_imported_again(desk, tmp_path):
    beat = desk.beats.create({"name": "Beat 1"})
    desk.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    text = "Event Number,Date/Time,Nature,X,Y\nK-1,2026-03-01 21:15,Drugs,-75.655,45.44\n"
    first = calls(desk, tmp_path, text)
    assert placed(desk) == {"K-1": None}
    assert "No neighbourhood has a boundary yet" in first.plan.notes[1]
    path = tmp_path / "ons.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"Name": "Vanier"},
        "geometry": {"type": "Polygon", "coordinates": [VANIER]}}]}), encoding="utf-8")
    import_boundaries(desk, path)
    again = calls(desk, tmp_path, text)
    assert (again.created, again.updated) == (0, 1)
    assert placed(desk) == {"K-1": "Vanier"}
    assert calls(desk, tmp_path, text).unchanged == 1


def test_addresses_without_address_points_are_not_placed_and_the_summary_says_why(
        division, tmp_path):
    result = calls(division, tmp_path, "Event Number,Date/Time,Nature,Address\n"
                                       "K-1,2026-03-01 21:15,Drugs,100 Montreal Rd\n")
    assert placed(division) == {"K-1": None}
    assert any("No address points are kept" in note for note in result.plan.notes)


def test_address_points_in_other_coordinates_refuse_in_one_line(division, tmp_path):
    path = tmp_path / "addresses.csv"
    path.write_text("Address,X,Y\n100 Montreal Rd,371200.5,5033000.2\n", encoding="utf-8")
    import_file(division, "addresses", path)
    with pytest.raises(ImportRefusedError) as refused:
        calls(division, tmp_path, "Event Number,Date/Time,Nature,Address\n"
                                  "K-1,2026-03-01 21:15,Drugs,100 Montreal Rd\n")
    assert "None of the address points falls inside" in refused.value.problems[0].reason


def test_an_address_point_file_without_a_street_names_the_row(division, tmp_path):
    path = tmp_path / "addresses.csv"
    path.write_text("Address,X,Y\nMontreal Rd,-75.6,45.4\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(division, "addresses", path)
    assert refused.value.problems[0].row == 2


@pytest.mark.parametrize(("one", "other"), [
    ("100 Bank St.", "100 BANK STREET"),
    ("100 Bank Ave", "100 bank avenue"),
    ("100 Bank Rd W", "100 Bank Road West"),
    ("100 Boul. Saint-Laurent", "100 boulevard st laurent"),
    ("100 St. Laurent Blvd", "100 Saint-Laurent Boulevard"),
    ("Suite 200, 100 King St W", "100 King Street West"),
    ("100 King St W #4", "100 King Street West"),
    ("4-100 Rue Principale E", "100 rue principale est"),
    ("100 Côte-Sainte-Catherine Rd", "100 cote ste catherine road"),
])
def test_addresses_fold_the_same(one, other):
    assert parse_address(one) == parse_address(other) is not None


def test_a_street_key_keeps_st_as_saint_when_it_begins_the_name():
    assert street_key("St. Patrick St E") == "saint patrick street east"


def test_the_command_line_prints_how_calls_were_placed(division, tmp_path, capsys):
    path = tmp_path / "cad.csv"
    path.write_text("Event Number,Date/Time,Nature,X,Y\nK-1,2026-03-01 21:15,Drugs,"
                    "-75.655,45.44\n", encoding="utf-8")
    db_path = division.path
    division.close()
    assert main(["import", "calls", "--db", str(db_path), str(path)]) == 0
    assert "by x/y: 1;" in capsys.readouterr().out


def test_address_points_export_and_import_back(division, tmp_path):
    from ompm_desktop.transfer.exporter import export_csv

    with_addresses(division, tmp_path)
    out = tmp_path / "out.csv"
    assert export_csv(division, "addresses", out) == 4
    kept = division.db.execute("SELECT street, number, suffix, x, y FROM address_point "
                               "ORDER BY street, number").fetchall()
    import_file(division, "addresses", out)
    assert division.db.execute("SELECT street, number, suffix, x, y FROM address_point "
                               "ORDER BY street, number").fetchall() == kept


def test_address_points_stay_on_this_copy():
    from ompm_desktop.sync.tables import SHARED_TABLES

    assert "address_point" not in SHARED_TABLES


def test_the_demo_has_boundaries_and_address_points_that_place_a_cad_export(demo_db, tmp_path):
    from ompm_desktop.cswb.boundaries import boundary_count
    from ompm_desktop.demo.places import HEIGHT, SOUTH, WEST, WIDTH
    from ompm_desktop.services.desk import Desk

    demo = Desk.open(demo_db)
    try:
        assert boundary_count(demo) == demo.neighbourhoods.count()
        first = demo.db.execute("SELECT street, number FROM address_point "
                                "ORDER BY rowid LIMIT 1").fetchone()
        result = calls(demo, tmp_path, "Event Number,Date/Time,Nature,X,Y,Address\n"
                       f"N-1,2026-11-01 21:15,Drugs,{WEST + WIDTH / 2},{SOUTH + HEIGHT / 2},\n"
                       f"N-2,2026-11-01 22:15,Drugs,,,{first[1]} {first[0].upper()}\n")
        assert "by x/y: 1; by address: 1; not placed (counted for the division only): 0" in \
            result.plan.notes[0]
        placed_in = demo.db.execute(
            "SELECT DISTINCT n.name FROM call_for_service c JOIN neighbourhood n "
            "ON n.id = c.neighbourhood_id WHERE c.reference LIKE 'N-%'").fetchall()
        assert len(placed_in) == 1  # the first square holds both
    finally:
        demo.close()
