"""`ics (--shift ID | --date YYYY-MM-DD) --out FILE.ics`: a shift's assignments as calendar
events (RFC 5545); or `ics --from DATE --to DATE --out FOLDER`: one file per officer."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ompm_desktop.cli.common import add_db_option, add_shift_or_date, open_desk
from ompm_desktop.errors import DeskError
from ompm_desktop.planning import write_day_calendar, write_officer_calendars, write_shift_calendar
from ompm_desktop.typed_dates import read_date

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ics",
        help="export shifts as calendar files (iCalendar .ics)",
        description="Export a shift's assignments as calendar events, one per assignment, in "
        "America/Toronto time. Exporting again after an edit updates the same events. With "
        "--from and --to, write one file per officer into the folder --out names.",
    )
    add_db_option(parser)
    which = add_shift_or_date(parser)
    which.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                       help="with --to: one file per officer for the shifts in that range")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                        help="the last day of the range (with --from)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the .ics file to write (a folder with --from/--to)")
    parser.set_defaults(func=run)


def _day(text: str, desk: Desk, option: str) -> date:
    typed = read_date(text, desk.context.clock, option)
    if not typed:
        raise DeskError(f"{option}: give the day, e.g. 2026-11-24.")
    return date.fromisoformat(typed)


def run(args: argparse.Namespace) -> int:
    if bool(args.first) != bool(args.last):
        raise DeskError("--from and --to go together: they give the range of days.")
    desk = open_desk(args, writer=True)  # it records what each calendar file was sent
    try:
        if args.first:
            paths = write_officer_calendars(desk, _day(args.first, desk, "--from"),
                                            _day(args.last, desk, "--to"), args.out)
            print(f"Wrote {len(paths)} calendar files to {args.out}.")
            return 0
        if args.shift:
            if desk.shifts.count("id = ?", [args.shift]) == 0:
                raise DeskError(f"There is no shift with the id {args.shift}.")
            exported = write_shift_calendar(desk, [args.shift], args.out)
        else:
            exported = write_day_calendar(desk, _day(args.date, desk, "--date"), args.out)
    finally:
        desk.close()
    cancelled = f" ({exported.cancelled} cancelled)" if exported.cancelled else ""
    print(f"Wrote {exported.events} events{cancelled} to {args.out}.")
    return 0
