"""Briefing items: a be-on-the-lookout item's default expiry, the states an item passes
through by the clock alone (upcoming, in force, expired), and searching expired ones."""

import pytest

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.briefing_items import ITEM_STATES, state_condition

NOW = "2026-11-24T23:00:00+00:00"  # the fixture's clock: 18:00 in Toronto


def item(desk, title, kind="notice", **more):
    return desk.briefing_items.create({"kind": kind, "title": title,
                                       "starts_at": "2026-11-20 07:00", **more})


def titles(records):
    return [r["title"] for r in records]


def test_a_bolo_with_no_expiry_expires_thirty_days_after_it_starts(desk):
    bolo = item(desk, "Grey Honda Civic", kind="bolo")
    assert (bolo["starts_at"], bolo["expires_at"]) == ("2026-11-20T12:00:00+00:00",
                                                       "2026-12-20T12:00:00+00:00")
    typed = item(desk, "Red pickup", kind="BOLO", starts_at="2026-11-24 19:00")
    assert typed["kind"] == "bolo" and typed["expires_at"] == "2026-12-25T00:00:00+00:00"


def test_an_edit_that_leaves_a_bolo_without_expiry_gives_it_the_default(desk):
    bolo = item(desk, "Grey Honda Civic", kind="bolo", expires_at="2026-11-22 07:00")
    cleared = desk.briefing_items.update(bolo["id"], {"expires_at": ""})
    assert cleared["expires_at"] == "2026-12-20T12:00:00+00:00"  # 30 days after it starts
    notice = item(desk, "Radio channel 3 is down", expires_at="2026-11-22 07:00")
    assert desk.briefing_items.update(notice["id"], {"expires_at": ""})["expires_at"] is None
    made_bolo = desk.briefing_items.update(notice["id"], {"kind": "bolo"})
    assert made_bolo["expires_at"] == "2026-12-20T12:00:00+00:00"
    moved = desk.briefing_items.update(bolo["id"], {"title": "Grey Honda Civic, CBKR 123"})
    assert moved["expires_at"] == "2026-12-20T12:00:00+00:00"  # an edit elsewhere keeps it


def test_the_bolo_default_follows_the_setting(desk):
    desk.settings.set("bolo_default_days", 7)
    assert item(desk, "Grey Honda Civic", kind="bolo")["expires_at"] == (
        "2026-11-27T12:00:00+00:00")
    assert desk.briefing_items.default_expiry("bolo", "2026-11-24 19:00") == (
        "2026-12-02T00:00:00+00:00")


def test_a_bolo_over_the_november_clock_change_expires_at_the_same_hour(desk):
    bolo = item(desk, "Grey Honda Civic", kind="bolo", starts_at="2026-10-20 07:00")
    assert bolo["expires_at"] == "2026-11-19T12:00:00+00:00"  # 07:00 EST, not 06:00


@pytest.mark.parametrize("setting", [0, -5, "soon", None])
def test_a_setting_that_is_no_number_of_days_falls_back_to_thirty(desk, setting):
    desk.settings.set("bolo_default_days", setting)
    assert item(desk, "Grey Honda Civic", kind="bolo")["expires_at"] == (
        "2026-12-20T12:00:00+00:00")


def test_a_bolo_keeps_the_expiry_it_is_given_and_other_kinds_get_none(desk):
    given = item(desk, "Grey Honda Civic", kind="bolo", expires_at="2026-11-21 07:00")
    assert given["expires_at"] == "2026-11-21T12:00:00+00:00"
    for kind in ("hazard", "directed_patrol", "notice"):
        assert item(desk, f"A {kind}", kind=kind)["expires_at"] is None
        assert desk.briefing_items.default_expiry(kind, "2026-11-24 19:00") is None
    assert desk.briefing_items.default_expiry("bolo", "") is None


@pytest.mark.parametrize("expires", ["2026-11-20 07:00", "2026-11-19 23:00"])
def test_expiring_before_starting_is_refused_saying_when_it_starts(desk, expires):
    with pytest.raises(ValidationError) as refused:
        item(desk, "Dog at 12 Elm St.", kind="hazard", expires_at=expires)
    assert refused.value.field == "expires_at"
    assert refused.value.message == ("The item starts Fri 20 Nov 2026 07:00: it must expire "
                                     "after that. Choose a later expiry, or leave it blank.")
    assert desk.briefing_items.count() == 0
    kept = item(desk, "Dog at 12 Elm St.", kind="hazard", expires_at="2026-12-01 07:00")
    with pytest.raises(ValidationError, match="must expire after that"):
        desk.briefing_items.update(kept["id"], {"starts_at": "2026-12-02 07:00"})


