"""`backup --out FILE`: a consistent copy of the database, safe while the app has it open."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.transfer.backup import back_up


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="back up the database to a file",
        description="Copy the database with SQLite's online backup (safe while the app is "
        "open) and check the copy. Without --out, a timestamped file goes in the backups "
        "folder beside the database.",
    )
    add_db_option(parser)
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="the backup file to write (it must not exist yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        made = back_up(desk, args.out)
    finally:
        desk.close()
    print(f"Backed up to {made}.")
    return 0
