"""`python main.py --selftest`: the core's self-test and the main window, unattended."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def headless_environment(home: Path) -> dict[str, str]:
    """No display and no platform chosen: the self-test must pick offscreen by itself."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def run_main(arguments: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *arguments], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env=env, stdin=subprocess.DEVNULL)


def test_selftest_opens_the_window_offscreen_and_exits_0(tmp_path: Path) -> None:
    env = headless_environment(tmp_path)
    recent = tmp_path / "config" / "ompm-desktop" / "recent.json"
    recent.parent.mkdir(parents=True)
    recent.write_text(json.dumps(["/srv/division.db"]), encoding="utf-8")

    done = run_main(["main.py", "--selftest"], env)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Community Policing Desk 0.1.0 self-test passed in ")
    assert "check (sound)" in lines[0]
    assert re.search(r"main window \(\d+ pages shown on the offscreen platform and closed\)",
                     lines[0]), lines[0]
    # The temporary demo division is not left in the user's recent files, nor their data.
    assert json.loads(recent.read_text(encoding="utf-8")) == ["/srv/division.db"]
    assert not (tmp_path / "data" / "ompm-desktop" / "division.db").exists()


def test_a_missing_resource_exits_1_saying_which(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ompm_desktop import selftest\n"
        "selftest.REQUIRED_RESOURCES += (('help', 'gone.html'),)\n"
        "from ui.app import run\n"
        "sys.exit(run(['--selftest']))\n")

    done = run_main(["-c", script], headless_environment(tmp_path))

    assert done.returncode == 1
    assert done.stdout == ""
    errors = done.stderr.splitlines()
    assert any(line.startswith("resources: failed - FileNotFoundError: missing ")
               and line.endswith(str(Path("resources", "help", "gone.html")))
               for line in errors), done.stderr
    assert errors[-1].endswith("self-test FAILED (1 of 9 steps: resources).")
