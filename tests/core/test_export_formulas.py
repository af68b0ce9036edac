"""An export never hands Excel a formula: every cell that begins with =, +, -, @, a tab or a
carriage return is written with a leading apostrophe, unless the whole cell is a plain
number; the import reads it back without the apostrophe."""

import csv
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ompm_desktop.transfer.exporter import FORMULA_STARTS, _cell, export_csv
from ompm_desktop.transfer.importer import _unquoted, import_file

PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


@pytest.mark.parametrize("text", [
    "-2+3+cmd|' /C calc'!A0",
    '+1+HYPERLINK("http://evil.example","x")',
    "- 1+cmd|' /C calc'!A0",
    "-(1)+cmd|' /C calc'!A0",
    "+1 613-555-0142",
    "=1+1",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "-",
    "+",
    "-1e5+cmd|x",
])
def test_a_cell_that_could_run_as_a_formula_is_escaped(text):
    assert _cell(text) == "'" + text


@pytest.mark.parametrize("text", ["-2", "+3", "-2.5", "+0.75", "-1e5", "12", "-.5"])
def test_a_plain_number_is_written_as_it_is(text):
    assert _cell(text) == text


@given(st.text(max_size=30))
def test_no_cell_reaches_excel_as_a_formula_and_every_cell_reads_back(text):
    written = _cell(text)
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text):
        assert written == "'" + text
    assert not written.startswith(FORMULA_STARTS) or PLAIN_NUMBER.fullmatch(written)
    assert _unquoted(written) == text


def test_a_cell_already_beginning_with_an_apostrophe_reads_back_as_it_was():
    assert _unquoted(_cell("'=1+1")) == "'=1+1"


@given(st.sampled_from(FORMULA_STARTS), st.text(max_size=20))
def test_every_formula_start_followed_by_anything_is_escaped_unless_a_number(start, rest):
    text = start + rest
    written = _cell(text)
    assert written.startswith("'") or PLAIN_NUMBER.fullmatch(text)


def test_a_partner_named_as_a_formula_goes_out_escaped_and_comes_back_unchanged(desk,
                                                                                 tmp_path):
    names = ["-2+3+cmd|' /C calc'!A0", '+1+HYPERLINK("http://evil.example","x")',
             "- 1+cmd|' /C calc'!A0"]
    for name in names:
        desk.partners.create({"name": name, "kind": "Agency"})
    out = tmp_path / "partners.csv"
    export_csv(desk, "partners", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        written = {row["Name"] for row in csv.DictReader(handle)}
    assert written == {"'" + name for name in names}
    result = import_file(desk, "partners", out)
    assert (result.created, result.updated) == (0, 0)
    assert sorted(p["name"] for p in desk.partners.list()) == sorted(names)
