"""Nasty files: each imports right, or is refused with the right row, column and reason, and a
refused file leaves the database exactly as it was."""

import hashlib
from pathlib import Path

import pytest

from ompm_desktop.transfer.importer import default_mapping, import_file, plan_import
from ompm_desktop.transfer.problems import ImportFileError, ImportRefusedError
from ompm_desktop.transfer.source import read_table


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def dump(desk) -> str:
    return "\n".join(desk.db.conn.iterdump())


def file_hash(desk) -> str:
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(desk.path.read_bytes()).hexdigest()


def refused(desk, kind, path, **options) -> list:
    """Import a file that must be refused; check that nothing changed; return the problems."""
    before, before_bytes = dump(desk), file_hash(desk)
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, kind, path, **options)
    assert dump(desk) == before
    assert file_hash(desk) == before_bytes
    return caught.value.problems


@pytest.fixture
def division(desk):
    beat = desk.beats.create({"name": "Beat 2 - Eastview"})
    desk.neighbourhoods.create({"name": "Rideau Heights", "beat_id": beat["id"]})
    desk.neighbourhoods.create({"name": "Côte-des-Neiges", "beat_id": beat["id"]})
    desk.officers.create({"badge": "4471", "first_name": "Julie", "last_name": "Morin"})
    desk.partners.create({"name": "Rideau Heights Community Centre", "kind": "Agency"})
    return desk


def test_a_utf8_bom_is_not_part_of_the_first_column_name(desk, tmp_path):
    path = write(tmp_path, "officers.csv", "\ufeffBadge,First name,Last name\r\n"
                 "4471,Frédéric,Tremblay\r\n")
    table = read_table(path)
    assert (table.encoding, table.headers[0]) == ("utf-8-sig", "Badge")
    result = import_file(desk, "officers", path)
    assert result.created == 1
    assert desk.officers.find_by_badge("4471")["first_name"] == "Frédéric"


def test_windows_1252_accents_from_older_excel(desk, tmp_path):
    path = write(tmp_path, "neighbourhoods.csv",
                 "Name;Population;Description\nCôte-des-Neiges;104000;Près de l'Oratoire\n"
                 "Ahuntsic;7200;Frédéric's beat\n", encoding="cp1252")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    import_file(desk, "neighbourhoods", path)
    found = desk.neighbourhoods.find_by_name("Côte-des-Neiges")
    assert found["population"] == 104000
    assert found["description"] == "Près de l'Oratoire"
    assert desk.neighbourhoods.find_by_name("Ahuntsic")["description"] == "Frédéric's beat"


def test_semicolons_quoted_commas_and_newlines(division, tmp_path):
    path = write(tmp_path, "partners.csv",
                 'Name;Kind;Notes;Neighbourhoods\n'
                 '"Tenants\' Assoc., Rideau";Community group;"Meets Tuesdays, 19:00\n'
                 'in the basement; bring ID";"Rideau Heights; Côte-des-Neiges"\n'
                 'St. Mark\'s School;School;"He said ""call first""";Rideau Heights\n')
    result = import_file(division, "partners", path)
    assert result.created == 2
    tenants = division.partners.list("name = ?", ["Tenants' Assoc., Rideau"])[0]
    assert tenants["notes"] == "Meets Tuesdays, 19:00\nin the basement; bring ID"
    assert len(division.partners.get(tenants["id"])["neighbourhood_ids"]) == 2
    school = division.partners.list("kind = 'School'")[0]
    assert school["notes"] == 'He said "call first"'


def test_row_numbers_count_lines_inside_quotes_and_blank_lines(division, tmp_path):
    path = write(tmp_path, "partners.csv",
                 "Name,Kind,Notes\n"
                 '"Food Bank",Agency,"two\nlines"\n'
                 "\n"
                 "Legion Hall,Club,\n")
    problems = refused(division, "partners", path)
    # Spreadsheet rows: 1 header, 2 the two-line cell, 3 blank, 4 the bad kind.
    assert [(p.row, p.column) for p in problems] == [(4, "Kind")]
    assert "Kind must be one of" in problems[0].reason and "Club" in problems[0].reason


def test_blank_lines_are_skipped(desk, tmp_path):
    path = write(tmp_path, "officers.csv",
                 "\n\nBadge,Last name\n\n4471,Morin\n,\n\n5012,Tremblay\n\n\n")
    table = read_table(path)
    assert table.header_row == 3
    assert [row.number for row in table.rows] == [5, 8]
    assert import_file(desk, "officers", path).created == 2


def test_a_title_line_above_the_table_is_not_the_header(desk, tmp_path):
    path = write(tmp_path, "officers.csv",
                 "Platoon C roster, November 2026\n\nBadge,First name,Last name,Platoon\n"
                 "4471,Julie,Morin,C\n")
    assert read_table(path).header_row == 3
    assert import_file(desk, "officers", path).created == 1


def test_duplicate_rows_are_refused_with_both_rows_named(division, tmp_path):
    path = write(tmp_path, "officers.csv",
                 "Badge,Last name\n5012,Tremblay\n6000,Ahmed\n5012,Tremblay\n")
    problems = refused(division, "officers", path)
    assert [(p.row, p.reason[:14]) for p in problems] == [(4, "Repeats row 2:")]
    assert "badge number" in problems[0].reason


