"""Figures taken on whole processes: building the demo, starting the app (beside a bare
PySide6 window, the floor), peak memory while browsing every page, and the command line's
profiles and import. Each returns milliseconds or megabytes; nothing is asserted."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def painted():
    print("first paint", flush=True)
    app.quit()

class Window(QMainWindow):
    shown = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.shown:
            self.shown = True
            QTimer.singleShot(0, painted)  # as the app does: once the paint is over

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""

BROWSE_PAGES = """
import resource, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ompm_desktop.services.desk import Desk
from ui.main_window import MainWindow
from ui.navigation import PAGES
desk = Desk.open(sys.argv[1])
window = MainWindow(desk)
window.resize(1280, 800)
window.show()
for index in range(len(PAGES)):
    window.show_page(index)
    app.processEvents()
    window.grab()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _compiled_env(cache: Path) -> dict[str, str]:
    """Run from compiled bytecode, kept in `cache`, as an installed app does (pip compiles it
    on installing, the bundle ships it): a working tree's environment may forbid writing it
    (PYTHONDONTWRITEBYTECODE), and every start then compiled the app's own modules from
    source again (40-70 ms), where the floor's PySide ran from its installed bytecode."""
    env = _env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def _run(args: list[str]) -> float:
    """Seconds the process took; it must exit 0."""
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=_env(), check=True, capture_output=True)
    return time.perf_counter() - start


# Runs a command and prints its peak resident memory (KiB): the only child of its own
# process, so no other child's peak is counted.
_MEASURED = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_measured(args: list[str]) -> tuple[float, float]:
    """Seconds the command took and its peak memory in MB; it must exit 0."""
    start = time.perf_counter()
    done = subprocess.run([PYTHON, "-c", _MEASURED, *args], cwd=ROOT, env=_env(), check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


def median_ms(args: list[str], runs: int) -> float:
    return statistics.median(_run(args) * 1000 for _ in range(runs))


def demo_build_s(size: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        return _run([PYTHON, "-m", "ompm_desktop", "demo", "--size", size,
                     "--db", str(Path(folder) / "demo.db")])


def first_paint_ms(args: list[str], env: dict[str, str] | None = None) -> float:
    """Milliseconds from starting the process to its window's first paint: the moment its
    "first paint" line reaches us (what follows, quitting and tearing down, is not start-up).
    The process must then exit 0."""
    start = time.perf_counter()
    with subprocess.Popen(args, cwd=ROOT, env=env or _env(), stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "first paint":
                painted = time.perf_counter()
                break
        else:
            raise RuntimeError(f"{args[1]} never said it painted its window")
        process.stdout.read()
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, args)
    return (painted - start) * 1000


def startup_ms(db: Path, runs: int) -> tuple[float, float]:
    """The app to its main window's first paint, with the database opened and the Today
    page filled; and the floor: a bare PySide6 window to its first paint. Runs alternate, so
    that a machine busy for a while weighs on both alike. Both run from compiled bytecode, as
    installed: each is started once untimed first, which compiles it (and reads the database
    into the disk's cache)."""
    app_args = [PYTHON, "main.py", "--db", str(db), "--quit-after-show"]
    floor_args = [PYTHON, "-c", BARE_WINDOW]
    app, floor = [], []
    with tempfile.TemporaryDirectory() as cache:
        env = _compiled_env(Path(cache))
        first_paint_ms(app_args, env)
        first_paint_ms(floor_args, env)
        for _ in range(runs):
            app.append(first_paint_ms(app_args, env))
            floor.append(first_paint_ms(floor_args, env))
    return statistics.median(app), statistics.median(floor)


def browse_peak_mb(db: Path) -> float:
    """Peak resident memory of a process that opens the window and shows every page."""
    done = subprocess.run([PYTHON, "-c", BROWSE_PAGES, str(db)], cwd=ROOT, env=_env(),
                          check=True, capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def profiles_s(db: Path, out: Path) -> tuple[float, float, float]:
    """The CLI making every neighbourhood's profile: seconds, the seconds of CPU it and its
    processes spent (user and system, on every core), and the load before it started."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = _run([PYTHON, "-m", "ompm_desktop", "profile", "--all", "--db", str(db),
                    "--out", str(out)])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, load


def import_contacts_s(rows: int) -> float:
    """The CLI importing a file of `rows` contacts into a fresh division (the file and the
    division are made beforehand and not timed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from import_contacts import make_division, write_file

    from ompm_desktop.services.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        db, source = Path(folder) / "division.db", Path(folder) / "contacts.csv"
        desk = Desk.open(db, create=True)
        division = make_division(desk)
        desk.close()
        write_file(source, rows, *division)
        return _run([PYTHON, "-m", "ompm_desktop", "import", "contacts", str(source),
                     "--db", str(db)])
