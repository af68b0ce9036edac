"""Exporting a kind of record to a CSV file that opens cleanly in Excel (UTF-8 with a BOM, one
header row, ISO dates) and that the import of the same kind takes back as it is.

The column headers are the import's own field labels, so the import maps them without help;
every row carries its id, so a round trip updates the same records and changes nothing.
Residents' personal details are left out unless asked for.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ompm_desktop.clock import local
from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.services.audit import record_disclosure
from ompm_desktop.services.desk import Desk
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.record_service import Record
from ompm_desktop.store.disk_errors import cannot_write_to
from ompm_desktop.store.partial_files import partial_file, remove_left_over
from ompm_desktop.transfer.kinds import kind_named
from ompm_desktop.transfer.kinds.contacts import partner_reference
from ompm_desktop.transfer.kinds.partners import PERSONAL
from ompm_desktop.transfer.mapping import INDICATOR_PREFIX
from ompm_desktop.transfer.problems import ImportFileError

ENCODING = "utf-8-sig"
# A cell Excel would take for a formula is written with a leading apostrophe.
FORMULA_STARTS = ("=", "@", "+", "-", "\t", "\r")
# The one kind of cell beginning with a sign that is left as it is: a plain number, whole.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

Row = dict[str, Any]


def _cell(value: Any, kind: str = "text") -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "datetime" and value:
        return local(str(value)).isoformat(timespec="seconds")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return escaped(str(value))


def escaped(text: str) -> str:
    """The text with a leading apostrophe if Excel could take it for a formula (so anything
    beginning with =, +, -, @, a tab or a carriage return that is not a plain number), or if
    it already begins with an apostrophe before one of those (so the import, which drops one
    such apostrophe, reads back what was written)."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS and text[1:2]:
        return "'" + text
    return text


def _names(desk: Desk, table: str) -> dict[str, str]:
    return {row["id"]: row["name"] for row in desk.db.table(table).rows_where(
        select="id, name")}


def _officers(desk: Desk, include_personal: bool) -> Iterator[Row]:
    service: OfficerService = desk.officers
    yield from service.iter()  # a yes-or-no field is written as its target's kind says


def _neighbourhoods(desk: Desk, include_personal: bool) -> Iterator[Row]:
    beats = _names(desk, "beat")
    for record in desk.neighbourhoods.iter():
        yield {**record, "beat": beats.get(record["beat_id"] or "", "")}


def _partners(desk: Desk, include_personal: bool) -> Iterator[Row]:
    neighbourhoods = _names(desk, "neighbourhood")
    links: dict[str, list[str]] = {}
    for link in desk.db.execute(
        "SELECT partner_id, neighbourhood_id FROM partner_neighbourhood ORDER BY created_at, rowid"
    ):
        links.setdefault(link[0], []).append(neighbourhoods.get(link[1], ""))
    personal: dict[str, Record] = {}
    if include_personal:
        personal = {p["partner_id"]: p for p in desk.partner_personal.iter()}
    for partner in desk.partners.iter():
        row = {**partner, "neighbourhoods": "; ".join(links.get(partner["id"], []))}
        details = personal.get(partner["id"], {})
        for target, field in PERSONAL.items():
            row[target] = details.get(field, "")
        yield row


def _contacts(desk: Desk, include_personal: bool) -> Iterator[Row]:
    badges = {o["id"]: o["badge"] for o in desk.db.table("officer").rows_where(select="id, badge")}
    neighbourhoods = _names(desk, "neighbourhood")
    partners = {p["id"]: p for p in desk.db.table("partner").rows}
    counted: dict[str, set[str]] = {}
    for partner in partners.values():
        counted.setdefault(partner["name"].strip().casefold(), set()).add(partner["kind"])
    shared = {name for name, kinds in counted.items() if len(kinds) > 1}
    links: dict[str, list[str]] = {}
    for link in desk.db.execute(
        "SELECT contact_id, partner_id FROM contact_partner ORDER BY created_at, rowid"
    ):
        links.setdefault(link[0], []).append(partner_reference(partners[link[1]], shared))
    for contact in desk.contacts.iter(order_by="occurred_at, created_at"):
        yield {
            **contact,
            "officer_badge": badges.get(contact["officer_id"] or "", ""),
            "neighbourhood": neighbourhoods.get(contact["neighbourhood_id"] or "", ""),
            "partners": "; ".join(links.get(contact["id"], [])),
        }


