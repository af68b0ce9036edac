"""The list of community contacts: newest first, searchable inside summaries and follow-ups."""

from __future__ import annotations

from typing import Any

from ompm_desktop.i18n import N_, _
from ompm_desktop.model.vocabulary import CONTACT_ACTIVITIES, CONTACT_KINDS
from ompm_desktop.queries import display
from ompm_desktop.queries.base import (
    Column,
    Filter,
    ListRequest,
    Params,
    RecordList,
    fixed_options,
    rows_options,
    search_words,
)
from ompm_desktop.queries.field_columns import field_columns, field_searches
from ompm_desktop.queries.names import (
    any_matches,
    linked_names,
    officer_label,
    rowids_linked_to_names,
)
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.record_service import Context, Record

FOLLOW_UP_STATE = (
    "CASE WHEN contact.follow_up_due IS NULL AND contact.follow_up = '' THEN '' "
    "WHEN contact.follow_up_done_at IS NOT NULL THEN 'Done' "
    "WHEN contact.follow_up_due IS NULL THEN 'Open' "
    "WHEN contact.follow_up_due < :today THEN 'Overdue' "
    "WHEN contact.follow_up_due = :today THEN 'Due today' ELSE 'Open' END"
)

FOLLOW_UP_STATES = {
    "due": "contact.follow_up_done_at IS NULL AND contact.follow_up_due <= :today",
    "overdue": "contact.follow_up_done_at IS NULL AND contact.follow_up_due < :today",
    "today": "contact.follow_up_done_at IS NULL AND contact.follow_up_due = :today",
    "open": "contact.follow_up_done_at IS NULL AND contact.follow_up != ''",
    "done": "contact.follow_up_done_at IS NOT NULL",
}
FOLLOW_UP_LABELS = {  # read through display.follow_up_state, in the current language
    "due": "Due or overdue", "overdue": "Overdue", "today": "Due today", "open": "Open",
    "done": "Done",
}

SINCE = "strftime('%Y-%m-%dT%H:%M:%S+00:00', :now, '-{days} days')"
PERIODS = {
    "7": f"contact.occurred_at >= {SINCE.format(days=7)}",
    "30": f"contact.occurred_at >= {SINCE.format(days=30)}",
    "90": f"contact.occurred_at >= {SINCE.format(days=90)}",
    "365": f"contact.occurred_at >= {SINCE.format(days=365)}",
}

PARTNERS = linked_names("contact_partner", "contact_id", "partner_id", "partner", "contact.id")
FIRST_PARTNER = (  # sorting 200,000 contacts by this is quicker than by the joined names
    "(SELECT min(o.name) FROM contact_partner l JOIN partner o ON o.id = l.partner_id "
    "WHERE l.contact_id = contact.id AND o.deleted_at IS NULL)"
)


def _period_label(days: str) -> str:
    return _("Last {days} days").format(days=days)


def _describe(row: Record) -> tuple[str, str]:
    title = f"{display.when(row['occurred_at'])} · {display.translated(row['kind'])}"
    if row.get("neighbourhood"):
        title += f" · {row['neighbourhood']}"
    return title, display.first_line(row.get("summary"), 90) or (row.get("partners") or "")


class SearchedList(RecordList):
    """A list whose search finds its page and counts every match in one pass: the page shows
    both, and on 200,000 contacts a word in 12,000 of them took as long to count as to sort
    (page and count: 46 ms, now 27). The count is kept for the count() that follows, as long
    as nothing was written since (by this connection or another)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._counted: tuple[Context, tuple[Any, ...], int] | None = None

    def page(self, context: Context, request: ListRequest | None = None, offset: int = 0,
             limit: int = 200) -> list[Record]:
        request = request or ListRequest()
        if not search_words(request.search):
            return super().page(context, request, offset, limit)
        where, params = self.where(context, request)
        order = self.order_by(request)
        found = context.db.execute(
            f"SELECT {self.table}.rowid, count(*) OVER () FROM {self.table} {self.joins} "
            f"WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset",
            {**params, "limit": limit, "offset": offset}).fetchall()
        if not found:
            return []
        self._counted = (context, self._state(context, request, where, params), found[0][1])
        chosen = {f"r{number}": rowid for number, (rowid, _total) in enumerate(found)}
        sql = (f"{self._select()} WHERE {self.table}.rowid IN "
               f"({', '.join(':' + name for name in chosen)}) ORDER BY {order}")
        return self._rows(context, sql, {**params, **chosen})

    def count(self, context: Context, request: ListRequest | None = None) -> int:
        request = request or ListRequest()
        if self._counted is not None and search_words(request.search):
            where, params = self.where(context, request)
            counted_in, state, total = self._counted
            if counted_in is context and state == self._state(context, request, where, params):
                return total
        return super().count(context, request)

    @staticmethod
    def _state(context: Context, request: ListRequest, where: str,
               params: Params) -> tuple[Any, ...]:
        """What a count depends on: the request, the parameters its SQL uses (:now changes
        every second) and the database's writes so far."""
        used = sorted((name, value) for name, value in params.items() if f":{name}" in where)
        written = context.db.execute("PRAGMA data_version").fetchone()[0]
        return (request, used, context.db.conn.total_changes, written)


