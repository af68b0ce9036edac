"""A plain field added to a service's `fields` table gets a row in the record's form, where
the form lays out its other plain rows, without the form being written for it; and no form
shows a row for a field it keeps out (a neighbourhood's boundary, when a follow-up was done,
the SARA stage)."""

import pytest

from ompm_desktop.services.briefing_items import BriefingItemService
from ompm_desktop.services.contacts import ContactService
from ompm_desktop.services.fields import text
from ompm_desktop.services.initiatives import InitiativeService
from ompm_desktop.services.neighbourhoods import NeighbourhoodService
from ompm_desktop.services.officers import OfficerService
from ui.records.forms.briefing_item_form import BriefingItemForm
from ui.records.forms.contact_form import ContactForm
from ui.records.forms.initiative_form import InitiativeForm
from ui.records.forms.neighbourhood_form import NeighbourhoodForm
from ui.records.forms.officer_form import OfficerForm

FORMS = [  # the form, its service, and the row the new one follows
    (OfficerForm, OfficerService, "platoon"),
    (NeighbourhoodForm, NeighbourhoodService, "description"),
    (BriefingItemForm, BriefingItemService, "expires_at"),
    (InitiativeForm, InitiativeService, "status"),
    (ContactForm, ContactService, "follow_up_due"),
]
KEPT_OUT = {"boundary_geojson", "follow_up_done_at", "stage"}


@pytest.mark.parametrize(("form_class", "service", "before"), FORMS,
                         ids=[form.__name__ for form, _, _ in FORMS])
def test_a_field_added_to_the_service_has_a_row_in_the_form(qtbot, monkeypatch, desk,
                                                             form_class, service, before):
    plain = form_class(desk)
    qtbot.addWidget(plain)
    assert not KEPT_OUT & set(plain.fields)
    monkeypatch.setattr(service, "fields", {**service.fields,
                                            "languages": text("Languages spoken")})
    form = form_class(desk)
    qtbot.addWidget(form)
    rows = list(form.fields)
    assert rows.index("languages") == rows.index(before) + 1
    assert [row for row in rows if row != "languages"] == list(plain.fields)
    assert form.fields["languages"].accessibleName() == "Languages spoken"
