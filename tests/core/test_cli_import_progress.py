"""A long import says how far it has got: a bar on a terminal, otherwise a line every few
seconds (a log or a pipe gets lines, not a bar's carriage returns)."""

import io

from ompm_desktop.cli import main
from ompm_desktop.cli import progress as progress_module
from ompm_desktop.cli.progress import CommandProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_off_a_terminal_a_line_every_few_seconds():
    stream, clock = io.StringIO(), Clock()
    progress = CommandProgress("partners.csv", stream=stream, clock=clock)
    progress(0, 200_000, "Writing")
    clock.now += 1
    progress(250, 200_000, "Writing")
    assert stream.getvalue() == ""  # not yet
    clock.now += progress_module.LINE_EVERY_S
    progress(50_000, 200_000, "Writing")
    clock.now += 1
    progress(50_250, 200_000, "Writing")
    progress.finish()
    assert stream.getvalue() == "Writing partners.csv: 50,000 of 200,000 rows (25%)\n"


def test_on_a_terminal_a_bar():
    stream = Terminal()
    progress = CommandProgress("partners.csv", stream=stream)
    for done in range(0, 1001, 250):
        progress(done, 1000, "Writing")
    progress.finish()
    drawn = stream.getvalue()
    assert "Writing partners.csv" in drawn and "#" in drawn and "1000/1000" in drawn


def test_the_import_command_shows_its_progress(desk, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(progress_module, "LINE_EVERY_S", 0)
    path = tmp_path / "partners.csv"
    path.write_text("Name,Kind\n" + "".join(f"P{n},Agency\n" for n in range(600)),
                    encoding="utf-8")
    desk.close()
    assert main(["import", "partners", str(path), "--db", str(desk.path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["Writing partners.csv: 250 of 600 rows (42%)",
                   "Writing partners.csv: 500 of 600 rows (83%)",
                   "Writing partners.csv: 600 of 600 rows (100%)"]