def test_an_exactly_repeated_contact_is_refused(division, tmp_path):
    line = "2026-11-20 19:00,4471,Rideau Heights,Meeting,Lane lighting\n"
    path = write(tmp_path, "contacts.csv",
                 "When,Officer,Neighbourhood,Kind,Summary\n" + line + line)
    problems = refused(division, "contacts", path)
    assert [(p.row, p.reason) for p in problems] == [
        (3, "Repeats row 2 exactly; remove one of them.")
    ]


def test_dates_in_several_formats(division, tmp_path):
    rows = [
        "2026-11-24 19:00",
        "2026-11-24T19:00:00-05:00",
        "24/11/2026 7:00 PM",
        "2026/11/24 19:00",
        "Nov 24, 2026 7:00 pm",
        "24 novembre 2026 19:00",
        "Tuesday, November 24, 2026 19:00",
        "24-Nov-2026 19:00:00",
        "2026-11-25T00:00:00Z",
    ]
    text = "When,Kind,Summary\n" + "".join(
        f'"{when}",Meeting,Format {n}\n' for n, when in enumerate(rows))
    result = import_file(division, "contacts", write(tmp_path, "c.csv", text))
    assert result.created == len(rows)
    stamps = {c["occurred_at"] for c in division.contacts.list()}
    assert stamps == {"2026-11-25T00:00:00+00:00"}


def test_a_date_that_reads_two_ways_is_refused_not_guessed(division, tmp_path):
    path = write(tmp_path, "c.csv", "When,Kind\n03/04/2026 10:00,Meeting\n05/06/2026,Phone\n")
    problems = refused(division, "contacts", path)
    assert [(p.row, p.column) for p in problems] == [(2, "When"), (3, "When")]
    assert "day/month or month/day" in problems[0].reason
    assert "YYYY-MM-DD" in problems[0].reason


def test_the_column_settles_the_day_month_order(division, tmp_path):
    path = write(tmp_path, "c.csv", "When,Kind\n03/04/2026 10:00,Meeting\n25/12/2026,Phone\n")
    import_file(division, "contacts", path)
    days = sorted(c["occurred_at"][:10] for c in division.contacts.list())
    assert days == ["2026-04-03", "2026-12-25"]


def test_a_date_that_does_not_exist(division, tmp_path):
    path = write(tmp_path, "c.csv", "When,Kind\n2026-02-30 10:00,Meeting\n")
    problems = refused(division, "contacts", path)
    assert problems[0].row == 2 and problems[0].column == "When"
    assert "2026-02-30" in problems[0].reason


def test_a_missing_required_column(division, tmp_path):
    path = write(tmp_path, "officers.csv", "Badge,First name\n7001,Ana\n")
    problems = refused(division, "officers", path)
    assert [(p.row, p.column) for p in problems] == [(1, "Last name")]
    assert "no column for Last name" in problems[0].reason


def test_every_bad_row_is_listed_not_just_the_first(division, tmp_path):
    path = write(tmp_path, "contacts.csv",
                 "When,Officer,Neighbourhood,Kind,Follow-up due\n"
                 "2026-11-20 10:00,4471,Rideau Heights,Meeting,\n"
                 "2026-11-21 10:00,9999,Rideau Heights,Meeting,\n"
                 "2026-11-22 10:00,4471,Vanier,Meeting,\n"
                 "2026-11-23 10:00,4471,Rideau Heights,Coffee,\n"
                 "2026-11-24 10:00,4471,Rideau Heights,Meeting,2026-12-01\n")
    problems = refused(division, "contacts", path)
    assert [(p.row, p.column) for p in problems] == [
        (3, "Officer"), (4, "Neighbourhood"), (5, "Kind"), (6, "Follow-up"),
    ]
    assert "No officer has badge 9999" in problems[0].reason
    assert "No neighbourhood is named 'Vanier'" in problems[1].reason
    assert "Say what the follow-up is" in problems[3].reason


def test_a_row_wider_than_the_header(division, tmp_path):
    path = write(tmp_path, "officers.csv", "Badge,Last name\n7001,Morin, Jr\n")
    problems = refused(division, "officers", path)
    assert problems[0].row == 2
    assert "more cells than the header" in problems[0].reason


def test_a_workbook_or_an_empty_file_is_refused_plainly(desk, tmp_path):
    workbook = tmp_path / "officers.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="Excel workbook"):
        import_file(desk, "officers", workbook)
    with pytest.raises(ImportFileError, match="is empty"):
        import_file(desk, "officers", write(tmp_path, "empty.csv", "\n\n"))
    with pytest.raises(ImportFileError, match="There is no file"):
        import_file(desk, "officers", tmp_path / "missing.csv")


def test_the_preview_says_which_rows_create_and_which_update(division, tmp_path):
    path = write(tmp_path, "officers.csv",
                 "Badge,First name,Last name\n4471,Julie,Morin-Roy\n5012,Luc,Tremblay\n"
                 "4471x,Ana,Ahmed\n")
    table = read_table(path)
    plan = plan_import(division, table, default_mapping("officers", table))
    assert [(r.row, r.action) for r in plan.rows] == [
        (2, "update"), (3, "create"), (4, "create"),
    ]
    assert division.officers.count() == 1  # the preview wrote nothing
    import_file(division, "officers", path)
    assert division.officers.find_by_badge("4471")["last_name"] == "Morin-Roy"
    assert division.officers.count() == 3