def _indicators(desk: Desk, include_personal: bool) -> Iterator[Row]:
    neighbourhoods = _names(desk, "neighbourhood")
    # An assessment of a deleted neighbourhood is out of sight in the app, and out of the file.
    for record in desk.assessments.iter(
        "neighbourhood_id IN (SELECT id FROM neighbourhood WHERE deleted_at IS NULL)",
        order_by="assessed_on, created_at",
    ):
        indicators = json.loads(record["indicators"] or "{}")
        row = {
            **record,
            "neighbourhood": neighbourhoods.get(record["neighbourhood_id"], ""),
            "quadrant": QUADRANTS[Quadrant(record["quadrant"])].name if record["quadrant"]
            else "",
        }
        for key, value in indicators.items():
            if isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False)
            row[f"{INDICATOR_PREFIX}{key}"] = value
        yield row


def _calls(desk: Desk, include_personal: bool) -> Iterator[Row]:
    neighbourhoods = _names(desk, "neighbourhood")
    for call in desk.db.execute("SELECT occurred_at, call_type, neighbourhood_id, reference "
                                "FROM call_for_service ORDER BY occurred_at, id"):
        yield {"occurred_at": call[0], "call_type": call[1],
               "neighbourhood": neighbourhoods.get(call[2] or "", ""), "reference": call[3]}


def _plan_risks(desk: Desk, include_personal: bool) -> Iterator[Row]:
    yield from desk.cswb_risks.iter()


def _address_points(desk: Desk, include_personal: bool) -> Iterator[Row]:
    """The address points as kept: the street as its folded key ("bank street")."""
    for street, number, suffix, x, y in desk.db.execute(
            "SELECT street, number, suffix, x, y FROM address_point "
            "ORDER BY street, number, suffix"):
        yield {"number": f"{number}{suffix.upper()}", "street": street, "x": x, "y": y}


# The kind of record each export holds, as the audit log names it.
EXPORTED_TABLES = {"officers": "officer", "neighbourhoods": "neighbourhood",
                   "partners": "partner", "contacts": "contact", "indicators": "assessment",
                   "calls": "call_for_service", "plan-risks": "cswb_risk",
                   "addresses": "address_point"}

ROWS = {
    "officers": _officers,
    "neighbourhoods": _neighbourhoods,
    "partners": _partners,
    "contacts": _contacts,
    "indicators": _indicators,
    "calls": _calls,
    "plan-risks": _plan_risks,
    "addresses": _address_points,
}
# Import targets an export leaves out: an assessment does not own its neighbourhood's
# population or beat (the neighbourhoods export has them).
LEFT_OUT: dict[str, set[str]] = {"indicators": {"population", "beat"},
                                  "addresses": {"address", "street_type", "direction"}}


def columns(kind: str, include_personal: bool = False) -> list[tuple[str, str, str]]:
    """(target name, header, value kind) of each column of an export."""
    kind_class = kind_named(kind)
    left_out = LEFT_OUT.get(kind, set())
    result = []
    for target in kind_class.targets:
        if target.name in left_out or (target.name in PERSONAL and kind == "partners"
                                       and not include_personal):
            continue
        result.append((target.name, target.label, target.kind))
    return result


def export_rows(desk: Desk, kind: str, *, include_personal: bool = False
                ) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of an export, as text cells."""
    chosen = columns(kind, include_personal)
    records = ROWS[kind](desk, include_personal)
    if kind == "indicators":
        materialized = list(records)
        keys = list(dict.fromkeys(k for r in materialized for k in r if
                                  k.startswith(INDICATOR_PREFIX)))
        chosen += [(key, f"{INDICATOR_PREFIX} {key[len(INDICATOR_PREFIX):]}", "text")
                   for key in keys]
        records = iter(materialized)

    def cells() -> Iterator[list[str]]:
        for record in records:
            yield [_cell(record.get(name), value_kind) for name, _, value_kind in chosen]

    return [header for _, header, _ in chosen], cells()


def export_csv(desk: Desk, kind: str, out: Path | str, *, include_personal: bool = False) -> int:
    """Write the export to a file (whole or not at all). Returns the number of rows."""
    kind_named(kind)
    out = Path(out)
    if out.is_dir():
        raise ImportFileError(_("{path} is a folder; give the name of the CSV file to "
                                "write.").format(path=out))
    if not out.parent.exists():
        raise ImportFileError(_("There is no folder {folder} to write {name} into.").format(
            folder=out.parent, name=out.name))
    header, rows = export_rows(desk, kind, include_personal=include_personal)
    remove_left_over(out.parent)  # what an export killed before it finished left there
    count = 0
    try:
        with partial_file(out) as temporary:
            with temporary.open("w", encoding=ENCODING, newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(header)
                for row in rows:
                    writer.writerow(row)
                    count += 1
            os.replace(temporary, out)
    except OSError as error:  # a full disk, a folder that cannot be written
        raise cannot_write_to(error, out) from None
    record_disclosure(desk, "export", EXPORTED_TABLES.get(kind, kind), out.name, rows=count,
                      personal=include_personal)
    return count
