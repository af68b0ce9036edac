"""Changes that write several records at once, as the window's undo stack uses them: each
done, undone and redone whole, in one transaction, without the window touching the
database."""

from datetime import date, time

import pytest
from planning_division import planning_division, two_on_tonight
from records_division import ANSWERS

from ompm_desktop.errors import ValidationError
from ompm_desktop.planning import (
    create_shift,
    free_officers,
    plan_shift_again,
    withdraw_planned_shift,
)
from ompm_desktop.queries.deleted import deleted_by, recently_deleted
from ompm_desktop.scoring.recording import score_for, scoring_ground
from ompm_desktop.services.partner_saving import PartnerSave, personal_values

RESIDENT = {"name": "Marie Thibault", "kind": "Resident leader", "is_organization": 0}
HOME = {"home_phone": "613-555-0199", "personal_email": "", "home_address": "12 Elm St.",
        "notes": "Prefers evening calls."}


def test_a_resident_and_their_personal_details_are_added_undone_and_redone_together(desk):
    save = PartnerSave(desk, None, RESIDENT, HOME)
    partner = save.do()
    assert personal_values(desk.partner_personal.for_partner(partner["id"])) == HOME

    save.undo()
    assert desk.partners.count() == 0
    assert desk.partner_personal.for_partner(partner["id"]) is None

    save.redo()
    assert desk.partners.get(partner["id"])["name"] == "Marie Thibault"
    assert personal_values(desk.partner_personal.for_partner(partner["id"])) == HOME


def test_undoing_a_change_puts_back_the_partner_and_the_details_it_had(desk):
    partner = PartnerSave(desk, None, RESIDENT, HOME).do()
    moved = {**HOME, "home_address": "40 Oak Ave."}
    save = PartnerSave(desk, partner["id"], {"phone": "613-555-0100"}, moved)
    save.do()
    save.undo()
    assert desk.partners.get(partner["id"])["phone"] == ""
    assert desk.partner_personal.for_partner(partner["id"])["home_address"] == "12 Elm St."
    save.redo()
    assert desk.partners.get(partner["id"])["phone"] == "613-555-0100"
    assert desk.partner_personal.for_partner(partner["id"])["home_address"] == "40 Oak Ave."


def test_refused_personal_details_leave_no_partner_behind(desk):
    with pytest.raises(ValidationError, match="Home phone"):
        PartnerSave(desk, None, RESIDENT, {**HOME, "home_phone": "6" * 41}).do()
    assert desk.partners.count() == 0 and desk.partner_personal.count() == 0


def test_a_planned_shift_goes_and_comes_back_with_its_copied_assignments(desk):
    d = two_on_tonight(desk, planning_division(desk))
    tomorrow, copied = create_shift(desk, date(2026, 11, 25), time(19), time(7), platoon="C",
                                    copy_previous=True)
    assert copied is not None and len(copied.created) == 2

    withdraw_planned_shift(desk, tomorrow["id"], copied.created)
    assert desk.shifts.count("id = ?", [tomorrow["id"]]) == 0
    assert desk.assignments.count("shift_id = ?", [tomorrow["id"]]) == 0
    assert desk.assignments.count("shift_id = ?", [d.shift["id"]]) == 2  # tonight's stay

    plan_shift_again(desk, tomorrow["id"], copied.created)
    assert desk.shifts.get(tomorrow["id"])["platoon"] == "C"
    assert sorted(a["id"] for a in desk.assignments.for_shift(tomorrow["id"])) == sorted(
        copied.created)


def test_the_officers_free_are_those_neither_assigned_nor_riding_along(desk):
    d = two_on_tonight(desk, planning_division(desk))  # Morin with Côté, and Singh
    gone = desk.officers.create({"badge": "7001", "first_name": "Ann", "last_name": "Lee"})
    desk.officers.delete(gone["id"])
    free = {o["id"] for o in free_officers(desk, d.shift["id"])}
    assert free == {d.tremblay["id"], d.retired["id"]}
    desk.assignments.delete(d.singh_on["id"])
    assert d.singh["id"] in {o["id"] for o in free_officers(desk, d.shift["id"])}


def test_the_scoring_ground_scores_as_the_records_stand(desk):
    d = planning_division(desk)
    ground = scoring_ground(desk, d.rideau["id"])
    assert ground.hood.name == "Rideau Heights" and ground.hood.population == 4200
    assert [peer.name for peer in ground.peers] == ["Vanier", "Westboro"]
    assert ground.score(ANSWERS) == score_for(desk, d.rideau["id"], ANSWERS)


def test_the_deleted_list_names_who_deleted_each_record(desk):
    d = planning_division(desk)
    desk.actor = "Sgt. J. Tremblay"
    desk.partners.delete(d.school["id"])
    [deleted] = recently_deleted(desk)
    assert deleted_by(desk, deleted) == "Sgt. J. Tremblay"
    desk.partners.restore(d.school["id"])
    assert deleted_by(desk, deleted) == ""  # its last change is no longer the delete
