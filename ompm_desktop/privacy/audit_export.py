"""The audit log as a CSV file, for the service's review: every entry, oldest first, with
who (as typed, and the operating system's account), what and when, in local time."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ompm_desktop.i18n import _
from ompm_desktop.queries import display
from ompm_desktop.queries.audit_log import action_label, change_summary, record_name
from ompm_desktop.queries.kinds import kind_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def _headers() -> list[str]:
    return [_("When"), _("Who"), _("Account"), _("Action"), _("Kind"), _("Record"),
            _("What changed"), _("Record id")]


def audit_csv_bytes(desk: Desk) -> tuple[bytes, int]:
    from ompm_desktop.transfer.exporter import escaped

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_headers())
    count = 0
    for row in desk.db.query("SELECT at, actor, account, action, table_name, row_id, before, "
                             "after FROM audit_log ORDER BY id"):
        before = json.loads(row["before"]) if row["before"] else None
        after = json.loads(row["after"]) if row["after"] else None
        table = row["table_name"]
        cells = [display.when(row["at"]), row["actor"], row["account"],
                 action_label(row["action"]), kind_label(table),
                 record_name(table, after or before),
                 change_summary(table, row["action"], before, after), row["row_id"] or ""]
        writer.writerow([escaped(str(cell or "")) for cell in cells])
        count += 1
    return buffer.getvalue().encode("utf-8-sig"), count


def export_audit_csv(desk: Desk, out: Path) -> int:
    """Write the whole audit log to `out` (whole or not at all); the number of entries."""
    from ompm_desktop.reports.document import write_whole
    from ompm_desktop.services.audit import record_disclosure

    content, count = audit_csv_bytes(desk)
    write_whole(out, content)
    record_disclosure(desk, "export", "audit_log", out.name, entries=count)
    return count
