"""`sync --db PATH --hub HUBPATH`: send this laptop's changes to the station hub and take the
hub's back. The app must not have the database open meanwhile."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, database_path, passphrase_from_user
from ompm_desktop.sync.engine import sync_with_hub
from ompm_desktop.sync.passphrases import passphrases_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="share this division through a station hub (send and receive changes)",
        description="Send the changes made on this laptop since its last sync to the station "
        "hub, then take the hub's changes back; a record edited on two laptops keeps the "
        "latest edit and the other is kept for review. A --db file that does not exist yet "
        "is made as a copy of the hub. Passphrases come from OMPM_PASSPHRASE (and "
        "OMPM_HUB_PASSPHRASE when the hub has its own), or are asked at a prompt.",
    )
    add_db_option(parser)
    parser.add_argument("--hub", type=Path, required=True, metavar="HUBPATH",
                        help="the station hub's database file")
    parser.add_argument("--machine-name", metavar="NAME",
                        help="how this laptop is named in the conflict log "
                        "(default: user on host)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    laptop, hub = passphrases_for(path, args.hub, passphrase_from_user,
                                  os.environ.get("OMPM_HUB_PASSPHRASE"))

    def progress(done: int, total: int, text: str) -> None:
        if done < total:
            print(f"[{done + 1}/{total}] {text}", file=sys.stderr)

    summary = sync_with_hub(path, args.hub, laptop, hub_passphrase=hub,
                            machine_name=args.machine_name, progress=progress)
    if summary.first_sync:
        print(f"First sync of {path.name} with {args.hub.name}.")
    print(summary.describe())
    return 0
