"""`profile (--neighbourhood NAME | --all) --out FILE.pdf|DIR`: neighbourhood profiles."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, add_language_option, open_desk
from ompm_desktop.reports.profile import (
    file_name,
    find_neighbourhood,
    write_profile,
    write_profiles,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profile",
        help="print neighbourhood profiles (PDF)",
        description="Print a neighbourhood's profile: its place on the model and its "
        "trajectory, the latest assessment explained, its partners, initiatives and "
        "contacts of the last 12 months. With --all, every neighbourhood: into one PDF "
        "when --out ends in .pdf, otherwise one PDF each into the folder --out names.",
    )
    add_db_option(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--neighbourhood", metavar="NAME", help="the neighbourhood's name")
    which.add_argument("--all", action="store_true", help="every neighbourhood")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|DIR",
                        help="the PDF to write, or (with --all) a folder")
    parser.add_argument("--include-personal", action="store_true",
                        help="include residents' personal details (the marking says so)")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        if args.all:
            written = write_profiles(desk, args.out, include_personal=args.include_personal,
                                     language=args.language)
            where = written[0] if len(written) == 1 else args.out
            print(f"Wrote {desk.neighbourhoods.count()} profiles to {where}.")
            return 0
        neighbourhood = find_neighbourhood(desk, args.neighbourhood)
        out = args.out
        if out.is_dir():
            out = out / file_name(neighbourhood["name"], set())
        write_profile(desk, neighbourhood["id"], out, include_personal=args.include_personal,
                      language=args.language)
        print(f"Wrote the profile of {neighbourhood['name']} to {out}.")
    finally:
        desk.close()
    return 0
