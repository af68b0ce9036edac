"""`check`: is the database sound? Exit 0 if so, 1 with the problems listed."""

from __future__ import annotations

import argparse
import sys

from ompm_desktop.cli.common import add_db_option, database_path, open_desk
from ompm_desktop.store.database import DATABASE_ERRORS
from ompm_desktop.store.integrity import check
from ompm_desktop.store.sound_file import damaged_inside


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check a database's integrity")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        try:
            problems = check(desk.db)
        except DATABASE_ERRORS as error:  # damage the check before writing did not see
            desk.damaged = True  # not noted as sound when closed
            raise damaged_inside(database_path(args)) from error
    finally:
        desk.close()
    if not problems:
        print(f"{desk.path}: sound.")
        return 0
    print(f"{desk.path}: {len(problems)} problem(s):", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1
