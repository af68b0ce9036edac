"""`import KIND FILE`: bring a CSV file in, every row or none."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ompm_desktop.cli.common import add_db_option, open_desk
from ompm_desktop.cli.progress import CommandProgress
from ompm_desktop.cswb.boundaries import import_boundaries
from ompm_desktop.transfer.importer import default_mapping, run_import
from ompm_desktop.transfer.kinds import KINDS
from ompm_desktop.transfer.mapping import MappingError, load_mapping, save_mapping
from ompm_desktop.transfer.problems import ImportRefusedError
from ompm_desktop.transfer.source import read_table

SHOWN_PROBLEMS = 200
SHOWN_NOTES = 20
BOUNDARIES = "boundaries"  # a GeoJSON file, not a CSV: read by cswb.boundaries


MAPPING_HELP = """\
mappings:
  A mapping is a JSON file saying which column fills which field. Without --mapping the
  columns are found from their names; --save-mapping writes what was used, to edit and
  reuse. Its keys:
    "kind"         what the file holds (officers, partners, neighbourhoods, contacts,
                   indicators)
    "columns"      field: column, e.g. {"neighbourhood": "Neighbourhood",
                   "population": "Residents", "assessed_on": "Year end"}
    "indicators"   (indicators) key: column of each count kept with the assessment
    "scored"       (indicators) the keys that may feed the threat score (default: all)
    "options"      (indicators) settings of the whole batch:
      "assessed_on"        the date of every row that has no date column
                           (default: today), e.g. "2011-12-31"
      "assessor"           who or what the assessments come from (default: you)
      "typical_population" residents a neighbourhood is read as having when the file
                           gives no population (default: the service's setting)
      "threat_indicators"  which counts make up each threat indicator, e.g.
                           {"violent_incidents": ["assaults", "robberies"],
                            "property_incidents": ["break_enters", "thefts"],
                            "disorder_complaints": ["drug_arrests"]}
                           (default: read from the counts' names; fire and medical
                           calls, alarms, hazards and totals are never scored)

indicators:
  Threat is scored from crime and disorder counts against the service's reference rates
  per 1,000 residents (per neighbourhood population when known; otherwise the typical
  population, and each assessment says so). Such counts say nothing of capacity: unless
  the file has a capacity column, capacity is unknown and the neighbourhood is not yet
  placed in a quadrant until it is assessed.

calls:
  A call is counted in the neighbourhood its row names; else in the one whose boundary
  holds its X/Y (or Longitude/Latitude); else in the one holding its address, found in
  the municipality's address points. Bring those in first (open data):
    ompm import boundaries neighbourhoods.geojson [--name-field NAME]
        a GeoJSON FeatureCollection of Polygons or MultiPolygons, matched to the
        neighbourhoods by name (the field that names the most is found by itself)
    ompm import addresses address-points.csv
        civic number and street (or the whole address) with X and Y
  The boundaries, the address points and the calls must be in the same coordinates
  (all longitude/latitude, or all the same projected metres, e.g. MTM or UTM). The
  calls keep no point and no address: only the neighbourhood found.

example:
  ompm import indicators toronto-wellbeing-safety-2011.csv \\
      --mapping resources/mappings/toronto-wellbeing-safety-2011.json
  (the mapping for the City of Toronto's Wellbeing Toronto - Safety file, 2011, is
  shipped with the app in resources/mappings)
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a CSV file (officers, partners, neighbourhoods, contacts, indicators, "
             "calls, addresses...) or neighbourhood boundaries (GeoJSON)",
        description="Import a CSV file: every row is checked first, then all are written, or "
        "none. Existing records (same badge; same partner name and kind; same neighbourhood "
        "name; same id) are updated, not duplicated. `import boundaries` reads the "
        "neighbourhoods' boundaries from a GeoJSON file instead.",
        epilog=MAPPING_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=sorted([*KINDS, BOUNDARIES]), metavar="KIND",
                        help=f"what the file holds: {', '.join([*KINDS, BOUNDARIES])}")
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="the CSV file (boundaries: the GeoJSON file)")
    add_db_option(parser)
    parser.add_argument("--mapping", type=Path, metavar="FILE.json",
                        help="which column fills which field (default: found from the names)")
    parser.add_argument("--save-mapping", type=Path, metavar="FILE.json",
                        help="write the mapping used to a file, to edit and reuse")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the file and say what would change; write nothing")
    parser.add_argument("--name-field", metavar="FIELD",
                        help="boundaries: the feature property holding the neighbourhood's "
                             "name (default: the one that names the most)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.kind == BOUNDARIES:
        return run_boundaries(args)
    table = read_table(args.file)
    mapping = load_mapping(args.mapping) if args.mapping else default_mapping(args.kind, table)
    if mapping.kind != args.kind:
        raise MappingError(f"The mapping {args.mapping} is for {mapping.kind}, not {args.kind}.")
    if args.save_mapping:
        save_mapping(mapping, args.save_mapping)
    desk = open_desk(args, writer=not args.dry_run)
    progress = CommandProgress(args.file.name)
    try:
        result = run_import(desk, table, mapping, dry_run=args.dry_run, progress=progress)
    except ImportRefusedError as refused:
        progress.finish()
        print(f"error: {refused.message}", file=sys.stderr)
        for line in refused.report(limit=SHOWN_PROBLEMS):
            print(f"  {line}", file=sys.stderr)
        return 1
    finally:
        progress.finish()
        desk.close()
    print(result.summary() + (" Dry run: nothing was written." if args.dry_run else ""))
    for line in result.plan.notes:
        print(line)
    notes = [f"row {row.row}: {note}" for row in result.plan.rows for note in row.notes]
    for line in notes[:SHOWN_NOTES]:
        print(f"  {line}")
    if len(notes) > SHOWN_NOTES:
        print(f"  ... and {len(notes) - SHOWN_NOTES} more.")
    return 0


def run_boundaries(args: argparse.Namespace) -> int:
    """Neighbourhood boundaries from a GeoJSON FeatureCollection (cswb.boundaries)."""
    if args.mapping or args.save_mapping or args.dry_run:
        print("error: --mapping, --save-mapping and --dry-run are for CSV files, not "
              "boundaries.", file=sys.stderr)
        return 2
    desk = open_desk(args, writer=True)
    try:
        result = import_boundaries(desk, args.file, args.name_field)
    finally:
        desk.close()
    for line in result.lines():
        print(line)
    return 0
