"""A file of any size goes in as a stream: its rows are read one at a time (never all held),
checked and written in batches in one transaction, every row counted though only the first
are kept to show; a problem anywhere still leaves nothing written."""

import pytest

from ompm_desktop.transfer import importer, streaming
from ompm_desktop.transfer.importer import default_mapping, import_file, plan_import
from ompm_desktop.transfer.problems import ImportRefusedError
from ompm_desktop.transfer.source import SourceTable, read_table


def partners_file(tmp_path, count, extra=""):
    path = tmp_path / "partners.csv"
    lines = ["Name,Kind"] + [f"Partner {n},Agency" for n in range(count)]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(importer, "WRITE_BATCH", 3)
    monkeypatch.setattr(importer, "KEPT_ROWS", 4)
    monkeypatch.setattr(importer, "KEPT_PROBLEMS", 2)


@pytest.fixture
def rows_never_held(monkeypatch):
    """Any reading of every row at once fails the test."""
    def held(self):
        raise AssertionError("the whole file was held in memory")
    monkeypatch.setattr(SourceTable, "rows", property(held))


def test_an_import_reads_the_rows_as_a_stream(desk, tmp_path, rows_never_held):
    path = partners_file(tmp_path, 20)
    table = read_table(path)
    assert table.row_count == 20
    assert plan_import(desk, table, default_mapping("partners", table)).count("create") == 20
    assert import_file(desk, "partners", path).created == 20
    assert desk.partners.count() == 20


def test_every_row_is_counted_though_only_the_first_are_kept(desk, tmp_path, small_batches):
    path = partners_file(tmp_path, 10)
    table = read_table(path)
    plan = plan_import(desk, table, default_mapping("partners", table))
    assert (plan.count("create"), len(plan.rows)) == (10, 4)
    result = import_file(desk, "partners", path)
    assert (result.created, desk.partners.count()) == (10, 10)
    again = import_file(desk, "partners", path)
    assert (again.created, again.unchanged) == (0, 10)


def test_a_problem_after_batches_were_written_leaves_nothing(desk, tmp_path, small_batches):
    path = partners_file(tmp_path, 10, extra=",Agency\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "partners", path)
    assert caught.value.problems[0].row == 12
    assert desk.partners.count() == 0


def test_a_repeat_far_down_the_file_is_found(desk, tmp_path, small_batches):
    path = partners_file(tmp_path, 10, extra="partner 1,agency\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "partners", path)
    assert "Repeats row 3" in caught.value.problems[0].reason
    assert desk.partners.count() == 0


def test_problems_beyond_those_kept_are_counted(desk, tmp_path, small_batches):
    path = partners_file(tmp_path, 3, extra=",Agency\n,Agency\n,Agency\n,Agency\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "partners", path)
    refused = caught.value
    assert len(refused.problems) == 2 and "4 problems" in refused.message
    assert refused.report(limit=1)[-1] == "... and 3 more."


def test_the_encoding_is_checked_over_the_whole_file(tmp_path):
    """A Windows-1252 file whose first accent comes after the first megabyte."""
    path = tmp_path / "officers.csv"
    filler = "".join(f"{4000 + n},Officer {n}\n" for n in range(80_000))
    path.write_bytes(("Badge,Last name\n" + filler + "9999,Côté\n").encode("cp1252"))
    assert path.stat().st_size > 1 << 20
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.row_count == 80_001
    assert list(table.iter_rows())[-1].cells == ["9999", "Côté"]



def test_a_partner_is_matched_by_name_and_kind_through_an_index(desk):
    """The rule that no two active partners share a name and kind (checked for every
    imported row, and on every save) reads an index, not the whole table."""
    plan = desk.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM partner WHERE deleted_at IS NULL AND "
        "(name = ? COLLATE NOCASE AND kind = ?) LIMIT 1", ["Food Bank", "Agency"]).fetchall()
    assert "USING INDEX partner_name_kind" in plan[0][-1]


def test_repeats_are_found_once_the_keys_go_to_a_temporary_table(desk, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(streaming, "SEEN_IN_MEMORY", 3)
    path = partners_file(tmp_path, 10, extra="partner 1,agency\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "partners", path)
    assert "Repeats row 3" in caught.value.problems[0].reason
    assert import_file(desk, "partners", partners_file(tmp_path, 10)).created == 10
