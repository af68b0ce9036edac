"""`python -m ompm_desktop ics`: a shift or a day as a calendar file, one file per officer for
a range; every mistake is one clear line on stderr and exit 1, never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from moments import FIXED_NOW
from planning_division import planning_division

from ompm_desktop.cli import main
from ompm_desktop.planning import event_uid
from ompm_desktop.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def planned(tmp_path):
    """A division file with tonight's shift: Morin on Eastview, Singh on Westboro."""
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True, clock=lambda: FIXED_NOW)
    d = planning_division(desk)
    d.assigned = [desk.assignments.create({
        "shift_id": d.shift["id"], "officer_id": officer["id"], "beat_id": beat["id"],
        "call_sign": sign}) for officer, beat, sign in (
            (d.morin, d.beat, "2A31"), (d.singh, d.beat_west, "5A12"))]
    desk.close()
    d.path = path
    return d


def events(path):
    return {str(e["UID"]): str(e["SUMMARY"])
            for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def one_error_line(capsys):
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    return lines[0]


def test_a_shift_by_its_id(planned, tmp_path, capsys):
    out = tmp_path / "tonight.ics"
    assert main(["ics", "--db", str(planned.path), "--shift", planned.shift["id"],
                 "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 2 events to {out}."
    assert events(out) == {event_uid(planned.assigned[0]["id"]): "2A31 Cst. J. Morin: Beat 2 - "
                           "Eastview",
                           event_uid(planned.assigned[1]["id"]): "5A12 Cst. P. Singh: Beat 5 - "
                           "Westboro"}


def test_every_shift_of_a_day(planned, tmp_path, capsys):
    out = tmp_path / "day.ics"
    assert main(["ics", "--db", str(planned.path), "--date", "2026-11-24",
                 "--out", str(out)]) == 0
    assert "Wrote 2 events" in capsys.readouterr().out
    assert set(events(out)) == {event_uid(a["id"]) for a in planned.assigned}


def test_a_cancelled_assignment_is_counted(planned, tmp_path, capsys):
    out = tmp_path / "tonight.ics"
    command = ["ics", "--db", str(planned.path), "--shift", planned.shift["id"],
               "--out", str(out)]
    assert main(command) == 0
    desk = Desk.open(planned.path)
    desk.assignments.delete(planned.assigned[1]["id"])
    desk.close()
    capsys.readouterr()
    assert main(command) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 2 events (1 cancelled) to {out}."


def test_one_file_per_officer_for_a_range(planned, tmp_path, capsys):
    folder = tmp_path / "officers"
    folder.mkdir()
    assert main(["ics", "--db", str(planned.path), "--from", "2026-11-24", "--to",
                 "2026-11-30", "--out", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 2 calendar files to {folder}."
    assert sorted(p.name for p in folder.iterdir()) == ["4471-morin.ics", "6002-singh.ics"]


@pytest.mark.parametrize("arguments, expected", [
    (["--date", "24/13/2026"], "error: --date: '24/13/2026' is not a date."),
    (["--date", ""], "error: --date: give the day, e.g. 2026-11-24."),
    (["--date", "2026-12-02"], "error: No shift starts on Wed 02 Dec 2026."),
    (["--shift", "no-such-shift"], "error: There is no shift with the id no-such-shift."),
    (["--from", "2026-11-24"], "error: --from and --to go together"),
    (["--from", "2026-11-24", "--to", "2026-11-20"], "error: The range ends (2026-11-20) "
     "before it starts (2026-11-24)."),
])
def test_a_mistake_is_one_clear_line_and_exit_1(planned, tmp_path, capsys, arguments, expected):
    out = tmp_path / "x.ics"
    assert main(["ics", "--db", str(planned.path), *arguments, "--out", str(out)]) == 1
    assert one_error_line(capsys).startswith(expected)
    assert not out.exists()


def test_a_folder_or_a_missing_database_is_one_clear_line(planned, tmp_path, capsys):
    assert main(["ics", "--db", str(planned.path), "--shift", planned.shift["id"],
                 "--out", str(tmp_path)]) == 1
    assert one_error_line(capsys) == f"error: {tmp_path} is a folder; give a file name ending " \
                                     "in .ics."
    missing = tmp_path / "nowhere.db"
    assert main(["ics", "--db", str(missing), "--date", "2026-11-24",
                 "--out", str(tmp_path / "x.ics")]) == 1
    one_error_line(capsys)
    assert not missing.exists()


@pytest.mark.parametrize("arguments", [
    ["--shift", "x", "--date", "2026-11-24"], [], ["--date", "2026-11-24", "--from", "today"],
])
def test_both_or_neither_is_a_usage_error(planned, tmp_path, capsys, arguments):
    with pytest.raises(SystemExit) as stopped:
        main(["ics", "--db", str(planned.path), *arguments, "--out", str(tmp_path / "x.ics")])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err
    assert ("not allowed with argument" in err) == bool(arguments)


def test_the_real_command_line(planned, tmp_path):
    out = tmp_path / "tonight.ics"
    run = [sys.executable, "-m", "ompm_desktop", "ics", "--db", str(planned.path)]
    done = subprocess.run([*run, "--shift", planned.shift["id"], "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(events(out)) == 2
    bad = subprocess.run([*run, "--date", "someday", "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.startswith("error: --date: 'someday' is not a date")
    assert len(bad.stderr.strip().splitlines()) == 1
