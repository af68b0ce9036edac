"""A debrief recorded on one laptop reaches the others through the station hub: the outcome
is kept on the task (migration m006), a shared table, so the sync needs no table of its own
for it."""

from __future__ import annotations

from sync_helpers import PASSPHRASE, Laptop, shared_rows

from ompm_desktop.planning.debrief import carried_over_tasks, record_outcome
from ompm_desktop.sync.hub import create_hub


def test_a_debrief_on_one_laptop_reaches_the_other(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    ahmed, bouchard = Laptop(tmp_path, "Ahmed"), Laptop(tmp_path, "Bouchard", first_tick=50)
    with ahmed.desk() as desk:
        beat = desk.beats.create({"name": "Beat 2 - Eastview"})
        shift = desk.shifts.create({"starts_at": "2026-11-23 19:00",
                                    "ends_at": "2026-11-24 07:00", "platoon": "C"})
        task = desk.directed_tasks.create({"shift_id": shift["id"], "beat_id": beat["id"],
                                           "text": "Check the Compton St. lot gate"})
    hub = tmp_path / "station-hub.db"
    create_hub(hub, ahmed.path, PASSPHRASE)
    bouchard.sync(hub)
    with ahmed.desk() as desk:
        record_outcome(desk, task["id"], "carried_over", "gate locked")
    assert ahmed.sync(hub).sent == 1
    bouchard.sync(hub)
    assert shared_rows(bouchard.path) == shared_rows(ahmed.path)
    with bouchard.desk() as desk:
        row = desk.directed_tasks.get(task["id"])
        assert (row["outcome"], row["outcome_note"]) == ("carried_over", "gate locked")
        following = desk.shifts.create({"starts_at": "2026-11-24 19:00",
                                        "ends_at": "2026-11-25 07:00", "platoon": "D"})
        assert [t["id"] for t in carried_over_tasks(desk, following)] == [task["id"]]
