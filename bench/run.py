"""Every figure of the performance budget, measured on the large demo division and printed
as one JSON object and as a table. Speeds that depend on the machine are set beside a floor
measured in the same run (a bare PySide6 window; a bare reportlab document).

    make bench                                   # the large division (built once, cached)
    .venv/bin/python bench/run.py --size small --runs 1   # a quick smoke run

Nothing here asserts: a budget missed is printed as such.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import in_process  # noqa: E402
import processes  # noqa: E402
from large_division import large_division_path  # noqa: E402
from pages import figure_key, pages_open_ms  # noqa: E402

from ompm_desktop.services.desk import Desk  # noqa: E402

PAGE_TITLES = ("Today", "Neighbourhoods", "Partners", "Contacts", "Initiatives", "Shifts",
               "Officers", "Briefing items")  # ui.navigation's, read without Qt's types
# figure key -> (what it is, unit, budget or None, how the budget reads)
FIGURES = {
    "demo_build_s": ("demo build", "s", 60, "under 60 s"),
    "startup_ms": ("start-up to the main window's first paint", "ms", None,
                   "at most 2.5 x the floor"),
    "startup_floor_ms": ("  floor: bare PySide6 window, first paint", "ms", None, ""),
    "startup_ratio": ("  start-up / floor", "x", 2.5, "at most 2.5"),
    "contacts_open_ms": ("contacts page: open, first rows painted", "ms", 150, "under 150 ms"),
    **{figure_key(title): (f"page {title}: open, first paint", "ms", 150, "under 150 ms")
       for title in PAGE_TITLES},
    "search_ms": ("search as you type: last key to rows painted", "ms", 230,
                  "under 230 ms (180 ms pause + 50)"),
    "search_after_pause_ms": ("  of which after the 180 ms pause", "ms", 50, "under 50 ms"),
    "overview_shown_ms": ("overview: points shown", "ms", 100, "under 100 ms"),
    "overview_named_ms": ("overview: names placed", "ms", None, "(after the points)"),
    "overview_naming_ms": ("  names placed after the points shown", "ms", 100, "under 100 ms"),
    "briefing_ms": ("shift briefing PDF, 20 assignments", "ms", 500, "under 500 ms"),
    "briefing_bare_ms": ("  floor: bare reportlab, same tables", "ms", None, ""),
    "briefing_ratio": ("  briefing / floor", "x", 3, "at most 3"),
    "profile_ms": ("one neighbourhood profile PDF", "ms", 150, "under 150 ms"),
    "profile_bare_ms": ("  floor: bare reportlab, same tables", "ms", None, ""),
    "profiles_s": ("200 neighbourhood profiles, CLI --all", "s", 5, "under 5 s"),
    "profiles_floor_s": ("  floor: 200 x the bare profile, one core", "s", None, ""),
    "profiles_cpu_s": ("  CPU of the run, every core (user + system)", "s", None, ""),
    "profiles_load": ("  load average as it started (2 cores)", "", None, ""),
    "import_s": ("CSV import of 50,000 contacts, CLI", "s", 7, "under 7 s"),
    "import_partners_s": ("CSV import of 200,000 partners, CLI", "s", 30, "under 30 s"),
    "import_calls_s": ("CSV import of 100,000 calls for service, CLI", "s", 10, "under 10 s"),
    "import_calls_xy_s": ("  the same calls placed by x/y in 60 boundaries", "s", 10,
                          "under 10 s"),
    "import_peak_mb": ("peak memory: importing a 200 MB file, CLI", "MB", 300,
                       "under 300 MB"),
    "peak_memory_mb": ("peak memory: start-up and every page", "MB", 300, "under 300 MB"),
    "bundle_mb": ("bundle, as make package built it (dist/)", "MB", 200, "under 200 MB"),
}


def bundle_mb() -> float | None:
    """What the bundle `make package` built last weighs (dist/ompm-desktop, as
    packaging/bundle_weights.py weighs it: `make bench` builds it first); None if none is."""
    bundle = HERE.parent / "dist" / "ompm-desktop"
    if not (bundle / "_internal").is_dir():
        return None
    sys.path.insert(0, str(HERE.parent / "packaging"))
    from bundle_weights import weights

    return sum(size for _part, size in weights(bundle)) / 1e6


def small_division(folder: Path) -> Path:
    path = folder / "small.db"
    desk = Desk.open(path, create=True)
    desk.actor = "Bench"
    from ompm_desktop.demo import build_demo

    build_demo(desk, size="small", seed=1)
    desk.close()
    return path


def division_copy(size: str, folder: Path) -> Path:
    """A copy of the division measured on, in `folder`: what the timings write (a briefing's
    shift, a page visit) never reaches the cached large division."""
    source = large_division_path() if size == "large" else small_division(folder)
    db = folder / "division.db"
    shutil.copy(source, db)
    return db


def measure(size: str, runs: int, folder: Path) -> dict[str, float | None]:
    figures: dict[str, float | None] = {}
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    say(f"demo build ({size})…")
    figures["demo_build_s"] = processes.demo_build_s(size)
    db = division_copy(size, folder)

    say("start-up…")
    app, floor = processes.startup_ms(db, runs)
    figures.update(startup_ms=app, startup_floor_ms=floor, startup_ratio=app / floor)
    say("peak memory…")
    figures["peak_memory_mb"] = processes.browse_peak_mb(db)

    in_process.application()
    desk = Desk.open(db)
    desk.actor = "Bench"
    try:
        say("every page…")
        figures.update({figure_key(title): took
                        for title, took in pages_open_ms(desk, runs).items()})
        say("contacts page and search…")
        figures["contacts_open_ms"] = in_process.contacts_open_ms(desk, runs)
        figures["search_ms"], figures["search_after_pause_ms"] = in_process.search_ms(desk)
        say("overview…")
        overview = in_process.overview_ms(desk, runs)
        figures["overview_shown_ms"], figures["overview_named_ms"] = overview or (None, None)
        if overview:
            figures["overview_naming_ms"] = overview[1] - overview[0]
        say("one profile…")
        from profile_pdf import profile_ms

        figures["profile_ms"], figures["profile_bare_ms"] = profile_ms(desk, max(runs, 9))
        say("briefing PDF…")
        from pdfs import bare_document, shift_of_twenty
        from timing import median_ms

        from ompm_desktop.reports.briefing import write_briefing

        shift_id = shift_of_twenty(desk)
        briefing = median_ms(lambda: write_briefing(desk, [shift_id], folder / "b.pdf"), runs)
        bare = median_ms(bare_document(desk, shift_id, folder / "bare.pdf"), runs)
        figures.update(briefing_ms=briefing, briefing_bare_ms=bare,
                       briefing_ratio=briefing / bare)
    finally:
        desk.close()
    say("profiles…")
    (figures["profiles_s"], figures["profiles_cpu_s"],
     figures["profiles_load"]) = processes.profiles_s(db, folder / "profiles")
    figures["profiles_floor_s"] = 200 * (figures["profile_bare_ms"] or 0) / 1000
    figures.update(measure_import(size))
    figures["bundle_mb"] = bundle_mb()
    return figures


def measure_import(size: str) -> dict[str, float | None]:
    """The imports' figures (`--only import`): 50,000 contacts, 200,000 partners, and the
    peak memory of importing a partners file of 200 MB (smaller on the small division)."""
    from import_calls import import_calls
    from import_partners import import_partners

    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    large = size == "large"
    say("import of contacts…")
    figures: dict[str, float | None] = {
        "import_s": processes.import_contacts_s(50_000 if large else 1_000)}
    say("import of partners…")
    figures["import_partners_s"] = import_partners(200_000 if large else 2_000)["seconds"]
    say("import of calls for service…")
    figures["import_calls_s"] = import_calls(100_000 if large else 2_000)["seconds"]
    figures["import_calls_xy_s"] = import_calls(100_000 if large else 2_000,
                                                by_xy=True)["seconds"]
    say("import of a 200 MB file…" if large else "import of a 2 MB file…")
    figures["import_peak_mb"] = import_partners(megabytes=200 if large else 2)["peak_mb"]
    return figures


def measure_overview(size: str, runs: int, folder: Path) -> dict[str, float | None]:
    """The overview's two figures alone (`--only overview`)."""
    db = division_copy(size, folder)
    in_process.application()
    desk = Desk.open(db)
    try:
        overview = in_process.overview_ms(desk, runs)
    finally:
        desk.close()
    shown, named = overview or (None, None)
    return {"overview_shown_ms": shown, "overview_named_ms": named,
            "overview_naming_ms": None if overview is None else overview[1] - overview[0]}


