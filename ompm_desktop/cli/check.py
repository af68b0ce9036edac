"""`check`: is the database sound? Exit 0 if so, 1 with the problems listed."""

from __future__ import annotations

import argparse
import sys

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.store.integrity import check


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check a database's integrity")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        problems = check(desk.db)
    finally:
        desk.close()
    if not problems:
        print(f"{desk.path}: sound.")
        return 0
    print(f"{desk.path}: {len(problems)} problem(s):", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1
