"""`briefing (--shift ID | --date YYYY-MM-DD [--platoon P]) [--detail [--partner-contacts]]
--out FILE.pdf`: the roll-call sheet of a shift, or of every shift starting that day, one
after the other in one PDF; with --detail each beat's detail pages after its sheet."""

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
        description="Print the one-page roll-call sheet: officer safety (hazards, "
        "lookouts, notices), what changed since the platoon's last shift, and each beat's "
        "officers, directed tasks and suggested ones. --detail adds each beat's "
        "neighbourhoods, initiatives, follow-ups and key partners after it.",
    )
    add_db_option(parser)
    add_shift_or_date(parser)
    parser.add_argument("--platoon", metavar="P", help="with --date: only this platoon's")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF to write")
    parser.add_argument("--detail", action="store_true",
                        help="add the detail pages after the roll-call sheet")
    parser.add_argument("--partner-contacts", action="store_true",
                        help="with --detail: partners' phone numbers and e-mails too")
    parser.add_argument("--include-personal", action="store_true",
                        help="include residents' personal details (the marking says so)")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.partner_contacts and not args.detail:
        raise DeskError("--partner-contacts goes with --detail: the roll-call sheet never "
                        "prints partners' phone numbers or e-mails.")
    if args.platoon and not args.date:
        raise DeskError("--platoon goes with --date: it picks that day's shifts of a platoon.")
    desk = open_desk(args)
    try:
        if args.shift:
            if desk.shifts.count("id = ?", [args.shift]) == 0:
                raise DeskError(f"There is no shift with the id {args.shift}.")
            out = write_briefing(desk, [args.shift], args.out,
                                 include_personal=args.include_personal,
                                 language=args.language, detail=args.detail,
                                 contact_details=args.partner_contacts)
        else:
            day = date.fromisoformat(read_date(args.date, desk.context.clock, "--date"))
            out = write_briefings_for_day(desk, day, args.out, platoon=args.platoon,
                                          include_personal=args.include_personal,
                                          language=args.language, detail=args.detail,
                                          contact_details=args.partner_contacts)
    finally:
        desk.close()
    print(f"Wrote the briefing to {out}.")
    return 0
