"""The self-test IT runs after installing: is everything the app needs there, and does it work?

In a folder of its own it checks the bundled resources, builds a demo division, checks the
database, prints the briefing of the current shift and reads the PDF back, and exports the
division's quadrant diagram as SVG and PNG. Each step says what it found; a failed step says
what went wrong and the steps that need its result are skipped. Nothing outside the folder is
touched. The GUI adds one step of its own (the main window opens and closes).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ompm_desktop import APP_TITLE, __version__
from ompm_desktop.paths import resource_path

# Everything the app reads from resources/ at run time: a bundle without one of these is broken.
REQUIRED_RESOURCES = (
    ("icon.svg",),
    ("style.qss",),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"),
    ("help", "model.html"),
    ("help", "model.fr_CA.html"),
    ("locale", "fr_CA", "LC_MESSAGES", "ompm.mo"),
    ("translations", "ompm_fr_CA.qm"),
    ("licenses", "index.json"),
)
DEMO_FILE_NAME = "selftest-division.db"


@dataclass(frozen=True)
class Step:
    name: str
    outcome: str  # "passed", "failed" or "skipped"
    detail: str

    def __str__(self) -> str:
        return f"{self.name}: {self.outcome} - {self.detail}"


@dataclass
class SelfTestReport:
    folder: Path
    steps: list[Step] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def database(self) -> Path:
        return self.folder / DEMO_FILE_NAME

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def failures(self) -> list[Step]:
        return [step for step in self.steps if step.outcome == "failed"]

    def outcome_of(self, name: str) -> str | None:
        return next((step.outcome for step in self.steps if step.name == name), None)

    def run(self, name: str, action: Callable[[], str], *, needs: tuple[str, ...] = ()) -> None:
        """Run one step; an exception fails it with its message, never a traceback."""
        missing = [need for need in needs if self.outcome_of(need) != "passed"]
        if missing:
            self.steps.append(Step(name, "skipped", f"needs {', '.join(missing)}, which did "
                                   "not pass"))
            return
        try:
            detail = action()
        except Exception as error:  # a self-test reports whatever breaks
            message = getattr(error, "message", "") or str(error) or type(error).__name__
            self.steps.append(Step(name, "failed", f"{type(error).__name__}: {message}"))
        else:
            self.steps.append(Step(name, "passed", detail))

    def summary(self) -> str:
        """One line: what passed, or how many steps failed."""
        seconds = time.monotonic() - self.started
        if self.passed:
            passed = "; ".join(f"{step.name} ({step.detail})" for step in self.steps
                               if step.outcome == "passed")
            return (f"{APP_TITLE} {__version__} self-test passed in {seconds:.1f} s: "
                    f"{passed}.")
        names = ", ".join(step.name for step in self.failures)
        return (f"{APP_TITLE} {__version__} self-test FAILED ({len(self.failures)} of "
                f"{len(self.steps)} steps: {names}).")

    def lines(self) -> list[str]:
        """What to print: each skipped or failed step on its own line, then the summary."""
        return [str(step) for step in self.steps if step.outcome != "passed"] + [self.summary()]


# ---- the steps ---------------------------------------------------------------------------


def check_resources() -> str:
    missing = [str(resource_path(*parts)) for parts in REQUIRED_RESOURCES
               if not resource_path(*parts).is_file()]
    if missing:
        raise FileNotFoundError(f"missing {', '.join(missing)}")
    return f"{len(REQUIRED_RESOURCES)} files found in {resource_path()}"


def build_demo(database: Path) -> str:
    from ompm_desktop.cli.demo import build_demo_file

    return build_demo_file(database)


def check_database(database: Path) -> str:
    from ompm_desktop.services.desk import Desk
    from ompm_desktop.store.integrity import check

    desk = Desk.open(database)
    try:
        problems = check(desk.db)
    finally:
        desk.close()
    if problems:
        raise AssertionError(f"{len(problems)} problem(s), first: {problems[0]}")
    return "sound"


def print_briefing(database: Path, out: Path) -> str:
    from ompm_desktop.clock import iso
    from ompm_desktop.reports.briefing import write_briefing
    from ompm_desktop.services.desk import Desk

    desk = Desk.open(database, read_only=True)
    try:
        shift = desk.shifts.current_or_next(iso(desk.context.clock()))
        if shift is None:
            raise AssertionError("the demo division has no current or next shift to brief")
        write_briefing(desk, [shift["id"]], out)
    finally:
        desk.close()
    return f"{pdf_pages(out)} page(s), {out.stat().st_size // 1024} KB"


def pdf_pages(path: Path) -> int:
    """How many pages a PDF has, read back from the file; an empty or cut-off file fails."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise AssertionError(f"{path.name} is not a PDF")
    if b"%%EOF" not in data[-1024:]:
        raise AssertionError(f"{path.name} is cut off (no end-of-file marker)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages == 0:
        raise AssertionError(f"{path.name} has no page")
    if b"/FontFile2" not in data:
        raise AssertionError(f"{path.name} has no embedded font")
    return pages


def export_diagrams(database: Path, folder: Path) -> str:
    from ompm_desktop.diagram.drawing import export_diagram
    from ompm_desktop.diagram.layout import overview_layout
    from ompm_desktop.services.desk import Desk

    desk = Desk.open(database, read_only=True)
    try:
        layout = overview_layout(desk)
    finally:
        desk.close()
    sizes = []
    for name, signature in (("diagram.svg", b"<svg"), ("diagram.png", b"\x89PNG")):
        written = Path(export_diagram(layout, folder / name))
        head = written.read_bytes()[:4096]
        if signature not in head:
            raise AssertionError(f"{written.name} is not a {written.suffix[1:].upper()} file")
        sizes.append(f"{written.suffix[1:].upper()} {written.stat().st_size // 1024} KB")
    return f"{len(layout.points)} neighbourhoods, " + ", ".join(sizes)


def check_french() -> str:
    """The French catalogue reads and babel's Canadian French dates and numbers are there."""
    from datetime import date

    from ompm_desktop.i18n import _, language_of
    from ompm_desktop.i18n.dates import number, short_date

    with language_of("fr"):
        words, day, count = _("Assignments"), short_date(date(2026, 11, 28)), number(10000)
    if words == "Assignments":
        raise AssertionError("the French catalogue gives no translation")
    if day != "sam. 28 nov. 2026" or count != "10\u00a0000":
        raise AssertionError(f"French dates or numbers read {day!r} and {count!r}")
    return f"{words}, {day}"


def check_site_defaults() -> str:
    """The settings IT preset for every user of this machine, if any: all of them usable?"""
    from ompm_desktop import site_defaults
    from ompm_desktop.services.settings import DEFAULTS

    path = site_defaults.site_defaults_path()
    problems = site_defaults.problems(DEFAULTS)
    if problems:
        raise ValueError("; ".join(problems))
    values = site_defaults.site_values(DEFAULTS)
    if not values:
        return f"none preset in {path}"
    return f"{', '.join(sorted(values))} preset in {path}"


def check_label_search() -> str:
    """The compiled label search is there: a bundle must carry it; an install from source
    made without a C compiler searches in Python, to the same spots, four times slower."""
    from ompm_desktop.diagram import labels

    if labels.Field is not None:
        return "compiled"
    if getattr(sys, "frozen", False):
        raise ImportError("the compiled label search (_spot_search) is missing")
    return "in Python: installed without a C compiler"


def run_selftest(folder: Path) -> SelfTestReport:
    """Every step of the Qt-free self-test, in `folder` (which must exist and be empty)."""
    report = SelfTestReport(folder)
    database = report.database
    report.run("resources", check_resources)
    report.run("site defaults", check_site_defaults)
    report.run("French", check_french)
    report.run("label search", check_label_search)
    report.run("demo division", lambda: build_demo(database))
    report.run("check", lambda: check_database(database), needs=("demo division",))
    report.run("briefing PDF", lambda: print_briefing(database, folder / "briefing.pdf"),
               needs=("demo division",))
    report.run("diagram", lambda: export_diagrams(database, folder), needs=("demo division",))
    return report


@contextmanager
def selftest_folder() -> Iterator[Path]:
    """A temporary folder for the self-test's files, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="ompm-selftest-", ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)
