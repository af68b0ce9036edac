"""The board report: policing's contribution to the CSWB plan, from one division file or
several shown together."""

from __future__ import annotations

import shutil
from datetime import date

from pdf_checks import all_text, fonts

from ompm_desktop.cli import main
from ompm_desktop.cswb.contribution import combined, contribution
from ompm_desktop.cswb.did_it_work import Verdict
from ompm_desktop.services.desk import Desk

PERIOD = ["--from", "2025-12-01", "--to", "2026-11-24"]


def test_the_report_names_the_four_areas_results_and_sectors_and_no_officer(demo_db,
                                                                           tmp_path):
    out = tmp_path / "board.pdf"
    assert main(["cswb-report", "--db", str(demo_db), *PERIOD, "--out", str(out)]) == 0
    text = all_text(out)
    for area in ("Social development", "Prevention", "Risk intervention",
                 "Incident response"):
        assert area in text
    assert "Fewer calls than elsewhere" in text and "No clear change" in text
    assert "Too few calls to tell" in text
    assert "Partners engaged, by sector" in text and "Education" in text
    assert "Calls may rise as trust grows" in text
    assert "DEMO" in text and "Page 1 of" in text
    assert all(fonts(out).values())  # every font embedded
    desk = Desk.open(demo_db)
    try:
        officers = {f"{o['first_name']} {o['last_name']}" for o in desk.officers.list()}
        found = contribution(desk, date(2025, 12, 1), date(2026, 11, 24))
    finally:
        desk.close()
    assert officers and not [name for name in officers if name in text]
    for line in found.initiatives:
        if line.result.verdict is not Verdict.NOT_YET:
            assert f"{line.result.place_before} → {line.result.place_after}" in text


def test_several_division_files_are_added_up_not_merged(demo_db, tmp_path):
    second = tmp_path / "second.db"
    shutil.copy(demo_db, second)
    desks = [Desk.open(demo_db), Desk.open(second)]
    try:
        parts = [contribution(d, date(2025, 12, 1), date(2026, 11, 24)) for d in desks]
    finally:
        for desk in desks:
            desk.close()
    total = combined(parts)
    assert len(total.initiatives) == 2 * len(parts[0].initiatives)
    assert sum(total.partners_by_sector.values()) == 2 * sum(
        parts[0].partners_by_sector.values())
    assert len(total.risks) == len(parts[0].risks)  # the same plan, named once
    out = tmp_path / "both.pdf"
    assert main(["cswb-report", "--db", str(demo_db), "--db", str(second), *PERIOD,
                 "--out", str(out)]) == 0
    assert "2 division files are shown together" in all_text(out)


def test_the_report_in_french_and_a_period_backwards_refused(demo_db, tmp_path, capsys):
    out = tmp_path / "fr.pdf"
    assert main(["cswb-report", "--db", str(demo_db), *PERIOD, "--out", str(out),
                 "--language", "fr"]) == 0
    text = all_text(out)
    assert "Développement social" in text and "Intervention en cas d'incident" in text
    assert main(["cswb-report", "--db", str(demo_db), "--from", "2026-11-24", "--to",
                 "2026-01-01", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "before it starts" in capsys.readouterr().err


def test_the_profile_prints_did_it_work_under_its_initiatives(demo_db, tmp_path):
    from ompm_desktop.reports.profile import write_profile

    desk = Desk.open(demo_db)
    try:
        found = contribution(desk, date(2025, 12, 1), date(2026, 11, 24))
        [better] = [line for line in found.initiatives
                    if line.result.verdict is Verdict.FEWER]
        [initiative] = desk.initiatives.list("title = ?", [better.title])
        hood = desk.initiatives.get(initiative["id"])["neighbourhood_ids"][0]
        out = write_profile(desk, hood, tmp_path / "profile.pdf")
    finally:
        desk.close()
    text = all_text(out)
    assert "Did it work?" in text and "Fewer calls than elsewhere" in text
