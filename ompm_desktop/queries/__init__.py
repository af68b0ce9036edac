"""Lists of records for the pages: paged, sorted, filtered and searched as the user types."""

from __future__ import annotations

from ompm_desktop.queries.audit_log import AUDIT_LOG
from ompm_desktop.queries.base import Column, Filter, ListRequest, RecordList
from ompm_desktop.queries.contacts import CONTACTS
from ompm_desktop.queries.cswb_risks import CSWB_RISKS
from ompm_desktop.queries.initiatives import INITIATIVES
from ompm_desktop.queries.partners import PARTNERS
from ompm_desktop.queries.people_places import BEATS, BRIEFING_ITEMS, NEIGHBOURHOODS, OFFICERS

# Every kind of record that has a list, by its table name.
LISTS: dict[str, RecordList] = {
    record_list.kind: record_list
    for record_list in (
        CONTACTS, PARTNERS, INITIATIVES, OFFICERS, NEIGHBOURHOODS, BEATS, BRIEFING_ITEMS,
        AUDIT_LOG, CSWB_RISKS,
    )
}

__all__ = [
    "AUDIT_LOG", "BEATS", "BRIEFING_ITEMS", "CONTACTS", "CSWB_RISKS", "INITIATIVES", "LISTS",
    "NEIGHBOURHOODS", "OFFICERS", "PARTNERS", "Column", "Filter", "ListRequest", "RecordList",
]
