"""The installation self-test: `ompm --selftest` and `python -m ompm_desktop selftest`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ompm_desktop import selftest
from ompm_desktop.cli import main
from ompm_desktop.errors import DeskError
from ompm_desktop.selftest import pdf_pages, run_selftest, selftest_folder


def outcomes(report: selftest.SelfTestReport) -> dict[str, str]:
    return {step.name: step.outcome for step in report.steps}


def test_every_step_passes_on_a_sound_installation(tmp_path: Path) -> None:
    report = run_selftest(tmp_path)

    assert outcomes(report) == {
        "resources": "passed", "site defaults": "passed", "French": "passed",
        "label search": "passed", "demo division": "passed",
        "check": "passed",
        "briefing PDF": "passed", "diagram": "passed"}
    assert report.passed
    assert pdf_pages(tmp_path / "briefing.pdf") >= 1
    assert (tmp_path / "diagram.svg").read_bytes().lstrip().startswith(b"<?xml")
    assert (tmp_path / "diagram.png").read_bytes().startswith(b"\x89PNG")
    summary = report.summary()
    assert summary.startswith("Community Policing Desk 0.1.0 self-test passed in ")
    assert "12 neighbourhoods" in summary and "check (sound)" in summary
    assert "\n" not in summary


def test_the_command_prints_one_line_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--selftest"]) == 0

    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[-1].startswith("Community Policing Desk 0.1.0 self-test passed")
    assert len(lines) == 1
    assert err == ""


def test_the_subcommand_is_the_same_self_test(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selftest"]) == 0
    assert "self-test passed" in capsys.readouterr().out


def test_a_missing_resource_fails_with_its_path(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES",
                        (*selftest.REQUIRED_RESOURCES, ("help", "gone.html")))

    assert main(["--selftest"]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert "resources: failed - FileNotFoundError: missing " in err
    assert str(Path("resources", "help", "gone.html")) in err
    assert err.splitlines()[-1].endswith("self-test FAILED (1 of 8 steps: resources).")


def test_a_failed_step_skips_the_steps_that_need_it(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(database: Path) -> str:
        raise DeskError("The disk is full.")

    monkeypatch.setattr(selftest, "build_demo", broken)

    report = run_selftest(tmp_path)

    assert outcomes(report) == {
        "resources": "passed", "site defaults": "passed", "French": "passed",
        "label search": "passed", "demo division": "failed",
        "check": "skipped",
        "briefing PDF": "skipped", "diagram": "skipped"}
    assert str(report.failures[0]) == "demo division: failed - DeskError: The disk is full."
    assert "needs demo division, which did not pass" in str(report.steps[5])
    assert not report.passed


def test_a_pdf_read_back_must_be_whole(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(AssertionError, match="is not a PDF"):
        pdf_pages(empty)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(AssertionError, match="cut off"):
        pdf_pages(cut)


def test_the_folder_is_removed_afterwards() -> None:
    with selftest_folder() as folder:
        run_selftest(folder)
        assert (folder / "selftest-division.db").is_file()
    assert not folder.exists()


def test_without_a_subcommand_the_command_line_still_asks_for_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "the following arguments are required: SUBCOMMAND" in capsys.readouterr().err
