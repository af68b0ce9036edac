"""`export KIND --out FILE.csv`: a CSV file that opens in Excel and imports back as it is."""

from __future__ import annotations

import argparse
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.errors import FileExistsRefusedError
from ompm_desktop.transfer.exporter import export_csv
from ompm_desktop.transfer.kinds import KINDS

AUDIT = "audit"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a kind of record to a CSV file",
        description="Export to CSV (UTF-8 with BOM, ISO dates). Residents' personal details "
        "are left out unless --include-personal is given.",
    )
    parser.add_argument("kind", choices=[*sorted(KINDS), AUDIT], metavar="KIND",
                        help=f"what to export: {', '.join(KINDS)}, or {AUDIT} (the audit "
                        "log, for the service's review)")
    add_db_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.csv",
                        help="the file to write")
    parser.add_argument("--include-personal", action="store_true",
                        help="include residents' personal details (partners only)")
    parser.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.force:
        raise FileExistsRefusedError(
            f"{args.out} already exists; choose another name, or add --force to replace it."
        )
    desk = open_desk(args)
    try:
        if args.kind == AUDIT:
            from ompm_desktop.privacy.audit_export import export_audit_csv

            count = export_audit_csv(desk, args.out)
        else:
            count = export_csv(desk, args.kind, args.out,
                               include_personal=args.include_personal)
    finally:
        desk.close()
    print(f"Exported {count} {args.kind} to {args.out}.")
    return 0
