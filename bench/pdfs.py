"""How long the PDFs take on the large division: a shift briefing with 20 assignments, its
roll-call sheet alone and with its detail pages (beside a bare reportlab document holding
the same tables and paragraphs), and a batch of 200 profiles.
Prints the figures; asserts nothing.

    .venv/bin/python bench/pdfs.py

Budgets: the briefing under 500 ms and at most 3x the bare document; 200 profiles under 5 s.
The large division is copied first, so the shift this adds never reaches the cached file.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_division import large_division_path
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import KeepInFrame, LongTable, Paragraph, SimpleDocTemplate, Table
from timing import median_ms

from ompm_desktop.reports.briefing import briefing_story, write_briefing
from ompm_desktop.reports.profile import write_profiles
from ompm_desktop.services.desk import Desk

ASSIGNMENTS = 20
PROFILES = 200


def shift_of_twenty(desk: Desk) -> str:
    """A shift like the current one, with exactly 20 assignments and a directed task each:
    the current shift's first 20 (officers of the division fill in when it has fewer)."""
    current = desk.shifts.current_or_next(desk.context.now())
    base = current or {"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                       "platoon": "C", "supervisor_id": None, "notes": "Bench shift."}
    taken = desk.assignments.for_shift(current["id"])[:ASSIGNMENTS] if current else []
    beats = [beat["id"] for beat in desk.beats.list()]
    busy = {row["officer_id"] for row in taken}
    spare = [o["id"] for o in desk.officers.list(limit=ASSIGNMENTS * 2) if o["id"] not in busy]
    while len(taken) < ASSIGNMENTS:
        taken.append({"officer_id": spare.pop(), "beat_id": beats[len(taken) % len(beats)],
                      "call_sign": f"9Z{len(taken)}", "unit": "Patrol", "vehicle": "",
                      "special_duty": ""})
    shift = desk.shifts.create({key: base[key] for key in ("starts_at", "ends_at", "platoon",
                                                            "supervisor_id", "notes")})
    for index, row in enumerate(taken):
        assignment = desk.assignments.create({
            "shift_id": shift["id"], "officer_id": row["officer_id"], "beat_id": row["beat_id"],
            "call_sign": row["call_sign"], "unit": row["unit"], "vehicle": row["vehicle"],
            "special_duty": row["special_duty"]})
        desk.directed_tasks.create({"shift_id": shift["id"], "beat_id": row["beat_id"],
                                    "assignment_id": assignment["id"],
                                    "text": f"Directed patrol near the plaza ({index + 1})"})
    return str(shift["id"])


def bare_document(desk: Desk, shift_id: str, out: Path) -> Callable[[], object]:
    """The briefing's own tables and paragraphs, read beforehand, laid out by a bare
    reportlab document: built-in fonts, default styles, no marking or page numbers."""
    body = getSampleStyleSheet()["BodyText"]
    content: list[object] = []

    def gather(flowables: list[object]) -> None:
        for flowable in flowables:
            if isinstance(flowable, KeepInFrame):  # the roll-call page
                gather(flowable._content)
            elif isinstance(flowable, LongTable):
                content.append([[cell.text if isinstance(cell, Paragraph) else str(cell)
                                 for cell in row] for row in flowable._cellvalues])
            elif isinstance(flowable, Table):  # the beats side by side: their paragraphs
                gather([item for row in flowable._cellvalues for cell in row
                        for item in (cell if isinstance(cell, list) else [cell])])
            elif isinstance(flowable, Paragraph):
                content.append(flowable.text)

    gather(briefing_story(desk, shift_id, detail=True))

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
        shift_id = shift_of_twenty(desk)
        assigned = desk.assignments.count("shift_id = ?", [shift_id])
        neighbourhoods = desk.neighbourhoods.count()
        contacts = desk.contacts.count()
        print(f"{source.name}: {neighbourhoods} neighbourhoods, {contacts:,} contacts")

        sheet_ms = median_ms(lambda: write_briefing(desk, [shift_id], work / "sheet.pdf"))
        briefing_ms = median_ms(lambda: write_briefing(desk, [shift_id], work / "briefing.pdf",
                                                       detail=True))
        bare_ms = median_ms(bare_document(desk, shift_id, work / "bare.pdf"))
        pages = (work / "briefing.pdf").read_bytes().count(b"/Type /Page\n")
        print(f"roll-call sheet alone, {assigned} assignments: {sheet_ms:.0f} ms")
        print(f"briefing with its detail pages: {briefing_ms:.0f} ms (budget 500 ms)")
        print(f"bare reportlab, same tables and paragraphs: {bare_ms:.0f} ms; "
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
            print(f"{PROFILES} profiles{repeated}, {label}: {seconds:.1f} s (budget 5 s), "
                  f"{size:.1f} MB")
            if target.is_dir():
                shutil.rmtree(target)
        desk.close()


if __name__ == "__main__":
    main()
