"""`diagram [--neighbourhood NAME | --beat NAME ...] --out FILE.svg|FILE.png`: the quadrant
diagram of one neighbourhood (its trajectory and active initiatives) or of the division."""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.diagram.drawing import SUFFIXES, export_diagram
from ompm_desktop.diagram.layout import neighbourhood_layout, overview_layout
from ompm_desktop.diagram.overview import overview_size
from ompm_desktop.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diagram",
        help="draw the quadrant diagram (SVG or PNG)",
        description="Draw the Mobilization & Engagement Model's diagram. With "
        "--neighbourhood, that neighbourhood's assessments over time and its active "
        "initiatives; without it, every neighbourhood at its latest assessment (the "
        "division overview), or only those of the beats named with --beat.",
    )
    add_db_option(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--neighbourhood", metavar="NAME", help="the neighbourhood's name")
    which.add_argument("--beat", metavar="NAME", action="append",
                       help="show only this beat's neighbourhoods (repeat for more beats)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.svg|FILE.png",
                        help="the file to write: .svg or .png")
    parser.set_defaults(func=run)


def _close_names(wanted: str, names: list[str]) -> str:
    folded = {name.casefold(): name for name in names}
    close = [folded[match] for match in
             difflib.get_close_matches(wanted.casefold(), list(folded), n=4, cutoff=0.6)]
    if close:
        return f" Did you mean {' or '.join(close)}?"
    if names:
        return f" Known ones include: {', '.join(sorted(names)[:5])}."
    return " There are none in this database yet."


def _neighbourhood(desk: Desk, name: str) -> dict[str, Any]:
    found = desk.neighbourhoods.find_by_name(name)
    if found is None:
        names = [row["name"] for row in desk.neighbourhoods.iter()]
        raise NotFoundError(f"There is no neighbourhood named '{name}'."
                            f"{_close_names(name, names)}")
    return found


def _beat_ids(desk: Desk, names: list[str]) -> list[str]:
    beats = desk.beats.list()
    by_name = {beat["name"].casefold(): beat["id"] for beat in beats}
    ids = []
    for name in names:
        beat_id = by_name.get(name.strip().casefold())
        if beat_id is None:
            raise NotFoundError(f"There is no beat named '{name}'."
                                f"{_close_names(name, [beat['name'] for beat in beats])}")
        ids.append(beat_id)
    return ids


def run(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in SUFFIXES:
        raise ValidationError(f"--out must end in .svg or .png, not '{args.out.name}'.")
    desk = open_desk(args)
    try:
        if args.neighbourhood:
            neighbourhood = _neighbourhood(desk, args.neighbourhood)
            layout = neighbourhood_layout(desk, neighbourhood["id"])
            what = f"the diagram of {neighbourhood['name']}"
        else:
            beat_ids = _beat_ids(desk, args.beat) if args.beat else None
            count = (desk.neighbourhoods.count(
                f"beat_id IN ({', '.join('?' for _ in beat_ids)})", beat_ids)
                if beat_ids is not None else desk.neighbourhoods.count())
            width, height = overview_size(count)
            layout = overview_layout(desk, beat_ids=beat_ids, width=width, height=height)
            what = f"the overview of {len(layout.points)} neighbourhoods"
        export_diagram(layout, args.out)
    finally:
        desk.close()
    print(f"Wrote {what} to {args.out}.")
    for note in layout.notes:
        print(f"Note: {note}")
    return 0
