"""`stats`: how many records of each kind, and the schema version."""

from __future__ import annotations

import argparse
import json

from ompm_desktop.cli.common import add_db_option, database_path, open_desk
from ompm_desktop.store.database import DATABASE_ERRORS
from ompm_desktop.store.sound_file import damaged_inside
from ompm_desktop.store.stats import record_counts


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="count the records of every kind")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        try:
            counts = record_counts(desk.db)
        except DATABASE_ERRORS as error:  # damage the check before writing did not see
            desk.damaged = True  # not noted as sound when closed
            raise damaged_inside(database_path(args)) from error
    finally:
        desk.close()
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    print(f"Schema version {counts['schema_version']}")
    for kind, numbers in counts["records"].items():
        deleted = f"  ({numbers['deleted']:,} deleted)" if numbers["deleted"] else ""
        print(f"  {kind.replace('_', ' '):<26}{numbers['active']:>10,}{deleted}")
    return 0
