""""Did it work?" under a profile's initiatives: one small line per initiative whose calls
before and after its response can be compared (see cswb.did_it_work)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from ompm_desktop.clock import today
from ompm_desktop.cswb.did_it_work import Verdict, before_after, call_types_of
from ompm_desktop.i18n import _
from ompm_desktop.reports.styles import SMALL, bold, escaped, markup

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def did_it_work_lines(desk: Desk, initiatives: Iterable[dict[str, Any]]) -> list[Flowable]:
    until = today(desk.context.clock)
    lines = []
    for initiative in initiatives:
        # A row that carries its call types (initiatives_for's) is enough, and one naming
        # none is not measured: no record is read again for it.
        if "call_types" in initiative and not call_types_of(initiative):
            continue
        record = initiative if "call_types" in initiative else desk.initiatives.get(
            initiative["id"])
        result = before_after(desk.db, record, until)
        if result.verdict is Verdict.NOT_YET:
            continue
        lines.append(markup(f"{bold(_('Did it work?'))} {escaped(record['title'])}: "
                            f"{escaped(result.sentence())}", SMALL))
    return lines
