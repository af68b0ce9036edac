"""Reading files and dates as spreadsheets write them."""

import codecs

import pytest

from ompm_desktop.transfer.dates import DateColumn, DateProblem, infer_order
from ompm_desktop.transfer.source import read_table


@pytest.mark.parametrize("text, expected", [
    ("2026-11-24", "2026-11-24T00:00:00"),
    ("20261124", "2026-11-24T00:00:00"),
    ("12:30 AM 2026-11-24", None),
    ("2026-11-24 12:30 AM", "2026-11-24T00:30:00"),
    ("2026-11-24 12 PM", "2026-11-24T12:00:00"),
    ("24/11/26 7:05 p.m.", "2026-11-24T19:05:00"),
    ("1er décembre 2026 9:00", "2026-12-01T09:00:00"),
    ("Dec. 1, 2026", "2026-12-01T00:00:00"),
    ("2026-11-24 19:00:00+0100", "2026-11-24T19:00:00+01:00"),
])
def test_date_and_time_formats(text, expected):
    column = DateColumn(["24/11/2026"])
    if expected is None:
        with pytest.raises(DateProblem):
            column.datetime(text)
    else:
        assert column.datetime(text) == expected


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01", "31/31/2026", "Nov 2026",
                                  "2026-11-24 25:00", "2026-11-24 13:00 PM"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(DateProblem):
        DateColumn().datetime(text)


def test_a_date_field_keeps_the_day_only():
    assert DateColumn().date("2026-11-24 19:00") == "2026-11-24"
    assert DateColumn().date("") == ""


def test_the_order_of_day_and_month_comes_from_the_column():
    assert infer_order(["03/04/2026", "13/04/2026"]) == "dmy"
    assert infer_order(["03/04/2026", "04/13/2026"]) == "mdy"
    assert infer_order(["03/04/2026", "04/05/2026"]) is None
    assert infer_order(["13/04/2026", "04/13/2026"]) is None  # contradicts itself
    assert DateColumn(["13/04/2026"]).date("03/04/2026") == "2026-04-03"
    assert DateColumn(["04/13/2026"]).date("03/04/2026") == "2026-03-04"
    assert DateColumn().date("04/04/2026") == "2026-04-04"  # the same either way


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_found(tmp_path, delimiter):
    path = tmp_path / "officers.csv"
    path.write_text(delimiter.join(["Badge", "Last name", "Notes"]) + "\n"
                    + delimiter.join(["4471", "Morin", '"a, b; c | d"']) + "\n", "utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ["4471", "Morin", "a, b; c | d"]


def test_utf16_with_a_bom(tmp_path):
    path = tmp_path / "officers.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "Badge\tNom\n4471\tCôté\n".encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.headers) == ("utf-16", "\t", ["Badge", "Nom"])
    assert table.rows[0].cells == ["4471", "Côté"]


def test_blank_and_repeated_header_names(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Name,,Name,Notes,\nA,b,C,d,\n", "utf-8")
    assert read_table(path).headers == ["Name", "Column 2", "Name (2)", "Notes"]


def test_the_reading_can_be_told_what_to_use(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("Title line\nBadge;Nom\n1;Côté\n".encode("cp1252"))
    table = read_table(path, encoding="latin-1", delimiter=";", header_row=2)
    assert table.headers == ["Badge", "Nom"] and table.rows[0].cells == ["1", "Côté"]
