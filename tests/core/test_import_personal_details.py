"""A contacts file whose summaries look like they hold personal details imports, with a
warning per row naming what was found (never a refusal: the person importing decides)."""

from ompm_desktop.cli import main


def test_each_row_that_looks_personal_gets_a_warning(desk, db_path, tmp_path, capsys):
    desk.neighbourhoods.create({"name": "Vanier"})
    desk.close()
    path = tmp_path / "contacts.csv"
    path.write_text(
        "When,Kind of contact,Neighbourhood,Summary\n"
        "2026-11-01 10:00,Meeting,Vanier,Talked about the lot; call 613-555-0142\n"
        "2026-11-02 10:00,Meeting,Vanier,Bike safety talk at the school\n"
        "2026-11-03 10:00,Meeting,Vanier,Mrs. Roy says the lights are out\n",
        encoding="utf-8")
    assert main(["import", "contacts", str(path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 3 rows: 3 created"), out
    assert ("row 2: warning: Summary looks like it holds personal details: a phone number "
            "(613-555-0142)") in out
    assert ("row 4: warning: Summary looks like it holds personal details: a person's name "
            "(Mrs. Roy)") in out
    assert "row 3:" not in out
