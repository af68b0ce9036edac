"""Who is using the app: asked on first start, the author of every change after."""

import pytest

from ompm_desktop.current_user import (
    current_officer_id,
    current_user,
    name_for_badge,
    needs_first_start,
    set_current_user,
)
from ompm_desktop.errors import ValidationError
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk


def test_first_start_then_every_change_in_that_name(db_path):
    desk = Desk.open(db_path, create=True)
    try:
        assert needs_first_start(desk)
        set_current_user(desk, "  Sgt.  J. Tremblay ", "3310")
        assert not needs_first_start(desk)
        assert current_user(desk) == ("Sgt. J. Tremblay", "3310")
        beat = desk.beats.create({"name": "Beat 1"})
    finally:
        desk.close()
    reopened = Desk.open(db_path)
    try:
        assert reopened.actor == "Sgt. J. Tremblay"
        [entry] = audit.entries(reopened.db, row_id=beat["id"])
        assert entry["actor"] == "Sgt. J. Tremblay"
    finally:
        reopened.close()


def test_a_name_is_required(memory_desk):
    with pytest.raises(ValidationError) as caught:
        set_current_user(memory_desk, "  ", "3310")
    assert caught.value.field == "name"


def test_the_badge_finds_the_officer(memory_desk):
    officer = memory_desk.officers.create({"badge": "3310", "first_name": "Jean",
                                           "last_name": "Tremblay", "rank": "Sgt."})
    assert name_for_badge(memory_desk, "3310") == "Sgt. J. Tremblay"
    assert name_for_badge(memory_desk, "9999") == ""
    assert current_officer_id(memory_desk) is None
    set_current_user(memory_desk, "Sgt. J. Tremblay", "3310")
    assert current_officer_id(memory_desk) == officer["id"]
    assert memory_desk.actor == "Sgt. J. Tremblay"
