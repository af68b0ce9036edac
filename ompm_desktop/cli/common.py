"""What every subcommand shares: the --db option and opening the division it names."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.paths import default_database_path
from ompm_desktop.services.desk import Desk


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="the database file (default: the division in your user data folder)",
    )


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_database_path()


def open_desk(args: argparse.Namespace) -> Desk:
    """Open an existing database; a missing or damaged file is a DeskError (exit 1)."""
    return Desk.open(database_path(args))
