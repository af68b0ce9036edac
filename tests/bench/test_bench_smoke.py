"""The benchmark runs end to end on the small division, so it cannot rot between the runs
on the large one. Its figures are printed by `make bench`; here only their presence counts."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_on_the_small_division_and_reports_every_figure():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--size", "small", "--runs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout[:done.stdout.index("\n}") + 2])
    expected = {"demo_build_s", "startup_ms", "startup_floor_ms", "startup_ratio",
                "contacts_open_ms", "search_ms", "search_after_pause_ms", "overview_shown_ms",
                "overview_named_ms", "overview_naming_ms", "profile_ms", "profile_bare_ms",
                "profiles_floor_s",
                *(f"page_{page}_ms" for page in ("today", "neighbourhoods", "partners",
                                                  "contacts", "initiatives", "shifts",
                                                  "officers", "briefing_items")),
                "briefing_ms",
                "briefing_bare_ms", "briefing_ratio", "profiles_s", "profiles_cpu_s",
                "profiles_load", "import_s", "import_calls_s",
                "import_calls_xy_s",
                "import_partners_s", "import_peak_mb",
                "peak_memory_mb", "bundle_mb"}
    assert set(figures) == expected
    bundle = figures.pop("bundle_mb")  # None until make package has built one
    assert bundle is None or bundle > 0
    measured = {key: value for key, value in figures.items() if value is not None}
    # The load average is 0.00 on an idle machine; every other figure is a time or a size.
    assert all(value > 0 for key, value in measured.items() if key != "profiles_load")
    assert figures["profiles_load"] >= 0
    assert measured == figures
    assert "contacts page: open, first rows painted" in done.stdout
