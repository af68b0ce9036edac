"""The core's words behind the record pages speak the user's language: the lists' column
titles and filters, the values they show (a status, a contact's kind), and every service's
refusal. The database keeps its English values; English reads as it always did."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ompm_desktop.current_user import set_current_user
from ompm_desktop.errors import NotFoundError, ValidationError
from ompm_desktop.i18n import language_of
from ompm_desktop.queries import (
    AUDIT_LOG,
    BRIEFING_ITEMS,
    CONTACTS,
    INITIATIVES,
    NEIGHBOURHOODS,
    OFFICERS,
    PARTNERS,
    ListRequest,
)
from ompm_desktop.queries.audit_log import change_summary
from ompm_desktop.queries.choices import officer_options
from ompm_desktop.queries.deleted import recently_deleted
from ompm_desktop.search import global_search, kind_heading
from ompm_desktop.typed_dates import read_date, read_datetime
from tests.records_division import small_division

NBSP = "\u00a0"


def clock():
    return datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # Tuesday 18:00 in Toronto


def refusal(call, *args) -> str:
    with pytest.raises((ValidationError, NotFoundError)) as caught:
        call(*args)
    return str(caught.value)


def column_titles(record_list) -> list[str]:
    return [column.label for column in record_list.columns]


def test_list_titles_columns_and_filters_read_in_the_language_of_the_moment():
    with language_of("fr"):
        assert PARTNERS.title == "Partenaires"
        assert column_titles(PARTNERS)[:3] == ["Nom", "Type", "Contact"]
        assert PARTNERS.by_key["last_contact"].label == "Dernier contact"
        assert PARTNERS.filters["is_organization"].label == "Organisation ou personne"
        assert CONTACTS.by_key["follow_up_due"].label == "Échéance du suivi"
        assert CONTACTS.filters["period"].label == "Période"
        # A community partner, not the officer riding along ("Coéquipier" on a briefing).
        assert CONTACTS.filters["partner_id"].label == "Partenaire"
        assert INITIATIVES.filters["partner_id"].label == "Partenaire"
        assert INITIATIVES.by_key["next_step"].label == "Prochaine étape"
        assert INITIATIVES.filters["stage"].label == "Étape"
        assert OFFICERS.by_key["rank"].label == "Grade"
        assert NEIGHBOURHOODS.by_key["assessed_on"].label == "Dernière évaluation"
        assert BRIEFING_ITEMS.filters["state"].label == "État"
        assert column_titles(AUDIT_LOG)[-1] == "Modifications"
    # The same objects, read again in English, are unchanged.
    assert PARTNERS.title == "Partners"
    assert column_titles(PARTNERS)[:3] == ["Name", "Kind", "Contact"]
    assert PARTNERS.by_key["last_contact"].label == "Last contact"
    assert INITIATIVES.filters["stage"].label == "Stage"
    assert column_titles(AUDIT_LOG)[-1] == "What changed"


def test_filter_choices_are_labelled_when_the_list_reads_them(desk):
    context = desk.context
    with language_of("fr"):
        assert INITIATIVES.filters["status"].options(context) == [
            ("active", "En cours"), ("on hold", "En attente"), ("closed", "Terminée")]
        assert dict(CONTACTS.filters["period"].options(context))["30"] == "30 derniers jours"
        assert dict(CONTACTS.filters["follow_up"].options(context))["overdue"] == "En retard"
        assert dict(CONTACTS.filters["kind"].options(context))["Meeting"] == "Réunion"
        assert dict(PARTNERS.filters["active"].options(context)) == {"1": "Oui", "0": "Non"}
        assert dict(PARTNERS.filters["last_contact"].options(context))["never"] == "Jamais"
        assert dict(BRIEFING_ITEMS.filters["state"].options(context))["active"] == "En vigueur"
        assert dict(AUDIT_LOG.filters["table_name"].options(context))["partner"] == "Partenaire"
    assert INITIATIVES.filters["status"].options(context)[0] == ("active", "Active")
    assert dict(CONTACTS.filters["period"].options(context))["30"] == "Last 30 days"
    assert dict(CONTACTS.filters["kind"].options(context))["Meeting"] == "Meeting"


def test_values_stored_in_english_are_shown_in_french(desk):
    d = small_division(desk)
    desk.initiatives.update(d.bikes["id"], {"status": "on hold"})
    desk.briefing_items.create({"title": "Stolen grey van", "kind": "bolo",
                                "starts_at": "2026-11-24 07:00"})
    desk.officers.update(d.tremblay["id"], {"active": 0})
    context = desk.context
    contacts = {row["id"]: row for row in CONTACTS.page(context)}
    lot, school = contacts[d.lot_contact["id"]], contacts[d.school_contact["id"]]
    initiatives = {row["id"]: row for row in INITIATIVES.page(context)}
    item = BRIEFING_ITEMS.page(context)[0]
    created = AUDIT_LOG.page(context, ListRequest(filters={"action": "create"}), limit=1)[0]
    with language_of("fr"):
        assert CONTACTS.display(lot, "kind") == "Réunion"
        assert CONTACTS.display(lot, "activity") == "Mobiliser les partenaires"
        assert CONTACTS.display(lot, "follow_up_state") == "En retard"
        assert CONTACTS.display(school, "follow_up_state") == "Pour aujourd'hui"
        assert INITIATIVES.display(initiatives[d.bikes["id"]], "status") == "En attente"
        assert INITIATIVES.display(initiatives[d.lot["id"]], "status") == "En cours"
        assert BRIEFING_ITEMS.display(item, "scope") == "Toute la division"
        assert BRIEFING_ITEMS.display(item, "kind") == "Avis de recherche"
        assert AUDIT_LOG.display(created, "action") == "Créé"
        assert NEIGHBOURHOODS.display({"population": 16000}, "population") == f"16{NBSP}000"
        assert change_summary("initiative", "update", {"status": "active", "title": "A"},
                              {"status": "on hold", "title": "A"}) == (
            "État : en cours → en attente")
        hits = global_search(context, "Vanier").hits
        assert {hit.kind_label for hit in hits} >= {"Quartier", "Partenaire"}
        assert kind_heading("briefing_item") == "Éléments de breffage"
        assert dict(officer_options(context))[d.tremblay["id"]].endswith("(inactif)")
    # The database keeps the English values, and English shows them as before.
    assert desk.initiatives.get(d.bikes["id"])["status"] == "on hold"
    assert CONTACTS.display(lot, "kind") == "Meeting"
    assert CONTACTS.display(lot, "follow_up_state") == "Overdue"
    assert INITIATIVES.display(initiatives[d.bikes["id"]], "status") == "On hold"
    assert BRIEFING_ITEMS.display(item, "scope") == "Whole division"
    assert dict(officer_options(context))[d.tremblay["id"]].endswith("(inactive)")
    assert kind_heading("briefing_item") == "Briefing items"
    assert change_summary("initiative", "update", {"status": "active", "title": "A"},
                          {"status": "on hold", "title": "A"}) == "Status: active → on hold"


def test_recently_deleted_names_its_kinds_in_french(desk):
    d = small_division(desk)
    desk.partners.delete(d.school["id"])
    with language_of("fr"):
        assert recently_deleted(desk)[0].kind_label == "Partenaire"
    assert recently_deleted(desk)[0].kind_label == "Partner"


def each_services_refusal(desk) -> list[str]:
    """One refusal of every service, in the order of the French expected below."""
    d = small_division(desk)
    return [
        refusal(desk.beats.create, {"name": "beat 2 - eastview"}),
        refusal(desk.neighbourhoods.create, {"name": "Overbrook", "population": 20_000_000}),
        refusal(desk.officers.create, {"badge": "4471", "last_name": "Roy"}),
        refusal(desk.partners.create, {"name": "Centre", "kind": "School", "email": "nope"}),
        refusal(desk.partners.create, {"name": "École Saint-Amour", "kind": "School"}),
        refusal(desk.contacts.create, {"occurred_at": "2026-11-24 10:00", "kind": "Meeting",
                                       "follow_up_due": "2026-11-30"}),
        refusal(desk.initiatives.update, d.lot["id"], {"next_step": ""}),
        refusal(desk.assessments.create, {
            "neighbourhood_id": d.rideau["id"], "assessed_on": "2026-11-24", "assessor": "Sgt",
            "threat": 70, "capacity": 20, "computed_quadrant": "enforcement",
            "quadrant": "engagement"}),
        refusal(desk.briefing_items.create, {"title": "Van", "kind": "notice",
                                             "starts_at": "2026-11-24 07:00",
                                             "expires_at": "2026-11-23 07:00"}),
        refusal(desk.shifts.create, {"starts_at": "2026-11-24 19:00",
                                     "ends_at": "2026-11-24 07:00"}),
        refusal(desk.partners.create, {"kind": "School"}),
        refusal(desk.contacts.create, {"occurred_at": "hier", "kind": "Meeting"}),
        refusal(desk.contacts.get, "no-such-id"),
        refusal(set_current_user, desk, "   "),
    ]


def test_every_service_refuses_in_french(desk):
    with language_of("fr"):
        messages = each_services_refusal(desk)
    # Where the override's reason is named, the name the assessment window gives it.
    assert messages[7].startswith("Vous avez placé ce quartier dans un autre quadrant que "
                                  "celui que donnent ses notes : expliquez pourquoi")
    messages[7] = "(the override)"
    assert messages == [
        "Il existe déjà un secteur nommé beat 2 - eastview.",
        f"Population : la valeur doit être d'au plus 10{NBSP}000{NBSP}000.",
        "L'insigne 4471 appartient déjà à Cst. J. Morin.",
        "« nope » n'est pas une adresse de courriel.",
        "Il existe déjà un partenaire de type école nommé École Saint-Amour.",
        "Précisez en quoi consiste le suivi, ou effacez son échéance.",
        "Précisez la prochaine étape, ou effacez son échéance.",
        "(the override)",
        "L'élément commence le mar. 24 nov. 2026 07:00 : il doit expirer plus tard. "
        "Choisissez une expiration plus tardive, ou laissez-la vide.",
        "Un quart doit se terminer après son début.",
        "Nom : ce champ est obligatoire.",
        "Date et heure : il faut une date et une heure écrites AAAA-MM-JJ HH:MM, et non "
        "« hier ».",
        "Ce contact n'existe plus (il a peut-être été supprimé).",
        "Tapez votre nom (par exemple « Sgt. J. Tremblay »).",
    ]


def test_english_refusals_are_unchanged(desk):
    messages = each_services_refusal(desk)
    assert messages == [
        "There is already a beat named beat 2 - eastview.",
        "Population must be at most 10,000,000.",
        "Badge 4471 already belongs to Cst. J. Morin.",
        "'nope' is not an email address.",
        "There is already a school named École Saint-Amour.",
        "Say what the follow-up is, or clear its due date.",
        "Say what the next step is, or clear its due date.",
        "You placed this neighbourhood in another quadrant than its scores give: say why in "
        "the reason for the override.",
        "The item starts Tue 24 Nov 2026 07:00: it must expire after that. Choose a later "
        "expiry, or leave it blank.",
        "A shift must end after it starts.",
        "Name is required.",
        "When must be a date and time written YYYY-MM-DD HH:MM, not 'hier'.",
        "That contact no longer exists (it may have been deleted).",
        "Type your name (as in 'Sgt. J. Tremblay').",
    ]


def test_a_choice_is_offered_and_read_in_french(desk):
    with language_of("fr"):
        contact = desk.contacts.create({"occurred_at": "2026-11-24 10:00", "kind": "Réunion"})
        message = refusal(desk.contacts.create, {"occurred_at": "2026-11-24 10:00",
                                                 "kind": "Visite"})
        assert message.startswith("Type de contact : choisissez parmi Réunion, "
                                  "Conversation en patrouille")
        assert message.endswith("(et non « Visite »).")
        linked = refusal(desk.contacts.create, {"occurred_at": "2026-11-24 10:00",
                                                "kind": "Meeting", "partner_ids": "x"})
        assert linked == "Choisissez les partenaires dans la liste."
    assert contact["kind"] == "Meeting"  # stored in English


def test_numbers_and_dates_typed_the_french_way():
    with language_of("fr"):
        threat = desk_field("assessment", "threat")
        assert threat.clean("threat", "87,5") == 87.5
        population = desk_field("neighbourhood", "population")
        assert population.clean("population", f"16{NBSP}000") == 16000
        assert population.clean("population", "16 000") == 16000
        assert refusal(population.clean, "population", "beaucoup") == (
            "Population : il faut un nombre entier, et non « beaucoup ».")
        assert refusal(read_date, "la semaine passée", clock) == (
            "Date : « la semaine passée » n'est pas une date. Écrivez-la AAAA-MM-JJ, ou encore "
            "« aujourd'hui », « demain », « +7 », « ven ».")
    assert read_datetime("hier 14 h 30", clock) == "2026-11-23T14:30:00"
    assert read_datetime("maintenant", clock) == "2026-11-24T18:00:00"
    assert read_date("vendredi", clock) == "2026-11-27"
    assert read_date("ven.", clock) == "2026-11-27"
    assert read_date("aujourd'hui", clock) == "2026-11-24"
    with pytest.raises(ValidationError):
        read_date("mars", clock)  # March, not a Tuesday
    # English reads numbers as it did: the comma groups thousands.
    assert desk_field("neighbourhood", "population").clean("population", "16,000") == 16000


def desk_field(table: str, name: str):
    from ompm_desktop.queries.kinds import SERVICE_CLASSES

    return SERVICE_CLASSES[table].fields[name]
