"""Exports open cleanly in Excel, leave residents' personal details out unless asked, and the
import of the same kind takes them back as they are."""

import csv
from pathlib import Path

import pytest

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.importer import import_file
from ompm_desktop.transfer.kinds import KINDS
from ompm_desktop.transfer.problems import ImportRefusedError

# Parents before children, so that a fresh database can take them in this order.
ORDER = ("neighbourhoods", "officers", "partners", "contacts", "indicators")


def seed(desk: Desk) -> dict:
    beat = desk.beats.create({"name": "Beat 2 - Eastview"})
    rideau = desk.neighbourhoods.create(
        {"name": "Rideau Heights", "beat_id": beat["id"], "population": 4200})
    cote = desk.neighbourhoods.create({"name": "Côte-des-Neiges", "description": "Près, d'ici"})
    morin = desk.officers.create({"badge": "4471", "first_name": "Frédéric",
                                  "last_name": "Morin", "platoon": "C"})
    desk.officers.create({"badge": "5012", "last_name": "Tremblay", "active": 0})
    centre = desk.partners.create({
        "name": "Tenants' Assoc., Rideau", "kind": "Community group",
        "neighbourhood_ids": [rideau["id"], cote["id"]], "phone": "+1 613-555-0142",
        "notes": "=HYPERLINK(\"http://example.com\")", "natural_leader": 1,
    })
    ahmed = desk.partners.create({"name": "Ms. Ahmed", "kind": "Resident leader",
                                  "is_organization": 0})
    desk.partners.create({"name": "Ms. Ahmed", "kind": "Agency"})
    desk.partner_personal.create({"partner_id": ahmed["id"], "home_phone": "613-555-1111",
                                  "home_address": "12 Elm St, Apt 3"})
    desk.contacts.create({
        "occurred_at": "2026-11-01 01:30", "kind": "Meeting", "officer_id": morin["id"],
        "neighbourhood_id": rideau["id"], "partner_ids": [centre["id"], ahmed["id"]],
        "summary": "Line 1\nLine 2, with a comma; and \"quotes\"", "follow_up": "Call back",
        "follow_up_due": "2026-12-01",
    })
    desk.contacts.create({"occurred_at": "2026-07-15 14:05:09", "kind": "Phone",
                          "follow_up_done_at": "2026-07-16 09:00"})
    desk.assessments.create({
        "neighbourhood_id": rideau["id"], "assessed_on": "2026-10-01", "assessor": "Sgt. Test",
        "indicators": {"calls_per_1000": 212.5, "repeat_addresses": 14, "note": "spring"},
        "threat": 72.25, "capacity": 31, "computed_quadrant": "enforcement",
        "quadrant": "enforcement",
    })
    return {"ahmed": ahmed}


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def dump(desk: Desk) -> str:
    return "\n".join(desk.db.conn.iterdump())


