"""`person --name NAME --out FILE.pdf|FILE.csv`: an access request under MFIPPA in one step."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.errors import FileExistsRefusedError
from ompm_desktop.privacy.access_report import write_access_request
from ompm_desktop.privacy.access_request import counts_by_kind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "person",
        help="every record that names a person (an access request), to a PDF or CSV",
        description="Answer an access request: find every record that names the person "
        "(partners, contacts' summaries and links, initiatives, briefing items, tasks, "
        "assessments, officers and the audit log; case and accents ignored) and write them "
        "to FILE.pdf or FILE.csv. The request is recorded in the audit log.",
    )
    add_db_option(parser)
    parser.add_argument("--name", required=True, metavar="NAME",
                        help="the person's name as it would be written, e.g. 'Daniel Singh'")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv",
                        help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.force:
        raise FileExistsRefusedError(
            f"{args.out} already exists; choose another name, or add --force to replace it.")
    desk = open_desk(args, writer=True)
    try:
        found = write_access_request(desk, args.name, args.out)
    finally:
        desk.close()
    print(f"{len(found)} places name {args.name}; written to {args.out}.")
    for kind, count in counts_by_kind(found).items():
        print(f"  {kind:<28}{count:>6}")
    return 0
