"""Who did it: every audit entry names the operating system's account beside the typed name,
and what leaves the division (a print, an export, an access request) is audited too; the
audit log exports for the service's review."""

import csv
import getpass

from records_division import small_division

from ompm_desktop.cli import main
from ompm_desktop.reports.profile import write_profile
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.exporter import export_csv


def audit_rows(desk, action=None):
    where, params = ("WHERE action = ?", [action]) if action else ("", [])
    return [dict(row) for row in desk.db.query(
        f"SELECT actor, account, action, table_name, after FROM audit_log {where} ORDER BY id",
        params)]


def test_an_edit_names_the_typed_user_and_the_system_account(desk):
    desk.beats.create({"name": "Beat 2"})
    [entry] = audit_rows(desk, "create")
    assert (entry["actor"], entry["account"]) == ("Sgt. Test", getpass.getuser())


def test_a_print_and_an_export_are_audited_with_their_file(desk, tmp_path):
    division = small_division(desk)
    export_csv(desk, "contacts", tmp_path / "contacts.csv")
    write_profile(desk, division.vanier["id"], tmp_path / "vanier.pdf", include_personal=True)
    exported, printed = audit_rows(desk, "export"), audit_rows(desk, "print")
    assert [(e["table_name"], e["account"]) for e in exported] == [
        ("contact", getpass.getuser())]
    assert '"file": "contacts.csv"' in exported[0]["after"]
    assert '"rows": 3' in exported[0]["after"]
    assert [e["table_name"] for e in printed] == ["neighbourhood"]
    assert '"personal": true' in printed[0]["after"]


def test_a_division_opened_read_only_still_prints(desk, db_path, tmp_path):
    division = small_division(desk)
    desk.close()
    reader = Desk.open(db_path, read_only=True)
    try:
        out = write_profile(reader, division.vanier["id"], tmp_path / "vanier.pdf")
        assert out.stat().st_size > 0
    finally:
        reader.close()
    reopened = Desk.open(db_path)
    try:
        assert audit_rows(reopened, "print") == []
    finally:
        reopened.close()


def test_export_audit_lists_the_prints_and_exports_in_local_time(desk, db_path, tmp_path,
                                                                 capsys):
    division = small_division(desk)
    desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                        "platoon": "C", "supervisor_id": division.tremblay["id"]})
    desk.close()
    assert main(["briefing", "--db", str(db_path), "--date", "2026-11-24",
                 "--out", str(tmp_path / "briefing.pdf")]) == 0
    assert main(["export", "contacts", "--db", str(db_path),
                 "--out", str(tmp_path / "contacts.csv")]) == 0
    assert main(["person", "--db", str(db_path), "--name", "Marcel Lavoie",
                 "--out", str(tmp_path / "lavoie.csv")]) == 0
    out = tmp_path / "audit.csv"
    assert main(["export", "audit", "--db", str(db_path), "--out", str(out)]) == 0
    assert "Exported" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    changes = [row["What changed"] for row in rows]
    assert "Exported: contacts.csv" in changes
    assert "Printed: briefing.pdf" in changes
    assert "Access request: lavoie.csv" in changes
    assert {row["Account"] for row in rows} == {getpass.getuser()}
    assert rows[0]["When"] == "2026-11-24 21:00"  # Toronto time of the fixed clock
