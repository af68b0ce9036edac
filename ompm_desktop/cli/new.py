"""`new`: create an empty database, encrypted with a passphrase unless --no-encryption."""

from __future__ import annotations

import argparse
import os
import sys

from ompm_desktop.cli.common import add_db_option, ask_passphrase, database_path
from ompm_desktop.errors import DeskError
from ompm_desktop.store.new_database import (
    UNENCRYPTED_WARNING,
    check_new_passphrase,
    create_new_database,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="create an empty database (encrypted with a passphrase)",
        description="Create an empty database. It is encrypted with a passphrase taken from "
        "OMPM_PASSPHRASE, or asked twice at a prompt; never give it as an argument.",
    )
    add_db_option(parser)
    parser.add_argument("--no-encryption", action="store_true",
                        help="create a plain, unencrypted file (training or test data only)")
    parser.set_defaults(func=run)


def new_passphrase() -> str:
    """From OMPM_PASSPHRASE, or typed twice at a prompt."""
    given = os.environ.get("OMPM_PASSPHRASE")
    if given:
        check_new_passphrase(given, given)
        return given
    if not sys.stdin.isatty():
        raise DeskError("A new encrypted database needs a passphrase: set OMPM_PASSPHRASE or "
                        "run this at a terminal to type it (or add --no-encryption).")
    first = ask_passphrase("New passphrase: ")
    check_new_passphrase(first, ask_passphrase("The same passphrase again: "))
    return first


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    if path.exists():
        create_new_database(path, None)  # refuses, with the message
    if args.no_encryption:
        print(f"warning: {UNENCRYPTED_WARNING}", file=sys.stderr)
        passphrase = None
    else:
        passphrase = new_passphrase()
    create_new_database(path, passphrase).close()
    kind = "an encrypted" if passphrase else "an UNENCRYPTED"
    print(f"Created {kind} empty database in {path}.")
    return 0
