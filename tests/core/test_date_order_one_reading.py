"""An import learns the day/month order of all its date columns in one reading of the file,
and learns the same order as reading each column on its own did."""

import re

from hypothesis import given
from hypothesis import strategies as st

from ompm_desktop.transfer import source
from ompm_desktop.transfer.dates import _split, infer_order
from ompm_desktop.transfer.importer import import_file

NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")


def order_read_as_before(values: list[str]) -> str | None:
    """The order as it was learnt before (every value tried against the pattern)."""
    day_first = month_first = False
    for value in values:
        match = NUMERIC.match(_split(value.strip())[0])
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


date_like = st.from_regex(
    r"\A[ ,]?\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}( \d{1,2}(:\d\d)?( ?[ap]m)?)?[ ,]?\Z")
cells = st.one_of(date_like, st.text(alphabet="0123456789/-. :,apm²٣T", max_size=16))


@given(st.lists(cells, max_size=12))
def test_the_order_learnt_is_the_order_learnt_before(values):
    assert infer_order(values) == order_read_as_before(values)


def test_a_file_is_read_once_for_all_its_date_columns(desk, tmp_path, monkeypatch):
    desk.officers.create({"badge": "101", "last_name": "Morin"})
    path = tmp_path / "contacts.csv"
    path.write_text("When,Officer's badge,Kind of contact,Follow-up,Follow-up due,"
                    "Follow-up done\n"
                    "13/11/2026 14:30,101,Meeting,Call back,14/12/2026,13/12/2026 9:00\n"
                    "03/11/2026 09:00,101,Phone,,,\n", encoding="utf-8")
    whole_readings = []
    iter_rows = source.SourceTable.iter_rows

    def counted(table):
        yield from iter_rows(table)
        whole_readings.append(table.path)  # read to its end (not a look at its first rows)

    monkeypatch.setattr(source.SourceTable, "iter_rows", counted)
    result = import_file(desk, "contacts", path)
    assert result.created == 2
    # The three date columns' orders learnt in one reading, then the rows checked and written
    # (each column was read on its own: four readings).
    assert len(whole_readings) == 2
    due = desk.contacts.list(order_by="occurred_at")[1]
    assert (due["occurred_at"][:10], due["follow_up_due"]) == ("2026-11-13", "2026-12-14")
