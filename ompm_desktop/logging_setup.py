"""A rotating log file in the user's log folder; tracebacks go there, not to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ompm_desktop.paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return log_dir() / "ompm-desktop.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return path
