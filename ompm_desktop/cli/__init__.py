"""The command line: `python -m ompm_desktop SUBCOMMAND ...`.

Each module of this package that defines `register(subparsers)` adds one subcommand; its
parser sets `func(args) -> int`. A DeskError becomes one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from ompm_desktop import APP_TITLE, __version__
from ompm_desktop.errors import DeskError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ompm" if getattr(sys, "frozen", False) else "python -m ompm_desktop",  # bundle
        description=f"{APP_TITLE}: the command line. Each subcommand takes --db PATH "
        "(default: the division in your user data folder).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation (the same as the selftest subcommand)")
    # Required, unless --selftest stands alone: main() says so as argparse would.
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if not args.selftest:
            parser.error("the following arguments are required: SUBCOMMAND")
        from ompm_desktop.cli.selftest import run as run_selftest

        return run_selftest(args)
    try:
        return int(args.func(args) or 0)
    except DeskError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130
