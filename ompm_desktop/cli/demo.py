"""`demo`: build a demo division into a file."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ompm_desktop.demo import build_demo
from ompm_desktop.errors import FileExistsRefusedError
from ompm_desktop.paths import demo_database_path
from ompm_desktop.services.desk import Desk


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="build a demo division (for trying the app)")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help="the file to build it in (default: the demo's own place in your "
                        "user data folder, never the division's)")
    parser.add_argument("--size", choices=("small", "large"), default="small",
                        help="small: one realistic division; large: for benchmarks")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same data")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.set_defaults(func=run)


def build_demo_file(path: Path, size: str = "small", seed: int = 7, force: bool = False) -> str:
    """Build into a temporary file beside the target, then move it in: never half a file."""
    if path.exists() and not force:
        raise FileExistsRefusedError(
            f"{path} already exists; add --force to replace it with a demo division.")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".demo-", suffix=".db", dir=path.parent)
    os.close(handle)
    os.unlink(temporary)
    try:
        desk = Desk.open(temporary, create=True)
        try:
            summary = build_demo(desk, size=size, seed=seed)
            desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            desk.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, temporary + "-wal", temporary + "-shm"):
            Path(leftover).unlink(missing_ok=True)
    return summary.describe()


def run(args: argparse.Namespace) -> int:
    path = Path(args.db) if args.db else demo_database_path()
    described = build_demo_file(path, args.size, args.seed, args.force)
    print(f"Built a {args.size} demo division in {path}: {described}.")
    return 0
