"""Where the app keeps its files, and where its bundled resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from ompm_desktop import APP_NAME

_APP_AUTHOR = "ompm"
DEMO_FILE_NAME = "demo-division.db"  # a demo division's file, wherever it is built


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """Where the user's division is created unless they choose another place."""
    return data_dir() / "division.db"


def demo_database_path() -> Path:
    """Where the demo division lives: beside the division, never in its place."""
    return data_dir() / DEMO_FILE_NAME


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller bundle alike."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    root = Path(bundle_root) if bundle_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def private_file(path: Path) -> Path:
    """Make a file the app writes readable by the user alone (0600 on POSIX).

    Creates the file if it does not exist yet, so it is never readable by others, even briefly.
    """
    if os.name == "posix":
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(descriptor)
        os.chmod(path, 0o600)
    else:
        path.touch(exist_ok=True)
    return path
