"""The answer to an access request, as a PDF or a CSV file, and its entry in the audit log.

The file holds the person's own information by definition, so its marking says so whatever
the settings; making it is audited (who, when, for whom, how many records, where to)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from ompm_desktop.clock import local
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.privacy.access_request import Finding, as_row, counts_by_kind, find_person
from ompm_desktop.services import audit

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

CSV_COLUMNS = ("kind", "record", "date", "field", "deleted", "text")


def _headers() -> list[str]:
    return [_("Kind"), _("Record"), _("Date"), _("Field"), _("Deleted"), _("Text")]


def csv_bytes(found: list[Finding]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_headers())
    for finding in found:
        row = as_row(finding)
        writer.writerow([row[column] for column in CSV_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _shown(stamp: str) -> str:
    """A record's date as people read it: local time to the minute, a day as it is."""
    if len(stamp) <= 10:
        return stamp
    try:
        return local(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def pdf_bytes(desk: Desk, name: str, found: list[Finding]) -> bytes:
    from ompm_desktop.reports.document import document_info, render_pdf
    from ompm_desktop.reports.styles import BODY, HEADING, TITLE, para
    from ompm_desktop.reports.tables import data_table

    title = _("Access request: {name}").format(name=name)
    # The person's own information by definition: marked so, whatever was asked.
    info = document_info(desk, title=title, running_title=title, include_personal=True,
                         subject=_("Every record of the division that names {name}").format(
                             name=name))
    story = [para(title, TITLE)]
    if not found:
        story.append(para(_("No record of the division names this person."), BODY))
        return render_pdf(story, info)
    counted = counts_by_kind(found)
    story.append(para(_("{count} places name this person, searched by name (case and "
                        "accents ignored) and by the records linked to them.").format(
                            count=len(found)), BODY))
    for kind, count in counted.items():
        story.append(para(f"{_(kind)}: {count}", BODY))
    for kind in counted:
        story.append(para(_(kind), HEADING))
        rows = [[_shown(row["date"]), row["field"], row["deleted"], row["text"]]
                for row in (as_row(f) for f in found if f.kind == kind)]
        story.append(data_table([_("Date"), _("Field"), _("Deleted"), _("Text")], rows,
                                [2.3, 1.9, 1.3, 7.5], empty=""))
    return render_pdf(story, info)


def write_access_request(desk: Desk, name: str, out: Path) -> list[Finding]:
    """Find every record naming the person, write them to `out` (.pdf or .csv), audit it."""
    from ompm_desktop.reports.document import write_whole

    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ValidationError(_("Give a file name ending in .pdf or .csv."), "out")
    found = find_person(desk, name)
    content = pdf_bytes(desk, name, found) if suffix == ".pdf" else csv_bytes(found)
    write_whole(out, content)
    audit.record_disclosure(desk, "access_request", "person", out.name, name=name,
                            records=len(found))
    return found
