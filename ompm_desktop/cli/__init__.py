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
from ompm_desktop.store.database import DATABASE_ERRORS, write_failure

log = logging.getLogger(__name__)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand; given the subcommand typed, that one's alone: each
    module is imported to register its subcommand, and some import what makes PDFs or
    syncs (a third of a second before an import could start)."""
    modules = sorted(module.name for module in pkgutil.iter_modules(__path__))
    typed = [name for name in modules if name.rstrip("_").replace("_", "-") == command]
    parser, subcommands = _parser(typed or modules)
    if typed and command not in subcommands:
        parser, subcommands = _parser(modules)
    return parser


def _parser(modules: list[str]) -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser with the subcommands of these modules, and their names."""
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
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser, set(subparsers.choices)


def main(argv: Sequence[str] | None = None) -> int:
    typed = [word for word in (sys.argv[1:] if argv is None else argv)
             if not word.startswith("-")]
    parser = build_parser(typed[0] if typed else None)
    args = parser.parse_args(argv)
    if args.command is None:
        if not args.selftest:
            parser.error("the following arguments are required: SUBCOMMAND")
        from ompm_desktop.cli.selftest import run as run_selftest

        return run_selftest(args)
    # What goes wrong is said in one line on stderr (below); the app's log of it is for
    # whoever reads the log file, not a second line here.
    logging.getLogger("ompm_desktop").addHandler(logging.NullHandler())
    try:
        return int(args.func(args) or 0)
    except DeskError as exc:
        print(f"error: {exc.command_line or exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:  # a full disk, a read-only file or folder, outside a transaction
        print(f"error: {_os_error_line(exc)}", file=sys.stderr)
        return 1
    except DATABASE_ERRORS as exc:  # SQLite refusing a write outside a transaction
        failure = write_failure(exc, read_only=False)
        if failure is None:
            raise
        print(f"error: {failure.command_line or failure.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted; nothing more was written.", file=sys.stderr)
        return 130


def _os_error_line(error: OSError) -> str:
    from ompm_desktop.store.disk_errors import FULL, READ_ONLY, cannot_write

    if error.errno in FULL or error.errno in READ_ONLY:
        return cannot_write(error).message
    where = f": {error.filename}" if error.filename else ""
    return f"{error.strerror or error}{where}"
