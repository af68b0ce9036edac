"""Who took part in an assessment besides the assessor: residents surveyed, partners
consulted, a form completed by a partner. The model asks for "a diagnostic tool for police
and community"; an assessment answered by the assessor alone says so wherever it is shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ompm_desktop.i18n import _, ngettext

FIELDS = ("residents_surveyed", "partners_consulted", "partner_form")


def by_assessor_alone(record: Mapping[str, Any]) -> bool:
    return not (record.get("residents_surveyed") or record.get("partners_consulted")
                or record.get("partner_form"))


def took_part(record: Mapping[str, Any]) -> str:
    """One line a person reads: who took part, or that the assessor answered alone."""
    if by_assessor_alone(record):
        return _("Answered by the assessor alone: no resident surveyed, no partner consulted, "
                 "no form completed by a partner.")
    parts = []
    if record.get("residents_surveyed"):
        parts.append(ngettext("{n} resident surveyed", "{n} residents surveyed",
                              record["residents_surveyed"]).format(n=record["residents_surveyed"]))
    if record.get("partners_consulted"):
        parts.append(ngettext("{n} partner consulted", "{n} partners consulted",
                              record["partners_consulted"]).format(n=record["partners_consulted"]))
    if record.get("partner_form"):
        parts.append(_("a form completed by a partner"))
    return _("Who took part: {parts}.").format(parts=", ".join(parts))
