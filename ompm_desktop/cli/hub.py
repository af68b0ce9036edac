"""`hub --db HUBPATH --init-from PATH`: make a station hub; `--update`: bring a hub up to
this version of the app; `--status`: the laptops that sync with it, and when they last did."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ompm_desktop.cli.common import passphrase_from_user
from ompm_desktop.errors import DeskError
from ompm_desktop.queries.display import when
from ompm_desktop.store.encryption import looks_encrypted
from ompm_desktop.sync.hub import create_hub, laptops_at_hub, update_hub


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "hub",
        help="make a station hub for sharing a division, or update one",
        description="A station hub is the one database file (on the supervisor's PC, a shared "
        "drive or a USB stick) where the laptops' changes meet; each laptop then runs "
        "`sync --hub HUBPATH`. The hub keeps the source's passphrase (OMPM_PASSPHRASE, or "
        "asked at a prompt); set OMPM_HUB_PASSPHRASE to give it its own.",
    )
    parser.add_argument("--db", type=Path, required=True, metavar="HUBPATH",
                        help="the hub file to make (or to update)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--init-from", type=Path, metavar="PATH",
                        help="the database whose records the new hub starts with")
    action.add_argument("--update", action="store_true",
                        help="bring the hub to this version of the app (a copy is kept first)")
    action.add_argument("--status", action="store_true",
                        help="list the laptops that sync with the hub, and when they last did")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.status:
        return show_status(args.db)
    if args.update:
        passphrase = passphrase_from_user(args.db) if looks_encrypted(args.db) else None
        copy = update_hub(args.db, passphrase)
        print(f"Updated {args.db}; the copy from before is {copy}." if copy
              else f"{args.db} is already up to date.")
        return 0
    source: Path = args.init_from
    if not source.is_file():
        raise DeskError(f"There is no database at {source} to make the hub from.")
    passphrase = passphrase_from_user(source) if looks_encrypted(source) else None
    made = create_hub(args.db, source, passphrase,
                      hub_passphrase=os.environ.get("OMPM_HUB_PASSPHRASE"))
    print(f"Made the station hub {made} from {source.name}. On each laptop: "
          f"python -m ompm_desktop sync --db YOURDATABASE --hub {made}")
    return 0


def show_status(hub: Path) -> int:
    passphrase = None
    if looks_encrypted(hub):
        passphrase = os.environ.get("OMPM_HUB_PASSPHRASE") or passphrase_from_user(hub)
    laptops = laptops_at_hub(hub, passphrase)
    if not laptops:
        print(f"No laptop has synced with {hub.name} yet.")
        return 0
    print(f"{len(laptops)} laptop(s) sync with {hub.name}:")
    for laptop in laptops:
        print(f"  {laptop.machine_name}: last sent {when(laptop.last_sent_at) or 'never'}, "
              f"last received {when(laptop.last_received_at) or 'never'} "
              f"({laptop.sent} sent, {laptop.received} received, {laptop.conflicts} "
              "conflicts in all)")
    return 0