def test_an_export_opens_cleanly_in_excel(desk, tmp_path):
    seed(desk)
    out = tmp_path / "contacts.csv"
    assert export_csv(desk, "contacts", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfId,When,")  # UTF-8 with a BOM, one header row
    assert b"\r\n" in raw
    rows = read(out)
    assert len({len(row) for row in rows}) == 1
    header, *data = rows
    by_summary = {row[header.index("Summary")]: dict(zip(header, row, strict=True))
                  for row in data}
    meeting = by_summary["Line 1\nLine 2, with a comma; and \"quotes\""]
    assert meeting["When"] == "2026-11-01T01:30:00-04:00"  # ISO, Toronto time with its offset
    assert meeting["Follow-up due"] == "2026-12-01"
    assert meeting["Officer's badge"] == "4471"
    assert meeting["Partners"] == "Tenants' Assoc., Rideau; Ms. Ahmed (Resident leader)"


def test_officers_and_partners_read_plainly(desk, tmp_path):
    seed(desk)
    export_csv(desk, "officers", tmp_path / "o.csv")
    header, *rows = read(tmp_path / "o.csv")
    assert header == ["Id", "Badge number", "First name", "Last name", "Rank", "Platoon",
                      "Active"]
    assert [row[1:] for row in rows] == [
        ["4471", "Frédéric", "Morin", "Cst.", "C", "yes"],
        ["5012", "", "Tremblay", "Cst.", "", "no"],
    ]
    export_csv(desk, "partners", tmp_path / "p.csv")
    header, *rows = read(tmp_path / "p.csv")
    tenants = dict(zip(header, [r for r in rows if r[1].startswith("Tenants")][0], strict=True))
    assert tenants["Neighbourhoods"] == "Rideau Heights; Côte-des-Neiges"
    assert tenants["Natural community leader"] == "yes"
    # A cell Excel would run as a formula is kept as text.
    assert tenants["Notes"] == "'=HYPERLINK(\"http://example.com\")"
    # So is one beginning with a sign that is not a plain number (the import drops the ').
    assert tenants["Phone"] == "'+1 613-555-0142"


def test_residents_personal_details_are_left_out_unless_asked(desk, tmp_path):
    seed(desk)
    export_csv(desk, "partners", tmp_path / "plain.csv")
    text = (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    assert "613-555-1111" not in text and "Elm St" not in text and "Home phone" not in text
    export_csv(desk, "partners", tmp_path / "personal.csv", include_personal=True)
    header, *rows = read(tmp_path / "personal.csv")
    ahmed = dict(zip(header, [r for r in rows if r[2] == "Resident leader"][0], strict=True))
    assert (ahmed["Home phone"], ahmed["Home address"]) == ("613-555-1111", "12 Elm St, Apt 3")


def test_indicators_export_one_column_per_indicator(desk, tmp_path):
    seed(desk)
    export_csv(desk, "indicators", tmp_path / "i.csv")
    header, row = read(tmp_path / "i.csv")
    record = dict(zip(header, row, strict=True))
    assert record["Quadrant"] == "Enforcement & Crime Suppression"
    assert (record["Threat score"], record["Capacity score"]) == ("72.25", "31")
    assert record["indicator: calls_per_1000"] == "212.5"
    assert record["indicator: repeat_addresses"] == "14"


@pytest.mark.parametrize("kind", ORDER)
def test_a_round_trip_changes_nothing(desk, tmp_path, kind):
    seed(desk)
    out = tmp_path / f"{kind}.csv"
    export_csv(desk, kind, out, include_personal=True)
    before = dump(desk)
    result = import_file(desk, kind, out)
    assert (result.created, result.updated) == (0, 0)
    assert result.unchanged == len(read(out)) - 1
    assert dump(desk) == before


def test_every_kind_moves_to_a_fresh_database_and_exports_the_same(desk, tmp_path):
    seed(desk)
    fresh = Desk.open(tmp_path / "fresh.db", create=True, clock=desk.context.clock)
    try:
        for kind in ORDER:
            first = tmp_path / f"first-{kind}.csv"
            export_csv(desk, kind, first, include_personal=True)
            import_file(fresh, kind, first)
            second = tmp_path / f"second-{kind}.csv"
            export_csv(fresh, kind, second, include_personal=True)
            assert sorted(read(second)) == sorted(read(first)), kind
        assert fresh.partner_personal.count() == 1
    finally:
        fresh.close()


def test_every_kind_has_an_export(desk, tmp_path):
    for kind in KINDS:
        assert export_csv(desk, kind, tmp_path / f"{kind}.csv") == 0
        assert len(read(tmp_path / f"{kind}.csv")) == 1


def test_cli_export_and_its_refusal_to_overwrite(desk, tmp_path, capsys):
    seed(desk)
    desk.close()
    out = tmp_path / "officers.csv"
    assert main(["export", "officers", "--db", str(desk.path), "--out", str(out)]) == 0
    assert "Exported 2 officers" in capsys.readouterr().out
    assert main(["export", "officers", "--db", str(desk.path), "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["export", "officers", "--db", str(desk.path), "--out", str(out),
                 "--force"]) == 0


def test_a_round_trip_keeps_links_to_since_deleted_records(desk, tmp_path):
    seed(desk)
    contact = desk.contacts.list("kind = 'Meeting'")[0]
    linked = desk.contacts.get(contact["id"])
    desk.partners.delete(linked["partner_ids"][0])
    desk.officers.delete(linked["officer_id"])
    desk.neighbourhoods.delete(linked["neighbourhood_id"])
    for kind in ("contacts", "neighbourhoods", "indicators"):
        out = tmp_path / f"{kind}.csv"
        export_csv(desk, kind, out)
        before = dump(desk)
        assert import_file(desk, kind, out).created == 0
        assert dump(desk) == before, kind
    # A new contact may not link to a deleted partner.
    out = tmp_path / "new.csv"
    out.write_text("When,Kind,Partners\n2026-11-20 10:00,Meeting,\"Tenants' Assoc., Rideau\"\n")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(desk, "contacts", out)
    assert "no longer exists" in caught.value.problems[0].reason
