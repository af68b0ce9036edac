"""Settings a police service presets for every user of a machine: a JSON file IT installs.

    Linux    /etc/xdg/ompm-desktop/defaults.json   (the first folder of $XDG_CONFIG_DIRS)
    Windows  C:\\ProgramData\\ompm\\ompm-desktop\\defaults.json
    macOS    /Library/Application Support/ompm-desktop/defaults.json

or the file named by the OMPM_SITE_DEFAULTS environment variable. For example:

    {"service_name": "Kawartha Lakes Police Service", "sensitivity_marking": "PROTECTED B",
     "backup_keep": 30, "minimum_staffing": {"A": 5, "B": 5, "C": 4, "D": 4}}

A value here replaces the app's built-in default; a value saved in a database (Settings in
the app) still wins for that database. Keys the app does not know, per-person keys (who is
using the app), and values of the wrong kind are left out and named by `problems()`, which
the self-test reports; a broken file never stops the app.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import platformdirs

from ompm_desktop import APP_NAME

log = logging.getLogger(__name__)

FILE_NAME = "defaults.json"
ENVIRONMENT_VARIABLE = "OMPM_SITE_DEFAULTS"
PERSONAL_KEYS = frozenset({"current_user", "current_badge"})  # each person's own

_cache: dict[tuple[str, int], tuple[dict[str, Any], list[str]]] = {}


def site_defaults_path() -> Path:
    named = os.environ.get(ENVIRONMENT_VARIABLE)
    if named:
        return Path(named)
    return Path(platformdirs.site_config_dir(APP_NAME, "ompm")) / FILE_NAME


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return type(value) is type(default)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def _read(path: Path, defaults: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, ValueError) as error:
        return {}, [f"{path} cannot be read as JSON ({error}); none of it is used"]
    if not isinstance(loaded, dict):
        return {}, [f"{path} must hold one JSON object ({{\"key\": value, ...}}); none of it "
                    "is used"]
    values: dict[str, Any] = {}
    problems = []
    for key, value in loaded.items():
        if key in PERSONAL_KEYS:
            problems.append(f"{path}: {key} is each person's own and cannot be preset")
        elif key not in defaults:
            problems.append(f"{path}: {key} is not a setting of this version")
        elif not _same_kind(value, defaults[key]):
            kind = type(defaults[key]).__name__.replace("str", "text").replace("dict", "object")
            problems.append(f"{path}: {key} must be {kind}, like {json.dumps(defaults[key])}")
        elif (trouble := _invalid(key, value)) is not None:
            problems.append(f"{path}: {key}: {trouble}")
        else:
            values[key] = value
    return values, problems


def _invalid(key: str, value: Any) -> str | None:
    """What the setting's own rule says is wrong with the value (weights must add up...)."""
    from ompm_desktop.errors import DeskError
    from ompm_desktop.scoring.weights import WEIGHTS_SETTING, validate_weights

    if key != WEIGHTS_SETTING:
        return None
    try:
        validate_weights(value)
    except DeskError as error:
        return error.message
    return None


def _load(defaults: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    path = site_defaults_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = -1
    key = (str(path), stamp)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _read(path, defaults)
        for problem in _cache[key][1]:
            log.warning("Site defaults: %s", problem)
    return _cache[key]


def site_values(defaults: dict[str, Any]) -> dict[str, Any]:
    """The usable values of the site's file (checked against the app's defaults)."""
    return _load(defaults)[0]


def problems(defaults: dict[str, Any]) -> list[str]:
    """What in the site's file was left out, and why."""
    return _load(defaults)[1]
