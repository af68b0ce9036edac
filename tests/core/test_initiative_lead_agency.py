"""An initiative led by a named partner agency: "the most appropriate service takes the
lead"."""

from __future__ import annotations

import pytest
from records_division import small_division

from ompm_desktop.errors import ValidationError
from ompm_desktop.queries import INITIATIVES, ListRequest
from ompm_desktop.queries.display import lead_label
from ompm_desktop.scoring.peers import computed_counts


def test_an_agency_lead_names_the_agency_and_each_hand_over_is_dated(memory_desk):
    desk = memory_desk
    division = small_division(desk)
    cmha = desk.partners.create({"name": "CMHA Ottawa", "kind": "Agency"})
    with pytest.raises(ValidationError, match="Choose the partner agency"):
        desk.initiatives.create({"title": "Hoarding at 12 Elm", "quadrant": "mobilization",
                                 "lead": "agency"})
    started = desk.initiatives.create({"title": "Hoarding at 12 Elm", "quadrant": "mobilization",
                                       "lead": "police",
                                       "neighbourhood_ids": [division.rideau["id"]]})
    led = desk.initiatives.update(started["id"], {"lead": "agency",
                                                  "lead_partner_id": cmha["id"]})
    assert (led["lead"], led["lead_partner_id"]) == ("agency", cmha["id"])
    assert [lead_label(e["to_value"]) for e in desk.initiatives.hand_overs(led["id"])] == [
        "Police lead", "CMHA Ottawa leads"]
    [row] = INITIATIVES.page(desk.context, ListRequest(search="Hoarding"))
    assert lead_label(row["lead"]) == "CMHA Ottawa leads"
    # Led by an agency of the community, it counts toward the neighbourhood's capacity.
    assert computed_counts(desk.db, division.rideau["id"])[division.rideau["id"]][
        "community_initiatives"] == 1
    back = desk.initiatives.update(led["id"], {"lead": "community"})
    assert back["lead_partner_id"] is None
