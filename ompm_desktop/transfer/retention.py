"""Retention of residents' personal details: what has been kept longer than the period set
(retention_months), and erasing it.

Past the period:
- a community contact keeps its date, officer, neighbourhood, kind, activity and partner
  agencies (so the statistics stand), but its summary and follow-up notes are erased and its
  links to residents (partners who are persons) are removed;
- a resident's personal details (home phone, personal email, home address, notes) are erased
  when they were last changed before the period began and the resident has had no contact
  since.
The erasure goes through the services (so it is audited), and the erased text is also
removed from the audit log's copies of those records and from the search index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time

from ompm_desktop.clock import LOCAL_ZONE, iso, today
from ompm_desktop.i18n import _
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk

ERASED = "[Erased: retention period]"
CONTACT_TEXT = ("summary", "follow_up")
PERSONAL_TEXT = ("home_phone", "personal_email", "home_address", "notes")


@dataclass(frozen=True)
class ExpiredItem:
    table: str  # "contact" or "partner_personal"
    record_id: str
    when: str  # the local date it dates from
    label: str  # what the review shows
    deleted: bool = False


@dataclass
class RetentionReview:
    months: int
    cutoff: date  # records from before this local date have passed the period
    contacts: list[ExpiredItem] = field(default_factory=list)
    personal: list[ExpiredItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.contacts and not self.personal

    def summary(self) -> str:
        return (f"{len(self.contacts)} contacts and {len(self.personal)} residents' personal "
                f"details are older than {self.months} months (before {self.cutoff}).")


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has at least 28 days")


def _cutoff_stamp(cutoff: date) -> str:
    return iso(datetime.combine(cutoff, time(0), tzinfo=LOCAL_ZONE))


def review_retention(desk: Desk) -> RetentionReview:
    """What has passed the retention period and still holds personal details."""
    months = int(desk.settings.get("retention_months"))
    cutoff = months_before(today(desk.context.clock), months)
    stamp = _cutoff_stamp(cutoff)
    review = RetentionReview(months, cutoff)
    neighbourhoods = {r["id"]: r["name"] for r in desk.db.table("neighbourhood").rows}
    for contact in desk.db.query(
        f"""SELECT * FROM contact WHERE occurred_at < ? AND (
                summary NOT IN ('', ?) OR follow_up NOT IN ('', ?) OR id IN ({_RESIDENT_LINKS}))
            ORDER BY occurred_at""",
        [stamp, ERASED, ERASED],
    ):
        where = neighbourhoods.get(contact["neighbourhood_id"] or "", _("no neighbourhood"))
        review.contacts.append(ExpiredItem(
            "contact", contact["id"], _local_day(contact["occurred_at"]),
            f"{_(contact['kind'])}, {where}", bool(contact["deleted_at"]),
        ))
    filled = " OR ".join(f"p.{name} NOT IN ('', '{ERASED}')" for name in PERSONAL_TEXT)
    for details in desk.db.query(
        f"""SELECT p.*, partner.name AS partner_name FROM partner_personal p
            JOIN partner ON partner.id = p.partner_id
            WHERE p.updated_at < ? AND ({filled}) AND NOT EXISTS (
                SELECT 1 FROM contact_partner cp JOIN contact c ON c.id = cp.contact_id
                WHERE cp.partner_id = p.partner_id AND c.occurred_at >= ?)
            ORDER BY p.updated_at""",
        [stamp, stamp],
    ):
        review.personal.append(ExpiredItem(
            "partner_personal", details["id"], _local_day(details["updated_at"]),
            _("Personal details of {name}").format(name=details["partner_name"]),
            bool(details["deleted_at"]),
        ))
    return review


_RESIDENT_LINKS = """SELECT cp.contact_id FROM contact_partner cp
    JOIN partner ON partner.id = cp.partner_id WHERE partner.is_organization = 0"""


def _local_day(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(LOCAL_ZONE).date().isoformat()


def erase_expired(desk: Desk, review: RetentionReview | None = None) -> RetentionReview:
    """Erase what the review found (a fresh review if none is given), in one transaction.
    Returns what was erased."""
    review = review or review_retention(desk)
    current = review_retention(desk)  # only what is still due, if time has passed
    due = {item.record_id for item in current.contacts + current.personal}
    review.contacts = [item for item in review.contacts if item.record_id in due]
    review.personal = [item for item in review.personal if item.record_id in due]
    if review.empty:
        return review
    secure = desk.db.execute("PRAGMA secure_delete").fetchone()[0]
    desk.db.execute("PRAGMA secure_delete = ON")  # freed pages are overwritten, not left
    try:
        _erase(desk, review)
    finally:
        desk.db.execute(f"PRAGMA secure_delete = {int(secure)}")
    return review


def _erase(desk: Desk, review: RetentionReview) -> None:
    with desk.db.atomic():
        residents = {row[0] for row in desk.db.execute(
            "SELECT id FROM partner WHERE is_organization = 0")}
        for item in review.contacts:
            _erase_contact(desk, item, residents)
        for item in review.personal:
            _erase_personal(desk, item)
        for log, sides in (("audit_log", ("before", "after")), ("conflict_log", ("loser",))):
            _redact_log(desk, log, sides, "contact", [i.record_id for i in review.contacts],
                        CONTACT_TEXT)
            _redact_log(desk, log, sides, "partner_personal",
                        [i.record_id for i in review.personal], PERSONAL_TEXT)
        audit.record_change(
            desk.db, at=desk.context.now(), actor=desk.actor, action="retention",
            table="contact", row_id=None, before=None,
            after={"months": review.months, "before": review.cutoff.isoformat(),
                   "contacts": len(review.contacts), "personal_details": len(review.personal)},
        )
    desk.db.execute("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _erase_contact(desk: Desk, item: ExpiredItem, residents: set[str]) -> None:
    record = desk.contacts.get(item.record_id, include_deleted=True)
    changes = {name: ERASED if record[name] else "" for name in CONTACT_TEXT}
    kept = [pid for pid in record["partner_ids"] if pid not in residents]
    if item.deleted:
        # A deleted record cannot be edited through its service; erase it where it lies.
        desk.db.table("contact").update(
            item.record_id, {**changes, "updated_at": desk.context.now()})
        desk.db.execute("DELETE FROM contact_partner WHERE contact_id = ? AND partner_id IN "
                        "(SELECT id FROM partner WHERE is_organization = 0)", [item.record_id])
    else:
        desk.contacts.update(item.record_id, {**changes, "partner_ids": kept})


def _erase_personal(desk: Desk, item: ExpiredItem) -> None:
    changes = {name: "" for name in PERSONAL_TEXT}
    if item.deleted:
        desk.db.table("partner_personal").update(
            item.record_id, {**changes, "updated_at": desk.context.now()})
    else:
        desk.partner_personal.update(item.record_id, changes)


def _redact_log(desk: Desk, log: str, sides: tuple[str, ...], table: str, ids: list[str],
                fields: tuple[str, ...]) -> None:
    """The audit log keeps who changed what and when, and the sync's conflict log which
    version lost, but neither keeps the erased text."""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for entry in list(desk.db.query(
            f"SELECT id, {', '.join(sides)} FROM {log} WHERE table_name = ? AND row_id IN "
            f"({marks})", [table, *chunk]
        )):
            changes = {}
            for side in sides:
                if entry[side]:
                    data = json.loads(entry[side])
                    for name in fields:
                        if data.get(name):
                            data[name] = ERASED
                    if table == "contact" and "partner_ids" in data:
                        data["partner_ids"] = _organizations(desk, data["partner_ids"])
                    changes[side] = json.dumps(data, ensure_ascii=False)
            if changes:
                desk.db.table(log).update(entry["id"], changes)


def _organizations(desk: Desk, partner_ids: list[str]) -> list[str]:
    if not partner_ids:
        return []
    marks = ", ".join("?" for _ in partner_ids)
    kept = {row[0] for row in desk.db.execute(
        f"SELECT id FROM partner WHERE is_organization = 1 AND id IN ({marks})", partner_ids)}
    return [pid for pid in partner_ids if pid in kept]
