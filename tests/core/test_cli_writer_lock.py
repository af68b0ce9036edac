"""A command that writes is refused while the app has the file open (it names who has it),
and nothing is written; one that only reads, or a dry run, goes ahead."""

from pathlib import Path

from ompm_desktop.cli import main
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.writer_lock import WriterLock

OFFICERS = "Badge,First name,Last name,Rank\n5000,Ana,Roy,Cst.\n"


def officers_file(tmp_path: Path) -> Path:
    path = tmp_path / "officers.csv"
    path.write_text(OFFICERS, encoding="utf-8")
    return path


def officer_count(path: Path) -> int:
    desk = Desk.open(path)
    try:
        return desk.officers.count()
    finally:
        desk.close()


def test_an_import_waits_for_the_app_to_close_the_file(desk, tmp_path, capsys):
    desk.close()
    source = officers_file(tmp_path)
    with WriterLock(desk.path):  # the app has it open
        assert main(["import", "officers", str(source), "--db", str(desk.path)]) == 1
        err = capsys.readouterr().err
        assert "already open in" in err and "Traceback" not in err
        assert officer_count(desk.path) == 0
        assert main(["import", "officers", str(source), "--db", str(desk.path),
                     "--dry-run"]) == 0  # a dry run writes nothing: no need to wait
        assert main(["stats", "--db", str(desk.path)]) == 0  # reading goes ahead
    assert main(["import", "officers", str(source), "--db", str(desk.path)]) == 0
    assert officer_count(desk.path) == 1
    assert not desk.path.with_name(desk.path.name + ".holder.json").exists()  # let go


def test_calendar_files_wait_too(desk, tmp_path, capsys):
    desk.close()
    with WriterLock(desk.path):
        code = main(["ics", "--db", str(desk.path), "--date", "2026-11-24",
                     "--out", str(tmp_path / "night.ics")])
    assert code == 1 and "already open in" in capsys.readouterr().err
    assert not (tmp_path / "night.ics").exists()
