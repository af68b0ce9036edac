"""How long the PDFs take on the large division: a shift briefing with 20 assignments
(beside a bare reportlab document holding the same tables), and a batch of 200 profiles.
Prints the figures; asserts nothing.

    .venv/bin/python bench/pdfs.py

Budgets: the briefing under 500 ms and at most 3x the bare document; 200 profiles under 20 s.
The large division is copied first, so the shift this adds never reaches the cached file.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_division import large_division_path  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate  # noqa: E402

from ompm_desktop.reports.briefing import briefing_story, write_briefing  # noqa: E402
from ompm_desktop.reports.profile import write_profiles  # noqa: E402
from ompm_desktop.services.desk import Desk  # noqa: E402

ASSIGNMENTS = 20
PROFILES = 200
RUNS = 5


def timed(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median of a few runs, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def busiest_shift(desk: Desk) -> str:
    """A shift with at least 20 assignments: the demo's busiest, or one planned here."""
    row = desk.db.execute(
        "SELECT shift_id, count(*) FROM assignment WHERE deleted_at IS NULL "
        "GROUP BY shift_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    if row and row[1] >= ASSIGNMENTS:
        return str(row[0])
    beats = [beat["id"] for beat in desk.beats.list()]
    officers = [officer["id"] for officer in desk.officers.list(limit=ASSIGNMENTS + 1)]
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C", "supervisor_id": officers[-1],
                                "notes": "Bench shift."})
    for index, officer in enumerate(officers[:ASSIGNMENTS]):
        beat = beats[index % len(beats)]
        assignment = desk.assignments.create({
            "shift_id": shift["id"], "officer_id": officer, "beat_id": beat,
            "call_sign": f"2A{index:02d}", "special_duty": "Directed patrol"})
        desk.directed_tasks.create({"shift_id": shift["id"], "beat_id": beat,
                                    "assignment_id": assignment["id"],
                                    "text": f"Directed patrol near the plaza ({index})"})
    return str(shift["id"])


def bare_document(desk: Desk, shift_id: str, out: Path) -> Callable[[], object]:
    """The briefing's own tables and paragraphs, read beforehand, laid out by a bare
    reportlab document: built-in fonts, default styles, no marking or page numbers."""
    body = getSampleStyleSheet()["BodyText"]
    content: list[object] = []
    for flowable in briefing_story(desk, shift_id):
        if isinstance(flowable, LongTable):
            content.append([[cell.text if isinstance(cell, Paragraph) else str(cell)
                             for cell in row] for row in flowable._cellvalues])
        elif isinstance(flowable, Paragraph):
            content.append(flowable.text)

    def build() -> None:
        story = [LongTable([[Paragraph(text, body) for text in row] for row in item],
                           repeatRows=1) if isinstance(item, list)
                 else Paragraph(str(item), body) for item in content]
        SimpleDocTemplate(str(out), pagesize=LETTER).build(story)

    return build


def main() -> None:
    source = large_division_path()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / "division.db"
        shutil.copy(source, copy)
        desk = Desk.open(copy)
        desk.actor = "Bench"
        shift_id = busiest_shift(desk)
        assigned = desk.assignments.count("shift_id = ?", [shift_id])
        neighbourhoods = desk.neighbourhoods.count()
        contacts = desk.contacts.count()
        print(f"{source.name}: {neighbourhoods} neighbourhoods, {contacts:,} contacts")

        briefing_ms = timed(lambda: write_briefing(desk, [shift_id], work / "briefing.pdf"))
        bare_ms = timed(bare_document(desk, shift_id, work / "bare.pdf"))
        pages = (work / "briefing.pdf").read_bytes().count(b"/Type /Page\n")
        print(f"briefing, {assigned} assignments: {briefing_ms:.0f} ms (budget 500 ms)")
        print(f"bare reportlab, same tables: {bare_ms:.0f} ms; "
              f"ratio {briefing_ms / bare_ms:.1f}x (budget 3x)")
        if pages:
            print(f"  briefing pages: {pages}")

        ids = [row["id"] for row in desk.neighbourhoods.list()]
        chosen = [ids[index % len(ids)] for index in range(PROFILES)]
        repeated = "" if len(ids) >= PROFILES else f" ({len(ids)} neighbourhoods, repeated)"
        for label, target in (("one file each", work / "profiles"),
                              ("all in one file", work / "profiles.pdf")):
            start = time.perf_counter()
            written = write_profiles(desk, target, neighbourhood_ids=chosen)
            seconds = time.perf_counter() - start
            size = sum(path.stat().st_size for path in written) / 1e6
            print(f"{PROFILES} profiles{repeated}, {label}: {seconds:.1f} s (budget 20 s), "
                  f"{size:.1f} MB")
            if target.is_dir():
                shutil.rmtree(target)
        desk.close()


if __name__ == "__main__":
    main()
