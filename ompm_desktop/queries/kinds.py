"""The kinds of record, as people name them, and the labels of their fields."""

from __future__ import annotations

from ompm_desktop.i18n import N_, _
from ompm_desktop.services.assessments import AssessmentService
from ompm_desktop.services.beats import BeatService
from ompm_desktop.services.briefing_items import BriefingItemService
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.cswb_risks import CswbRiskService
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ompm_desktop.services.partners import PartnerPersonalService, PartnerService
from ompm_desktop.services.record_service import RecordService
from ompm_desktop.services.shifts import AssignmentService, DirectedTaskService, ShiftService

SERVICE_CLASSES: dict[str, type[RecordService]] = {
    cls.table: cls
    for cls in (
        BeatService, NeighbourhoodService, AssessmentService, PartnerService,
        PartnerPersonalService, OfficerService, ContactService, InitiativeService,
        ShiftService, AssignmentService, DirectedTaskService, BriefingItemService,
        CswbRiskService,
    )
}

KIND_NOUNS: dict[str, str] = {table: cls.noun for table, cls in SERVICE_CLASSES.items()}
KIND_NOUNS["setting"] = N_("setting")
KIND_NOUNS["person"] = N_("person")  # an access request names a person, not a record
KIND_NOUNS["call_for_service"] = N_("call for service")  # an import of calls is audited
KIND_NOUNS["address_point"] = N_("address point")  # so is an import of address points

# The Desk attribute that holds each kind's service.
SERVICE_ATTRIBUTES = {
    "beat": "beats", "neighbourhood": "neighbourhoods", "assessment": "assessments",
    "partner": "partners", "partner_personal": "partner_personal", "officer": "officers",
    "contact": "contacts", "initiative": "initiatives", "shift": "shifts",
    "assignment": "assignments", "directed_task": "directed_tasks",
    "briefing_item": "briefing_items", "cswb_risk": "cswb_risks",
}


def kind_label(table: str) -> str:
    """A kind of record as a list or the search names it: 'Partner', 'Briefing item'; in
    French 'Partenaire', 'Élément de breffage'."""
    noun = _(KIND_NOUNS.get(table, table))
    return noun[:1].upper() + noun[1:]


def is_choice(table: str, key: str) -> bool:
    """Whether a field holds one of a fixed list of values (kept in English)."""
    service = SERVICE_CLASSES.get(table)
    return service is not None and key in service.fields and service.fields[key].kind == "choice"


# What else the audit log records: the counts of a demo division as it was built, a
# setting's value.
OTHER_FIELD_LABELS = {
    "assessments": N_("Assessments"), "assignments": N_("Assignments"), "beats": N_("Beats"),
    "briefing_items": N_("Briefing items"), "contacts": N_("Contacts"),
    "initiatives": N_("Initiatives"), "neighbourhoods": N_("Neighbourhoods"),
    "officers": N_("Officers"), "partners": N_("Partners"), "seed": N_("Random seed"),
    "shifts": N_("Shifts"), "size": N_("Size"), "value": N_("Value"),
}


def field_label(table: str, key: str) -> str:
    """A field's label in the current language (the audit log's 'What changed')."""
    service = SERVICE_CLASSES.get(table)
    if service is not None:
        if key in service.fields:
            return service.fields[key].label
        if key in service.links:
            return service.links[key].plural_label
    if key in OTHER_FIELD_LABELS:
        return _(OTHER_FIELD_LABELS[key])
    return key.replace("_", " ").capitalize()