def test_items_leave_the_active_list_by_the_clock_alone(desk):
    hazard = item(desk, "Dog at 12 Elm St.", kind="hazard", expires_at="2026-11-25 07:00")
    notice = item(desk, "Radio channel 3 is down")  # no expiry: in force until deleted
    upcoming = item(desk, "Parade on Sunday", starts_at="2026-11-29 07:00",
                    expires_at="2026-11-29 19:00")
    stamps = {r["id"]: r["updated_at"] for r in desk.briefing_items.list()}
    service = desk.briefing_items
    assert titles(service.active(NOW)) == ["Dog at 12 Elm St.", "Radio channel 3 is down"]
    assert titles(service.in_state("upcoming", NOW)) == ["Parade on Sunday"]
    assert titles(service.in_state("current", NOW, order_by="title")) == [
        "Dog at 12 Elm St.", "Parade on Sunday", "Radio channel 3 is down"]
    assert service.in_state("expired", NOW) == []
    # The next morning at 07:00 the hazard has expired; nothing was written to make it so.
    morning = "2026-11-25T12:00:00+00:00"
    assert titles(service.active(morning)) == ["Radio channel 3 is down"]
    assert titles(service.in_state("expired", morning)) == ["Dog at 12 Elm St."]
    # Sunday, the parade is in force; a week later it has gone too.
    assert titles(service.active("2026-11-29T15:00:00+00:00")) == [
        "Parade on Sunday", "Radio channel 3 is down"]
    assert titles(service.active("2026-12-06T15:00:00+00:00")) == ["Radio channel 3 is down"]
    assert {r["id"]: r["updated_at"] for r in service.list()} == stamps
    assert {hazard["id"], notice["id"], upcoming["id"]} == set(stamps)


def test_expired_items_are_those_past_their_expiry_and_not_deleted(desk):
    for title, expires in (("Old BOLO", "2026-11-21 07:00"), ("Newer BOLO", "2026-11-23 07:00"),
                           ("Later BOLO", "2026-11-30 07:00")):
        item(desk, title, kind="bolo", expires_at=expires)
    deleted = item(desk, "Deleted BOLO", kind="bolo", expires_at="2026-11-23 08:00")
    desk.briefing_items.delete(deleted["id"])
    expired = desk.briefing_items.in_state("expired", NOW, order_by="expires_at DESC")
    assert titles(expired) == ["Newer BOLO", "Old BOLO"]


def test_search_finds_expired_items_unless_a_state_is_given(desk):
    item(desk, "Grey Honda Civic, plate CBKR 123", kind="bolo", expires_at="2026-11-21 07:00",
         text="Seen near the Compton St. lot.")
    item(desk, "Grey pickup", kind="bolo", starts_at="2026-11-23 07:00")
    item(desk, "Dog at 12 Elm St.", kind="hazard")
    service = desk.briefing_items
    assert titles(service.search("grey", NOW)) == ["Grey pickup",
                                                   "Grey Honda Civic, plate CBKR 123"]
    assert titles(service.search("compton  GREY", NOW)) == ["Grey Honda Civic, plate CBKR 123"]
    assert titles(service.search("grey", NOW, state="active")) == ["Grey pickup"]
    assert titles(service.search("grey", NOW, state="expired")) == [
        "Grey Honda Civic, plate CBKR 123"]
    assert service.search("motorcycle", NOW) == []
    assert len(service.search("", NOW)) == 3


def test_a_search_word_with_percent_or_underscore_means_just_that(desk):
    item(desk, "Speeding 50% over the limit on Elm")
    item(desk, "Speeding on Main")
    assert titles(desk.briefing_items.search("50%", NOW)) == ["Speeding 50% over the limit on Elm"]
    assert desk.briefing_items.search("_", NOW) == []


def test_a_state_that_is_not_one_is_refused(desk):
    for call in (lambda: desk.briefing_items.in_state("gone", NOW),
                 lambda: desk.briefing_items.search("grey", NOW, state="gone"),
                 lambda: state_condition("Active", "?")):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.message.startswith(
            "A briefing item's state is one of active, upcoming, current, expired, not '")
    assert set(ITEM_STATES) == {"active", "upcoming", "current", "expired"}
