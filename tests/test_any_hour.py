"""The suite passes at any hour: the tests that show dates, shifts and "now" are run again
under two wall clocks, 03:00 and 15:00 in Toronto (libfaketime moves the machine's clock
for the child process and its zone is Toronto's), and must give the same results. A test
or a piece of the app that reads the machine's clock instead of the fixed one (OMPM_NOW)
passes under one of them and fails under the other."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The tests about now: the current shift, today's follow-ups, stamps, backups' names,
# the first start's demo, the windows that show dates.
ABOUT_NOW = (
    "tests/ui/test_window_in_french.py",
    "tests/ui/test_shifts_page.py",
    "tests/ui/test_quick_contact.py",
    "tests/ui/test_briefing_items_page.py",
    "tests/core/test_today_summary.py",
    "tests/core/test_planning_shifts.py",
    "tests/core/test_backup.py",
    "tests/core/test_no_network.py",
)

WALL_CLOCKS = ("2026-12-06 03:00:00", "2026-12-06 15:00:00")


def faketime_or_skip() -> str:
    found = shutil.which("faketime")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("faketime is not installed: .ci/run installs it (apt package faketime)")
    pytest.skip("faketime is not installed (apt package faketime)")


def under_wall_clock(moment: str, *command: str) -> subprocess.CompletedProcess[str]:
    # The monotonic clock is moved with the wall clock: left alone, libfaketime (0.9.10)
    # makes Python's time.sleep fail with EINVAL, and every wait with a timeout with it.
    env = dict(os.environ, TZ="America/Toronto", FAKETIME_DONT_FAKE_MONOTONIC="0",
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([faketime_or_skip(), "-f", f"@{moment}", *command],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def test_the_faked_wall_clock_is_the_one_the_child_reads() -> None:
    run = under_wall_clock(WALL_CLOCKS[0], sys.executable, "-c",
                           "import datetime; print(datetime.datetime.now().hour)")
    assert run.stdout.strip() == "3", run.stderr


def test_the_tests_about_now_give_the_same_results_at_three_and_at_fifteen() -> None:
    results = []
    for moment in WALL_CLOCKS:
        run = under_wall_clock(moment, sys.executable, "-m", "pytest", "-q", "-rA",
                               "-p", "no:cacheprovider", *ABOUT_NOW)
        by_test = {test: outcome for outcome, test in
                   re.findall(r"^(PASSED|FAILED|ERROR|SKIPPED) (\S+)", run.stdout, re.MULTILINE)}
        assert by_test, run.stdout[-2000:] + run.stderr[-2000:]
        failed = sorted(test for test, outcome in by_test.items() if outcome in ("FAILED", "ERROR"))
        assert failed == [], f"at {moment} Toronto: {failed}\n{run.stdout[-3000:]}"
        results.append(by_test)
    assert results[0] == results[1]
