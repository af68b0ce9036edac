"""Whatever file a sergeant picks, the import answers with a domain error or an import done:
never a crash, and a refused file leaves the database as it was."""

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import import_file
from ompm_desktop.transfer.kinds import KINDS

HEADERS = ["Badge", "Last name", "Name", "Kind", "Neighbourhood", "Beat", "When",
           "Officer's badge", "Summary", "Population", "Date", "Threat score", "assaults", ""]
cell = st.one_of(
    st.text(max_size=25),
    st.integers(min_value=-10**12, max_value=10**12).map(str),
    st.dates().map(str),
    st.sampled_from(["", " ", "1,234", "2026-02-30", "13/13/2026", "NaN", "=SUM(A1)", "\"",
                     "a;b", "Côte-des-Neiges", "\x00", "\r\n"]),
)
rows = st.lists(st.lists(cell, min_size=0, max_size=6), max_size=8)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])


def csv_text(header: list[str], body: list[list[str]], delimiter: str) -> str:
    def quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(
            ch in value for ch in (delimiter, '"', "\n", "\r")) else value
    return "\n".join(delimiter.join(quoted(v) for v in line) for line in [header, *body])


@pytest.fixture(scope="module")
def desk():
    opened = Desk.in_memory(clock=lambda: datetime(2026, 11, 24, 23, 0, tzinfo=UTC))
    beat = opened.beats.create({"name": "Beat 1"})
    opened.neighbourhoods.create({"name": "Vanier", "beat_id": beat["id"]})
    opened.officers.create({"badge": "1", "last_name": "Morin"})
    yield opened
    opened.close()


def dump(desk: Desk) -> str:
    return "\n".join(desk.db.conn.iterdump())


@st.composite
def header_for(draw, kind: str) -> list[str]:
    """Mostly the kind's own column names (so that rows are read and checked), some not."""
    own = [target.label for target in KINDS[kind].targets]
    chosen = draw(st.lists(st.sampled_from(own), unique=True, max_size=len(own)))
    return chosen + draw(st.lists(st.sampled_from(HEADERS), max_size=2))


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), kind=st.sampled_from(sorted(KINDS)), body=rows,
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=encodings,
       raw=st.binary(max_size=40), use_raw=st.booleans())
def test_any_file_gives_a_domain_error_or_an_import(desk, data, kind, body, delimiter,
                                                    encoding, raw, use_raw):
    header = data.draw(header_for(kind))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.csv"
        if use_raw:
            path.write_bytes(raw)
        else:
            try:
                path.write_bytes(csv_text(header, body, delimiter).encode(encoding))
            except UnicodeEncodeError:
                path.write_bytes(csv_text(header, body, delimiter).encode("utf-8"))
        before = dump(desk)
        try:
            import_file(desk, kind, path)
        except DeskError as error:
            assert error.message.strip()  # says something a person can act on
            assert dump(desk) == before  # refused: nothing written
