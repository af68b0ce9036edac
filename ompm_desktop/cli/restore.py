"""`restore --from FILE`: put a backup back, after checking it; the current file is kept."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, database_path
from ompm_desktop.store.writer_lock import WriterLock
from ompm_desktop.transfer.backup import restore_backup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore the database from a backup",
        description="Check the backup's integrity and schema version, copy the current "
        "database aside, then restore the backup in its place.",
    )
    add_db_option(parser)
    parser.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE",
                        help="the backup to restore")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    database = database_path(args)
    database.parent.mkdir(parents=True, exist_ok=True)
    with WriterLock(database):  # not while the app has the file open
        result = restore_backup(database, args.source)
    print(f"Restored {database} from {result.restored_from}.")
    if result.set_aside:
        print(f"The database as it was is kept in {result.set_aside}.")
    return 0
