"""File > Sync with station hub…: the hub's file chosen once and remembered, the sync run in
the background with the window's database closed and opened again (the pages show what came
in), a summary; File > Review sync conflicts…: both versions' machines and times, the note
about laptop clocks, and Restore making the lost version current through its service."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from records_division import small_division
from records_helpers import show_window

from ompm_desktop.services.desk import Desk
from ompm_desktop.sync.engine import sync_with_hub
from ompm_desktop.sync.hub import create_hub
from ui.sync.conflict_review import ConflictReviewDialog
from ui.sync.sync_dialog import HUB_SETTING, SyncDialog

NOW = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)


def file_action(window, text):
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [action] = [a for a in file_menu.actions() if a.text() == text]
    return action


@pytest.fixture
def station(tmp_path):
    """The other sergeant's laptop with a division, the hub made from it, and this laptop,
    which has synced once (so it holds the same division)."""
    other = Desk.open(tmp_path / "other.db", create=True, clock=lambda: NOW)
    division = small_division(other)
    other.close()
    hub = create_hub(tmp_path / "hub.db", tmp_path / "other.db", None)
    mine = tmp_path / "mine.db"
    sync_with_hub(mine, hub, None, machine_name="Sgt. Mine")
    return tmp_path / "other.db", hub, mine, division


def open_mine(mine, clock=lambda: NOW):
    desk = Desk.open(mine, clock=clock, writer=True)
    desk.actor = "Sgt. Mine"
    return desk


def test_choose_the_hub_once_then_sync_reopens_the_database_and_shows_a_summary(
        qtbot, station, monkeypatch):
    other_path, hub, mine, division = station
    other = Desk.open(other_path, clock=lambda: NOW + timedelta(hours=1))
    other.partners.create({"name": "Vanier Community Services", "kind": "Agency"})
    other.neighbourhoods.update(division.rideau["id"], {"population": 4350})
    other.close()
    sync_with_hub(other_path, hub, None, machine_name="Sgt. Other")
    desk = open_mine(mine)
    window = show_window(qtbot, desk)
    file_action(window, "S&ync with station hub…").trigger()
    dialog = window.dialog
    assert isinstance(dialog, SyncDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.sync_button.isEnabled()
    assert "No station hub chosen yet" in dialog.hub_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(hub), "")))

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert desk.settings.get(HUB_SETTING) == str(hub)  # remembered in the database
    assert str(hub) in dialog.hub_label.text() and dialog.sync_button.isEnabled()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert not dialog.close_button.isEnabled() and dialog.stop_button.isEnabled()
    assert not window.idle_lock.timer.isActive()  # it would read the closed database
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    assert window.idle_lock.timer.isActive()

    assert dialog.result_label.text() == "Sent 0 changes, received 2, 0 conflicts."
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert dialog.close_button.isEnabled() and not dialog.stop_button.isEnabled()
    assert window.desk is not desk  # opened again after the sync
    assert window.desk.writer_lock is not None and window.desk.actor == "Sgt. Mine"
    names = [row["name"] for row in window.desk.partners.list()]
    assert "Vanier Community Services" in names
    assert window.desk.neighbourhoods.get(division.rideau["id"])["population"] == 4350
    [noted] = window.desk.db.execute(
        "SELECT table_name, row_id, after FROM audit_log WHERE action = 'sync' "
        "ORDER BY id DESC LIMIT 1").fetchall()
    assert noted[:2] == ("sync", "hub.db") and json.loads(noted[2])["received"] == 2
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    file_action(window, "S&ync with station hub…").trigger()  # the hub is remembered
    again = window.dialog
    assert isinstance(again, SyncDialog) and str(hub) in again.hub_label.text()
    again.reject()


def test_a_missing_hub_is_said_and_the_database_stays_open(qtbot, station, tmp_path):
    _other, _hub, mine, _division = station
    desk = open_mine(mine)
    desk.settings.set(HUB_SETTING, str(tmp_path / "usb-stick" / "hub.db"))
    window = show_window(qtbot, desk)
    dialog = window.menu_windows.sync_with_hub()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert "cannot be found. Plug in the drive" in dialog.result_label.text()
    assert window.desk is desk and desk.beats.count() == 2  # still open
    dialog.reject()


def test_a_conflict_is_reviewed_with_both_times_and_restored_through_the_service(
        qtbot, station):
    other_path, hub, mine, division = station
    rideau = division.rideau["id"]
    desk = open_mine(mine)
    desk.neighbourhoods.update(rideau, {"description": "Lighting audit done (Mine)"})
    desk.close()
    other = Desk.open(other_path, clock=lambda: NOW + timedelta(minutes=5))
    other.neighbourhoods.update(rideau, {"description": "New tenants' chair (Other)"})
    other.close()
    sync_with_hub(other_path, hub, None, machine_name="Sgt. Other")
    summary = sync_with_hub(mine, hub, None, machine_name="Sgt. Mine")
    assert summary.conflicts == 1
    desk = open_mine(mine, clock=lambda: NOW + timedelta(minutes=9))
    window = show_window(qtbot, desk)

    file_action(window, "Review sync &conflicts…").trigger()
    dialog = window.dialog
    assert isinstance(dialog, ConflictReviewDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(4)]
    assert row[0] == "Neighbourhood: Rideau Heights"
    assert row[1].startswith("Sgt. Mine, saved 2026-11-24 18:00:")  # Toronto time
    assert row[2] == "Sgt. Other, saved 2026-11-24 18:05:00" and row[3] == "no"
    assert "Laptop clocks can be wrong" in dialog.clock_note.text()
    fields = [[dialog.fields.item(r, c).text() for c in range(3)]
              for r in range(dialog.fields.rowCount())]
    assert fields == [["Description", "Lighting audit done (Mine)",
                       "New tenants' chair (Other)"]]
    assert dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert desk.neighbourhoods.get(rideau)["description"] == "Lighting audit done (Mine)"
    assert dialog.table.item(0, 3).text() == "2026-11-24 18:09:00"
    assert not dialog.restore_button.isEnabled()
    [entry] = desk.db.execute("SELECT actor, action, after FROM audit_log WHERE row_id = ? "
                              "ORDER BY id DESC LIMIT 1", [rideau]).fetchall()
    assert entry[:2] == ("Sgt. Mine", "update")
    assert json.loads(entry[2])["description"] == "Lighting audit done (Mine)"
    dialog.reject()


def test_no_conflicts_says_so(qtbot, station):
    _other, _hub, mine, _division = station
    window = show_window(qtbot, open_mine(mine))
    dialog = window.menu_windows.review_sync_conflicts()
    qtbot.waitExposed(dialog)
    assert dialog.empty_label.isVisible() and not dialog.splitter.isVisible()
    assert "No conflicts to review" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_hub_with_its_own_passphrase_asks_for_it_and_syncs(qtbot, tmp_path, monkeypatch):
    laptop_phrase, hub_phrase = "the laptop's phrase", "the station's own phrase"
    first = Desk.open(tmp_path / "first.db", create=True, passphrase=laptop_phrase)
    small_division(first)
    first.close()
    hub = create_hub(tmp_path / "hub.db", tmp_path / "first.db", laptop_phrase,
                     hub_passphrase=hub_phrase)
    desk = Desk.open(tmp_path / "mine.db", create=True, passphrase=laptop_phrase, writer=True)
    desk.settings.set(HUB_SETTING, str(hub))
    window = show_window(qtbot, desk)
    asked = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return hub_phrase, True

    monkeypatch.setattr("ui.sync.sync_dialog.QInputDialog.getText", staticmethod(get_text))
    dialog = window.menu_windows.sync_with_hub()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)

    assert len(asked) == 1 and "does not open the station hub" in asked[0]
    assert dialog.result_label.text().startswith("Sent 0 changes, received ")
    assert window.desk.partners.count() == 3 and window.desk.encrypted
    dialog.reject()
