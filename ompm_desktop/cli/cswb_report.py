"""`cswb-report --db PATH [--db PATH2 ...] --from DAY --to DAY --out FILE.pdf`: policing's
contribution to the municipality's Community Safety and Well-Being plan, for the board."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ompm_desktop.cli.common import add_language_option, open_desk
from ompm_desktop.clock import utc_now
from ompm_desktop.reports.cswb_report import write_cswb_report
from ompm_desktop.services.desk import Desk
from ompm_desktop.typed_dates import read_date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cswb-report",
        help="print policing's contribution to the CSWB plan (PDF), for the board",
        description="Print policing's contribution to the municipality's Community Safety "
        "and Well-Being plan over a period: initiatives by the plan's risks and areas with "
        "their stage and calls before and after, partners engaged by sector, contacts by "
        "quadrant activity (counts only), neighbourhoods' moves on the model, and the "
        "plan's outcomes. Give --db once per division file to show several together (their "
        "counts are added; their records are not merged).",
    )
    parser.add_argument("--db", type=Path, action="append", metavar="PATH",
                        help="a division file (repeat for several; default: the division "
                        "in your user data folder)")
    parser.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD",
                        help="the period's first day")
    parser.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD",
                        help="the period's last day (or 'today')")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF to write")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    start = date.fromisoformat(read_date(args.start, utc_now, "--from"))
    end = date.fromisoformat(read_date(args.end, utc_now, "--to"))
    desks: list[Desk] = []
    try:
        for path in args.db or [None]:
            desks.append(open_desk(argparse.Namespace(db=path)))
        out = write_cswb_report(desks, start, end, args.out, language=args.language)
    finally:
        for desk in desks:
            desk.close()
    print(f"Wrote the CSWB plan report to {out}.")
    return 0