def measure_pages_and_profiles(size: str, runs: int, folder: Path) -> dict[str, float | None]:
    """Every page opened, one profile and 200 profiles alone (`--only pages`)."""
    from profile_pdf import profile_ms

    db = division_copy(size, folder)
    in_process.application()
    desk = Desk.open(db)
    try:
        figures: dict[str, float | None] = {
            figure_key(title): took for title, took in pages_open_ms(desk, runs).items()}
        figures["profile_ms"], figures["profile_bare_ms"] = profile_ms(desk, max(runs, 9))
    finally:
        desk.close()
    (figures["profiles_s"], figures["profiles_cpu_s"],
     figures["profiles_load"]) = processes.profiles_s(db, folder / "profiles")
    figures["profiles_floor_s"] = 200 * (figures["profile_bare_ms"] or 0) / 1000
    return figures


def measure_search(size: str, folder: Path) -> dict[str, float | None]:
    """Search as you type alone (`--only search`)."""
    db = division_copy(size, folder)
    in_process.application()
    desk = Desk.open(db)
    try:
        to_rows, after_pause = in_process.search_ms(desk)
    finally:
        desk.close()
    return {"search_ms": to_rows, "search_after_pause_ms": after_pause}


def table(figures: dict[str, float | None]) -> str:
    lines = [f"{'figure':<46} {'measured':>12}  budget"]
    for key, (label, unit, budget, reads) in FIGURES.items():
        if key not in figures:
            continue  # not asked for (--only)
        value = figures.get(key)
        if value is None:
            lines.append(f"{label:<46} {'not measured':>12}  {reads}")
            continue
        shown = f"{value:,.2f} {unit}" if unit in ("x", "s", "") else f"{value:,.0f} {unit}"
        verdict = "" if budget is None else ("  met" if value <= budget else "  MISSED")
        lines.append(f"{label:<46} {shown:>12}  {reads}{verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--only", choices=("overview", "search", "import", "pages"),
                        help="measure these figures alone")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if args.only == "overview":
            figures = measure_overview(args.size, max(1, args.runs), Path(folder))
        elif args.only == "search":
            figures = measure_search(args.size, Path(folder))
        elif args.only == "import":
            figures = measure_import(args.size)
        elif args.only == "pages":
            figures = measure_pages_and_profiles(args.size, max(1, args.runs), Path(folder))
        else:
            figures = measure(args.size, max(1, args.runs), Path(folder))
    print(json.dumps({key: None if v is None else round(v, 3) for key, v in figures.items()},
                     indent=2))
    print(table(figures))
    print(f"({args.size} division, {args.runs} runs each, {os.cpu_count()} cores, "
          f"{time.perf_counter() - start:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
