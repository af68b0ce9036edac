from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from ompm_desktop.clock import iso, local
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS, BRIEFING_SCOPES
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Record, RecordService
from ompm_desktop.services.settings import SettingsService

# Where an item stands at a moment `{now}` (a UTC stamp): the same conditions serve the
# service's lists and the page's filter. Expired items leave the active lists by themselves
# (no job moves them) and stay in the file, to be searched.
ITEM_STATES: dict[str, str] = {
    "active": "starts_at <= {now} AND (expires_at IS NULL OR expires_at > {now})",
    "upcoming": "starts_at > {now}",
    "current": "expires_at IS NULL OR expires_at > {now}",  # active or upcoming
    "expired": "expires_at IS NOT NULL AND expires_at <= {now}",
}
ITEM_STATE_LABELS = {  # marked with N_(): shown with _()
    "current": N_("In force or upcoming"),
    "active": N_("In force now"),
    "upcoming": N_("Upcoming"),
    "expired": N_("Expired"),
}


DEFAULT_BOLO_DAYS = 30


def state_condition(state: str, now_param: str) -> str:
    """The SQL condition of a state, with `now_param` ('?' or ':now') for the moment."""
    if state not in ITEM_STATES:
        choices = ", ".join(ITEM_STATES)
        raise ValidationError(_("A briefing item's state is one of {choices}, not '{state}'.")
                              .format(choices=choices, state=state))
    return "(" + ITEM_STATES[state].replace("{now}", now_param) + ")"


class BriefingItemService(RecordService):
    table = "briefing_item"
    noun = N_("briefing item")
    gone_message = N_("That briefing item no longer exists (it may have been deleted).")
    default_order = "starts_at DESC"
    fields = {
        "kind": choice(N_("Kind"), tuple(BRIEFING_KIND_LABELS), listed=True),
        "scope": Field(N_("Scope"), "choice", required=True, choices=BRIEFING_SCOPES,
                       default="division", listed=True),
        "beat_id": ref(N_("Beat"), "beat"),
        "neighbourhood_id": ref(N_("Neighbourhood"), "neighbourhood"),
        "title": text(N_("Title"), required=True, max_length=200, listed=True, searched=True),
        "text": text(N_("Details"), max_length=10_000, searched=True),
        "starts_at": Field(N_("Starts"), "datetime", required=True, listed=True),
        "expires_at": Field(N_("Expires"), "datetime", listed=True),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        scope = self.merged(values, existing, "scope")
        if scope == "beat" and not self.merged(values, existing, "beat_id"):
            raise ValidationError(_("Choose the beat this item is for."), "beat_id")
        if scope == "neighbourhood" and not self.merged(values, existing, "neighbourhood_id"):
            raise ValidationError(_("Choose the neighbourhood this item is for."),
                                  "neighbourhood_id")
        starts = self.merged(values, existing, "starts_at")
        expires = self.merged(values, existing, "expires_at")
        if expires and starts and expires <= starts:
            start = local(starts)
            raise ValidationError(
                _("The item starts {when}: it must expire after that. Choose a later expiry, "
                  "or leave it blank.").format(when=f"{short_date(start)} {start:%H:%M}"),
                "expires_at")

    def create(self, data: Mapping[str, Any]) -> Record:
        """A be-on-the-lookout item given no expiry expires after the service's default
        number of days (the setting bolo_default_days, 30 unless changed)."""
        given = dict(data)
        if not given.get("expires_at"):
            expiry = self.default_expiry(str(given.get("kind") or ""), given.get("starts_at"))
            if expiry:
                given["expires_at"] = expiry
        return super().create(given)

    def update(self, record_id: str, changes: Mapping[str, Any]) -> Record:
        """A be-on-the-lookout item left without an expiry by an edit (the expiry cleared, or
        the item made a BOLO) gets the default expiry too."""
        given = dict(changes)
        if {"expires_at", "kind", "starts_at"} & given.keys():
            current = self.get(record_id)
            expires = given["expires_at"] if "expires_at" in given else current["expires_at"]
            if not expires:
                expiry = self.default_expiry(str(given.get("kind", current["kind"]) or ""),
                                             given.get("starts_at", current["starts_at"]))
                if expiry:
                    given["expires_at"] = expiry
        return super().update(record_id, given)

    def default_expiry(self, kind: str, starts_at: Any) -> str | None:
        """When an item of this kind starting then expires by default (a UTC stamp), or None
        (only be-on-the-lookout items have a default expiry)."""
        if kind.strip().casefold() != "bolo" or not starts_at:
            return None
        start = self.fields["starts_at"].clean("starts_at", starts_at)
        # Local arithmetic: across a clock change it still expires at the hour it started.
        return iso(local(start) + timedelta(days=self.bolo_days()))

    def bolo_days(self) -> int:
        """The setting bolo_default_days, or 30 where it is not a positive number of days."""
        setting = SettingsService(self.context).get("bolo_default_days")
        try:
            days = int(setting)
        except (TypeError, ValueError):
            return DEFAULT_BOLO_DAYS
        return days if days > 0 else DEFAULT_BOLO_DAYS

    def active(self, at: str) -> list[Record]:
        return self.in_state("active", at, order_by="expires_at IS NULL, expires_at")

    def in_state(self, state: str, at: str, *, order_by: str | None = None) -> list[Record]:
        condition = state_condition(state, "?")
        return self.list(condition, [at] * condition.count("?"), order_by=order_by)

    def search(self, words: str, at: str, *, state: str | None = None) -> list[Record]:
        """Items whose title or details hold every word typed, expired ones included unless a
        state is given; newest first."""
        clauses: list[str] = []
        params: list[Any] = []
        if state:
            condition = state_condition(state, "?")
            clauses.append(condition)
            params += [at] * condition.count("?")
        for word in words.split():
            clauses.append("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"  # '50%' means 50%
            params += [pattern, pattern]
        return self.list(" AND ".join(clauses) or None, params, order_by="starts_at DESC")
