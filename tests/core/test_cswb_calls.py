"""Calls for service brought in from a CAD or RMS export: only the time, the type, the
neighbourhood and the call's number are kept."""

from __future__ import annotations

import pytest

from ompm_desktop.cswb.calls import call_count
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.importer import import_file
from ompm_desktop.transfer.problems import ImportRefusedError

CAD = """Event Number,Date/Time,Nature,Neighbourhood,Caller Name,Address
KRP-1,2026-03-01 21:15,Disturbance,Vanier,Jane Roe,12 Main St.
KRP-2,2026-03-02 02:40,Drugs,vanier,John Doe,14 Main St.
KRP-3,03/15/2026 7:05 PM,Mental health,,Pat Poe,1 Elm St.
"""


@pytest.fixture
def division(desk):
    beat = desk.beats.create({"name": "Beat 1"})
    desk.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    return desk


def test_a_cad_export_is_mapped_and_keeps_no_names_or_addresses(division, tmp_path):
    path = tmp_path / "cad.csv"
    path.write_text(CAD, encoding="utf-8")
    result = import_file(division, "calls", path)
    assert result.created == 3
    rows = division.db.execute(
        "SELECT occurred_at, call_type, neighbourhood_id IS NOT NULL, reference "
        "FROM call_for_service ORDER BY occurred_at").fetchall()
    assert rows[0] == ("2026-03-02T02:15:00+00:00", "Disturbance", 1, "KRP-1")
    assert rows[2][2] == 0  # no neighbourhood: counted for the division only
    dump = "\n".join(division.db.conn.iterdump())
    assert "Jane Roe" not in dump and "Main St" not in dump
    again = import_file(division, "calls", path)
    assert (again.created, again.unchanged) == (0, 3)
    assert call_count(division.db) == 3


def test_an_unknown_neighbourhood_refuses_the_file_and_names_the_row(division, tmp_path):
    path = tmp_path / "cad.csv"
    path.write_text(CAD.replace("vanier", "Vanierr"), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(division, "calls", path)
    problem = refused.value.problems[0]
    assert problem.row == 3 and "Vanierr" in problem.reason
    assert call_count(division.db) == 0


def test_an_export_of_calls_imports_back_unchanged(division, tmp_path):
    path = tmp_path / "cad.csv"
    path.write_text(CAD, encoding="utf-8")
    import_file(division, "calls", path)
    out = tmp_path / "calls.csv"
    assert export_csv(division, "calls", out) == 3
    assert import_file(division, "calls", out).unchanged == 3
