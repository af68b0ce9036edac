from __future__ import annotations

from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS, BRIEFING_SCOPES
from ompm_desktop.services.fields import Field, choice, ref, text
from ompm_desktop.services.record_service import Record, RecordService


class BriefingItemService(RecordService):
    table = "briefing_item"
    noun = "briefing item"
    default_order = "starts_at DESC"
    fields = {
        "kind": choice("Kind", tuple(BRIEFING_KIND_LABELS)),
        "scope": Field("Scope", "choice", required=True, choices=BRIEFING_SCOPES,
                       default="division"),
        "beat_id": ref("Beat", "beat"),
        "neighbourhood_id": ref("Neighbourhood", "neighbourhood"),
        "title": text("Title", required=True, max_length=200),
        "text": text("Details", max_length=10_000),
        "starts_at": Field("Starts", "datetime", required=True),
        "expires_at": Field("Expires", "datetime"),
    }

    def validate(self, values: dict[str, Any], existing: Record | None) -> None:
        scope = self.merged(values, existing, "scope")
        if scope == "beat" and not self.merged(values, existing, "beat_id"):
            raise ValidationError("Choose the beat this item is for.", "beat_id")
        if scope == "neighbourhood" and not self.merged(values, existing, "neighbourhood_id"):
            raise ValidationError("Choose the neighbourhood this item is for.", "neighbourhood_id")
        starts = self.merged(values, existing, "starts_at")
        expires = self.merged(values, existing, "expires_at")
        if expires and starts and expires <= starts:
            raise ValidationError("An item must expire after it starts.", "expires_at")

    def active(self, at: str) -> list[Record]:
        return self.list(
            "starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)",
            [at, at],
            order_by="expires_at IS NULL, expires_at",
        )
