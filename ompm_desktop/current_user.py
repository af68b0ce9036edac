"""Who is using the app: asked on first start, recorded as the author of every change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.services.officers import officer_label

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def needs_first_start(desk: Desk) -> bool:
    return not str(desk.settings.get("current_user") or "").strip()


def current_user(desk: Desk) -> tuple[str, str]:
    """(name, badge) of the person using the app; empty strings before the first start."""
    return (str(desk.settings.get("current_user") or ""),
            str(desk.settings.get("current_badge") or ""))


def set_current_user(desk: Desk, name: str, badge: str = "") -> None:
    """Record who is using the app; every change from now on is written in their name."""
    name = " ".join((name or "").split())
    badge = (badge or "").strip()
    if not name:
        raise ValidationError(_("Type your name (as in 'Sgt. J. Tremblay')."), "name")
    if len(name) > 120:
        raise ValidationError(_("That name is too long (at most 120 characters)."), "name")
    if len(badge) > 20:
        raise ValidationError(_("That badge number is too long (at most 20 characters)."),
                              "badge")
    with desk.db.atomic():
        desk.settings.set("current_user", name)
        desk.settings.set("current_badge", badge)
    desk.actor = name


def name_for_badge(desk: Desk, badge: str) -> str:
    """The officer's name for a badge on file ('Sgt. J. Tremblay'), or ''."""
    officer = desk.officers.find_by_badge(badge) if (badge or "").strip() else None
    return officer_label(officer) if officer else ""


def current_officer_id(desk: Desk) -> str | None:
    """The officer record of the person using the app, found by their badge."""
    _, badge = current_user(desk)
    officer = desk.officers.find_by_badge(badge) if badge else None
    return officer["id"] if officer else None
