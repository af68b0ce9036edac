"""Contacts have no name, so a file without an Id column is matched by what makes a contact
the same one (when, officer, neighbourhood, summary): importing the same file again creates
nothing, and a dry run says how many rows are already there."""

from pathlib import Path

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.importer import default_mapping, import_file, plan_import
from ompm_desktop.transfer.source import read_table

ROWS = (
    "When,Officer's badge,Neighbourhood,Kind of contact,Summary\n"
    "2026-11-20 10:00,4471,Rideau Heights,Meeting,Tenants' meeting about the lane\n"
    "2026-11-20 10:00,4471,Rideau Heights,Patrol conversation,\n"
    "2026-11-21 14:30,5012,,Phone,Called the school\n"
)


def division(desk: Desk, tmp_path: Path) -> Path:
    desk.officers.create({"badge": "4471", "last_name": "Morin"})
    desk.officers.create({"badge": "5012", "last_name": "Tremblay"})
    desk.neighbourhoods.create({"name": "Rideau Heights"})
    path = tmp_path / "contacts.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def test_importing_the_same_contacts_again_creates_nothing(desk, tmp_path):
    path = division(desk, tmp_path)
    assert import_file(desk, "contacts", path).created == 3
    again = import_file(desk, "contacts", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert desk.contacts.count() == 3


def test_a_row_that_matches_on_its_key_updates_what_else_it_says(desk, tmp_path):
    path = division(desk, tmp_path)
    import_file(desk, "contacts", path)
    path.write_text(ROWS.replace("Patrol conversation", "Meeting"), encoding="utf-8")
    again = import_file(desk, "contacts", path)
    assert (again.created, again.updated, again.unchanged) == (0, 1, 2)
    assert sorted(c["kind"] for c in desk.contacts.list()) == ["Meeting", "Meeting",
                                                                "Phone"]


def test_a_different_summary_officer_neighbourhood_or_time_is_another_contact(desk, tmp_path):
    path = division(desk, tmp_path)
    import_file(desk, "contacts", path)
    path.write_text(
        "When,Officer's badge,Neighbourhood,Kind of contact,Summary\n"
        "2026-11-20 10:00,4471,Rideau Heights,Meeting,Another meeting\n"
        "2026-11-20 10:00,5012,Rideau Heights,Patrol conversation,\n"
        "2026-11-20 10:00,4471,,Patrol conversation,\n"
        "2026-11-20 10:01,4471,Rideau Heights,Patrol conversation,\n", encoding="utf-8")
    assert import_file(desk, "contacts", path).created == 4


def test_contacts_added_twice_before_are_each_matched_once(desk, tmp_path):
    """Two contacts already alike (the doubled import of old): a file with two such rows
    matches both, and with three rows creates the third."""
    path = division(desk, tmp_path)
    row = "2026-11-22 09:00,4471,Rideau Heights,Meeting,Same words\n"
    header = ROWS.splitlines()[0] + "\n"
    path.write_text(header + row + row.replace("Meeting", "Patrol conversation"), encoding="utf-8")
    assert import_file(desk, "contacts", path).created == 2
    assert import_file(desk, "contacts", path).created == 0
    path.write_text(header + row + row.replace("Meeting", "Patrol conversation")
                    + row.replace("Meeting", "Phone"), encoding="utf-8")
    assert import_file(desk, "contacts", path).created == 1
    assert desk.contacts.count() == 3


def test_a_deleted_contact_is_not_matched(desk, tmp_path):
    path = division(desk, tmp_path)
    import_file(desk, "contacts", path)
    desk.contacts.delete(desk.contacts.list("kind = 'Phone'")[0]["id"])
    assert import_file(desk, "contacts", path).created == 1


def test_the_preview_says_the_rows_are_already_there(desk, tmp_path):
    path = division(desk, tmp_path)
    import_file(desk, "contacts", path)
    table = read_table(path)
    plan = plan_import(desk, table, default_mapping("contacts", table))
    assert (plan.count("create"), plan.count("unchanged")) == (0, 3)


def test_cli_dry_run_says_how_many_would_be_skipped_as_already_there(desk, tmp_path, capsys):
    path = division(desk, tmp_path)
    desk.close()
    db = ["--db", str(desk.path)]
    assert main(["import", "contacts", str(path), *db]) == 0
    capsys.readouterr()
    assert main(["import", "contacts", str(path), *db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 created" in out
    assert "3 already there (skipped)" in out
    assert main(["import", "contacts", str(path), *db]) == 0
    reopened = Desk.open(desk.path)
    assert reopened.contacts.count() == 3
    reopened.close()
