"""A subcommand typed is the only one whose module is imported: an import does not first
load what makes PDFs and syncs. Anything else (no subcommand, help, a word that is not one)
still sees every subcommand."""

import subprocess
import sys
from pathlib import Path

import pytest

from ompm_desktop.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
LOADED = """
import sys
from ompm_desktop.cli import build_parser
build_parser({command!r})
print(sorted(name for name in sys.modules if name.startswith(("ompm_desktop.cli.",
                                                               "ompm_desktop.reports."))))
"""


def loaded(command: str | None) -> list[str]:
    done = subprocess.run([sys.executable, "-c", LOADED.format(command=command)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return eval(done.stdout)  # a list of module names, printed by the line above


def subcommands(command: str | None) -> set[str]:
    parser = build_parser(command)
    return set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_an_import_loads_the_import_subcommand_alone():
    modules = loaded("import")
    assert "ompm_desktop.cli.import_" in modules
    assert "ompm_desktop.cli.briefing" not in modules
    assert not [name for name in modules if name.startswith("ompm_desktop.reports.")]
    assert subcommands("import") == {"import"}
    assert subcommands("cswb-report") == {"cswb-report"}


@pytest.mark.parametrize("command", [None, "nope", "importer"])
def test_without_a_known_subcommand_every_one_is_there(command):
    assert {"import", "briefing", "cswb-report", "sync", "selftest"} <= subcommands(command)


def test_a_word_that_is_no_subcommand_lists_them_all(capsys):
    with pytest.raises(SystemExit):
        main(["nope"])
    assert "'briefing'" in capsys.readouterr().err


def test_a_subcommand_still_runs(tmp_path, capsys):
    from ompm_desktop.services.desk import Desk

    Desk.open(tmp_path / "d.db", create=True).close()
    path = tmp_path / "officers.csv"
    path.write_text("Badge,Last name\n101,Morin\n", encoding="utf-8")
    assert main(["import", "officers", str(path), "--db", str(tmp_path / "d.db")]) == 0
    assert "Imported 1 rows: 1 created" in capsys.readouterr().out
