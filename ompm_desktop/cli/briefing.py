"""`briefing (--shift ID | --date YYYY-MM-DD [--platoon P]) --out FILE.pdf`: the briefing
sheet of a shift, or of every shift starting that day, one after the other in one PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ompm_desktop.cli.common import (
    add_db_option,
    add_language_option,
    add_shift_or_date,
    open_desk,
)
from ompm_desktop.errors import DeskError
from ompm_desktop.reports.briefing import write_briefing, write_briefings_for_day
from ompm_desktop.typed_dates import read_date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "briefing",
        help="print a shift briefing sheet (PDF)",
        description="Print the briefing sheet read at roll call: the shift, its "
        "assignments, each beat's neighbourhoods, directed tasks, initiatives, follow-ups, "
        "partners and briefing items, then the shift's notes.",
    )
    add_db_option(parser)
    add_shift_or_date(parser)
    parser.add_argument("--platoon", metavar="P", help="with --date: only this platoon's")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF to write")
    parser.add_argument("--include-personal", action="store_true",
                        help="include residents' personal details (the marking says so)")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.platoon and not args.date:
        raise DeskError("--platoon goes with --date: it picks that day's shifts of a platoon.")
    desk = open_desk(args)
    try:
        if args.shift:
            if desk.shifts.count("id = ?", [args.shift]) == 0:
                raise DeskError(f"There is no shift with the id {args.shift}.")
            out = write_briefing(desk, [args.shift], args.out,
                                 include_personal=args.include_personal,
                                 language=args.language)
        else:
            day = date.fromisoformat(read_date(args.date, desk.context.clock, "--date"))
            out = write_briefings_for_day(desk, day, args.out, platoon=args.platoon,
                                          include_personal=args.include_personal,
                                          language=args.language)
    finally:
        desk.close()
    print(f"Wrote the briefing to {out}.")
    return 0
