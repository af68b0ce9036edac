"""Neighbourhood boundaries from a GeoJSON FeatureCollection: matched by name, stored whole;
a file that cannot be read says so in one line and writes nothing."""

from __future__ import annotations

import json

import pytest

from ompm_desktop.cli import main
from ompm_desktop.cswb.boundaries import BoundaryFileError, boundary_count, import_boundaries
from ompm_desktop.cswb.boundary_map import BoundaryMap


def square(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]


def feature(name, geometry, field="Name"):
    return {"type": "Feature", "properties": {"ID": 7, field: name}, "geometry": geometry}


def polygon(*rings):
    return {"type": "Polygon", "coordinates": list(rings)}


def write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


@pytest.fixture
def division(desk):
    beat = desk.beats.create({"name": "Beat 1"})
    for name in ("Vanier", "Côte-de-Sable", "Lowertown"):
        desk.neighbourhoods.create({"name": name, "beat_id": beat["id"]})
    return desk


def hood_id(desk, name):
    return desk.db.execute("SELECT id FROM neighbourhood WHERE name = ?", [name]).fetchone()[0]


def test_features_are_matched_by_folded_name_and_the_rest_listed(division, tmp_path):
    path = write(tmp_path / "ons.geojson", [
        feature("VANIER", polygon(square(0, 0, 10, 10))),
        feature("cote de sable", polygon(square(10, 0, 20, 10))),
        feature("Lowertown (96)", polygon(square(20, 0, 30, 10))),
        feature("Orléans", polygon(square(40, 0, 50, 10))),
        feature("Hull", {"type": "Point", "coordinates": [1, 1]}),
    ])
    result = import_boundaries(division, path)
    assert result.name_field == "Name"
    assert result.stored == ["Côte-de-Sable", "Lowertown", "Vanier"]
    assert result.unmatched == ["Orléans"] and result.not_polygons == 1
    assert "Orléans" in result.unmatched_line()
    assert boundary_count(division) == 3
    audit = division.db.execute("SELECT action, table_name FROM audit_log "
                                "WHERE action = 'import'").fetchall()
    assert audit == [("import", "neighbourhood")]
    vanier = division.neighbourhoods.get(hood_id(division, "Vanier"))
    assert json.loads(vanier["boundary_geojson"])["type"] == "MultiPolygon"


def test_the_name_field_is_found_or_given(division, tmp_path):
    features = [feature("Vanier", polygon(square(0, 0, 1, 1)), field="ONS_Name")]
    features[0]["properties"]["Other"] = "Lowertown"
    path = write(tmp_path / "ons.geojson", features)
    assert import_boundaries(division, path).name_field == "ONS_Name"
    assert import_boundaries(division, path, "Other").stored == ["Lowertown"]


def test_a_multipolygon_and_a_hole_are_kept_and_placed(division, tmp_path):
    path = write(tmp_path / "b.geojson", [
        feature("Vanier", {"type": "MultiPolygon", "coordinates": [
            [square(0, 0, 10, 10), square(4, 4, 6, 6)],  # with a hole
            [square(100, 100, 110, 110)]]}),
        feature("Lowertown", polygon(square(4.5, 4.5, 5.5, 5.5))),  # an island in the hole
    ])
    import_boundaries(division, path)
    boundaries = BoundaryMap.load(division.db)
    vanier, lowertown = hood_id(division, "Vanier"), hood_id(division, "Lowertown")
    assert boundaries.neighbourhood_at(1, 1) == vanier
    assert boundaries.neighbourhood_at(105, 105) == vanier  # the second polygon
    assert boundaries.neighbourhood_at(4.2, 4.2) is None  # in the hole
    assert boundaries.neighbourhood_at(5, 5) == lowertown
    assert boundaries.neighbourhood_at(50, 50) is None


def test_projected_metres_keep_their_precision(division, tmp_path):
    # MTM zone 9 northings are over 5,000,000 m: stored as they come, Geopoly's 32-bit
    # floats would put this line at 5,030,500.5 and a point 5 cm north of it south of it;
    # moved to the boundaries' corner first, the point is on the right side.
    line = 5_030_500.3
    path = write(tmp_path / "mtm.geojson", [
        feature("Vanier", polygon(square(367_000.0, 5_030_000.0, 368_000.0, line))),
        feature("Lowertown", polygon(square(367_000.0, line, 368_000.0, 5_031_000.0))),
    ])
    import_boundaries(division, path)
    boundaries = BoundaryMap.load(division.db)
    assert boundaries.neighbourhood_at(367_500.0, line + 0.05) == hood_id(division, "Lowertown")
    assert boundaries.neighbourhood_at(367_500.0, line - 0.05) == hood_id(division, "Vanier")


@pytest.mark.parametrize(("content", "says"), [
    (b"", "is empty"),
    (b'{"type": "FeatureCollection", "features": [', "is damaged or is not GeoJSON"),
    (b"Name,X,Y\nVanier,1,2\n", "is damaged or is not GeoJSON"),
    (b'{"type": "Feature", "geometry": null}', "is not a GeoJSON FeatureCollection"),
    (b"SQLite format 3\x00\x10\x00\x01\x01\x00@  \xff\xfe\x80\x93", "is not a text file"),
    (b'{"type": "FeatureCollection", "features": []}', "holds no features"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
     b'{"Name": "Vanier"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1]]]}}]}',
     "damaged boundary"),
    (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
     b'{"Name": "Nowhere"}, "geometry": {"type": "Polygon", "coordinates": '
     b'[[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}', "names a neighbourhood"),
])
def test_a_file_that_cannot_be_used_says_one_line_and_writes_nothing(
        division, tmp_path, content, says):
    write(tmp_path / "ok.geojson", [feature("Vanier", polygon(square(0, 0, 1, 1)))])
    import_boundaries(division, tmp_path / "ok.geojson")
    path = tmp_path / "bad.geojson"
    path.write_bytes(content)
    with pytest.raises(BoundaryFileError) as error:
        import_boundaries(division, path)
    assert says in error.value.message and "\n" not in error.value.message
    assert boundary_count(division) == 1


def test_a_boundary_larger_than_the_app_keeps_is_refused(division, tmp_path, monkeypatch):
    from ompm_desktop.services.fields import Field
    from ompm_desktop.services.neighbourhoods import NeighbourhoodService

    monkeypatch.setitem(NeighbourhoodService.fields, "boundary_geojson",
                        Field("Boundary", "text", max_length=100))
    path = write(tmp_path / "b.geojson", [feature("Vanier", polygon(square(0, 0, 10, 10)))])
    with pytest.raises(BoundaryFileError) as error:
        import_boundaries(division, path)
    assert "The boundary of Vanier is larger than the app keeps" in error.value.message
    assert boundary_count(division) == 0


def test_the_command_line_imports_boundaries_and_lists_the_unmatched(division, tmp_path,
                                                                     capsys):
    path = write(tmp_path / "ons.geojson", [
        feature("Vanier", polygon(square(0, 0, 10, 10))),
        feature("Orléans", polygon(square(40, 0, 50, 10)))])
    db_path = division.path
    division.close()
    assert main(["import", "boundaries", "--db", str(db_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Boundary stored for 1 neighbourhood" in out
    assert "1 feature matches no neighbourhood and was left out: Orléans." in out
    path.write_text("not json", encoding="utf-8")
    assert main(["import", "boundaries", "--db", str(db_path), str(path)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged or is not GeoJSON" in err
