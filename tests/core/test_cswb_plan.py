"""The CSWB plan's risks, and initiatives and partners tagged with them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ompm_desktop.cswb.words import AREAS
from ompm_desktop.demo import build_demo
from ompm_desktop.errors import ValidationError
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.schema import LINK_TABLES, RECORD_TABLES
from ompm_desktop.sync.tables import SHARED_TABLES


def test_a_risk_has_one_of_the_four_areas_and_a_unique_name(memory_desk):
    risk = memory_desk.cswb_risks.create({"name": "Youth at risk", "area": "Social development",
                                          "outcomes": "More youth in programs"})
    assert risk["area"] == "social development"
    with pytest.raises(ValidationError) as error:
        memory_desk.cswb_risks.create({"name": "youth at risk", "area": "prevention"})
    assert "already has a risk named" in error.value.message
    with pytest.raises(ValidationError) as error:
        memory_desk.cswb_risks.create({"name": "Housing", "area": "housing first"})
    assert error.value.field == "area"


def test_initiatives_and_partners_are_tagged_with_risks_and_partners_have_a_sector(
        memory_desk):
    risk = memory_desk.cswb_risks.create({"name": "Mental health and addictions",
                                          "area": "risk intervention"})
    partner = memory_desk.partners.create({
        "name": "CMHA", "kind": "Agency", "sector": "health or mental health",
        "risk_ids": [risk["id"]]})
    initiative = memory_desk.initiatives.create({
        "title": "Repeat calls at the shelter", "quadrant": "mobilization",
        "risk_ids": [risk["id"]], "call_types": "Mental health; Check well-being"})
    assert partner["sector"] == "health or mental health"
    assert partner["risk_ids"] == [risk["id"]]
    assert memory_desk.initiatives.get(initiative["id"])["risk_ids"] == [risk["id"]]
    assert memory_desk.cswb_risks.tagged(risk["id"]) == (["Repeat calls at the shelter"],
                                                         ["CMHA"])
    with pytest.raises(ValidationError) as error:
        memory_desk.partners.update(partner["id"], {"sector": "astrology"})
    assert error.value.field == "sector"


def test_the_plan_and_its_tags_sync_but_calls_for_service_stay_on_the_copy():
    assert "cswb_risk" in RECORD_TABLES
    assert {"initiative_risk", "partner_risk"} <= set(LINK_TABLES)
    assert {"cswb_risk", "initiative_risk", "partner_risk"} <= set(SHARED_TABLES)
    assert "call_for_service" not in SHARED_TABLES


def test_the_demo_has_a_plan_in_the_four_areas_with_tagged_initiatives_and_partners():
    desk = Desk.in_memory(clock=lambda: datetime(2026, 11, 24, 23, tzinfo=UTC))
    summary = build_demo(desk, today=date(2026, 11, 24))
    areas = {risk["area"] for risk in desk.cswb_risks.list()}
    assert areas == set(AREAS)
    assert all(i["risk_ids"] and i["call_types"] for i in
               (desk.initiatives.get(row["id"]) for row in desk.initiatives.list()))
    sectors = {p["sector"] for p in desk.partners.list()}
    assert {"education", "health or mental health"} & sectors
    assert summary.calls_for_service > 10_000
    desk.close()


def test_the_plan_is_imported_from_a_spreadsheet_and_again_without_repeats(desk, tmp_path):
    from ompm_desktop.transfer.exporter import export_csv
    from ompm_desktop.transfer.importer import import_file

    path = tmp_path / "plan.csv"
    path.write_text("Risk,Area,Measurable outcomes\n"
                    "Youth at risk,Social development,More youth in programs\n"
                    "Road safety,prevention,Fewer speeding complaints\n", encoding="utf-8")
    assert import_file(desk, "plan-risks", path).created == 2
    assert {r["area"] for r in desk.cswb_risks.list()} == {"social development", "prevention"}
    out = tmp_path / "out.csv"
    export_csv(desk, "plan-risks", out)
    assert import_file(desk, "plan-risks", out).unchanged == 2
    path.write_text("Risk,Area\nYouth at risk,Prevention\n", encoding="utf-8")
    assert import_file(desk, "plan-risks", path).updated == 1
