"""`restore --from FILE`: put a backup back, after checking it; the current file is kept."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, database_path, passphrase_from_user
from ompm_desktop.store.encryption import looks_encrypted
from ompm_desktop.store.writer_lock import WriterLock
from ompm_desktop.transfer.backup import restore_backup


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore the database from a backup",
        description="Check the backup's integrity and schema version, copy the current "
        "database aside, then restore the backup in its place. An encrypted database's "
        "passphrase is taken from OMPM_PASSPHRASE, or asked at a prompt.",
    )
    add_db_option(parser)
    parser.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE",
                        help="the backup to restore")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    database = database_path(args)
    database.parent.mkdir(parents=True, exist_ok=True)
    with WriterLock(database):  # not while the app has the file open
        result = restore_backup(database, args.source,
                                passphrase=_passphrase(database, args.source))
    print(f"Restored {database} from {result.restored_from}.")
    if result.set_aside:
        print(f"The database as it was is kept in {result.set_aside}.")
    return 0


def _passphrase(database: Path, source: Path) -> str | None:
    """The database's passphrase (the backup is encrypted with the same one); for a database
    not made yet, the backup's."""
    if database.exists():
        return passphrase_from_user(database) if looks_encrypted(database) else None
    return passphrase_from_user(source) if looks_encrypted(source) else None
