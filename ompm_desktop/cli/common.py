"""What every subcommand shares: the --db option and opening the division it names."""

from __future__ import annotations

import argparse
import errno
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import LANGUAGES
from ompm_desktop.paths import default_database_path
from ompm_desktop.services.desk import Desk
from ompm_desktop.store.database import writable
from ompm_desktop.store.disk_errors import cannot_write
from ompm_desktop.store.encryption import PassphraseRequiredError


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help="the database file (default: the division in your user data folder)",
    )


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_database_path()


def passphrase_from_user(path: Path) -> str:
    """From OMPM_PASSPHRASE, or asked at a prompt: never from an argument."""
    given = os.environ.get("OMPM_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(path)
    return ask_passphrase(f"Passphrase for {path.name}: ")


def ask_passphrase(prompt: str) -> str:
    """A passphrase typed at the terminal; the input ended (Ctrl-D) is a DeskError."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        print(file=sys.stderr)  # the prompt's line ends
        raise DeskError("No passphrase was typed (the input ended), so nothing was opened "
                        "or changed.") from None


def open_desk(args: argparse.Namespace, *, writer: bool = False) -> Desk:
    """Open an existing database; a missing or damaged file, or a wrong passphrase, is a
    DeskError (exit 1). A command that writes (writer=True) takes the file's writer lock, so
    it is refused while the app has the file open, naming who does."""
    path = database_path(args)
    # A file that cannot be written (a read-only file, folder or file system) is opened to
    # be read; a command that writes is refused before anything is tried.
    read_only = path.exists() and not writable(path)
    if read_only and writer:
        raise cannot_write(OSError(errno.EROFS, os.strerror(errno.EROFS), str(path)))
    try:
        return Desk.open(path, writer=writer, read_only=read_only)
    except PassphraseRequiredError:
        return Desk.open(path, passphrase=passphrase_from_user(path), writer=writer,
                         read_only=read_only)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """--language for a printed document (the database's setting when not given)."""
    parser.add_argument("--language", choices=sorted(LANGUAGES), default=None,
                        help="the document's language: " + ", ".join(
                            f"{code} ({name})" for code, name in LANGUAGES.items())
                        + " (default: the language set in the app)")


def add_shift_or_date(parser: argparse.ArgumentParser) -> Any:
    """--shift ID or --date DAY, one of them required (a caller may add more to the group)."""
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--shift", metavar="ID", help="the shift's id")
    which.add_argument("--date", metavar="YYYY-MM-DD",
                       help="every shift starting that day (or 'today', 'tomorrow')")
    return which