CONTACTS = SearchedList(
    kind="contact",
    table="contact",
    title=N_("Contacts"),
    joins=(
        "LEFT JOIN officer o ON o.id = contact.officer_id "
        "LEFT JOIN neighbourhood n ON n.id = contact.neighbourhood_id"
    ),
    columns=field_columns("contact", ContactService.fields, own={
        "officer_id": Column("officer", N_("Officer"), officer_label("o"),
                             sort_sql=("o.last_name", "o.first_name")),
        "neighbourhood_id": Column("neighbourhood", N_("Neighbourhood"), "n.name"),
        "summary": Column("summary", N_("Summary"), "contact.summary",
                          display=display.first_line),
        # Done, due, overdue: the state the follow-up is in, read from when it was done.
        "follow_up_done_at": Column(
            "follow_up_state", N_("Follow-up"), FOLLOW_UP_STATE,
            sort_sql=("contact.follow_up_done_at IS NOT NULL", "contact.follow_up_due"),
            display=display.follow_up_state),
    }, after={"neighbourhood_id": (
        Column("partners", N_("Partners"), PARTNERS, sort_sql=(FIRST_PARTNER,)),)}),
    extra_sql={"follow_up": "contact.follow_up"},
    default_sort="occurred_at",
    default_descending=True,
    filters=(
        Filter("follow_up", N_("Follow-up"), fixed_options(
            tuple(FOLLOW_UP_STATES), lambda state: display.follow_up_state(
                FOLLOW_UP_LABELS[state])),
               states=FOLLOW_UP_STATES),
        Filter("period", N_("Period"), fixed_options(tuple(PERIODS), _period_label),
               states=PERIODS),
        Filter("officer_id", N_("Officer"), rows_options(
            f"SELECT id, {officer_label('officer')} FROM officer WHERE deleted_at IS NULL "
            "ORDER BY last_name, first_name"), clause="contact.officer_id = :value"),
        Filter("neighbourhood_id", N_("Neighbourhood"), rows_options(
            "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name"),
            clause="contact.neighbourhood_id = :value"),
        Filter("partner_id", N_("Partner"), rows_options(
            "SELECT id, name FROM partner WHERE deleted_at IS NULL ORDER BY name"),
            clause="contact.id IN (SELECT contact_id FROM contact_partner "
                   "WHERE partner_id = :value)", context="community"),
        Filter("kind", N_("Kind"), fixed_options(CONTACT_KINDS, display.translated),
               clause="contact.kind = :value"),
        Filter("activity", N_("Activity"), fixed_options(CONTACT_ACTIVITIES, display.translated),
               clause="contact.activity = :value"),
    ),
    fts_table="contact_fts",
    search_sql=(
        "SELECT rowid FROM contact WHERE officer_id IN (SELECT id FROM officer WHERE "
        f"{any_matches('last_name', 'first_name', 'badge')})",
        "SELECT rowid FROM contact WHERE neighbourhood_id IN (SELECT id FROM neighbourhood "
        f"WHERE {any_matches('name')})",
        rowids_linked_to_names("contact", "contact_partner", "contact_id", "partner_id",
                               "partner"),
        *field_searches("contact", ContactService.fields),
    ),
    describe=_describe,
)
