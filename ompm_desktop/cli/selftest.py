"""`selftest` (or `ompm --selftest`): prove this installation works, in a temporary folder.

Exit 0 with a one-line summary; 1 with each failed step on its own line.
"""

from __future__ import annotations

import argparse
import sys

from ompm_desktop.selftest import run_selftest, selftest_folder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help="check this installation: resources, a demo division, check, a briefing PDF, "
        "the diagram",
        description="Build a demo division in a temporary folder, check it, print a "
        "briefing and export the diagram, then remove the folder. Your own division is "
        "never opened.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace | None = None) -> int:
    with selftest_folder() as folder:
        report = run_selftest(folder)
    stream = sys.stdout if report.passed else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return 0 if report.passed else 1
