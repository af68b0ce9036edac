"""Settings IT presets for every user of a machine (a defaults.json in the site config folder)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs
import pytest

from ompm_desktop import APP_NAME, site_defaults
from ompm_desktop.selftest import run_selftest
from ompm_desktop.services.settings import DEFAULTS


@pytest.fixture
def site_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "site" / "defaults.json"
    path.parent.mkdir()
    monkeypatch.setenv(site_defaults.ENVIRONMENT_VARIABLE, str(path))
    return path


def write(path: Path, values: object) -> None:
    path.write_text(json.dumps(values), encoding="utf-8")


def test_a_preset_replaces_the_built_in_default_and_a_saved_value_wins(desk, site_file):
    write(site_file, {"service_name": "Kawartha Lakes Police Service", "backup_keep": 30,
                      "minimum_staffing": {"A": 5, "B": 5, "C": 4, "D": 4}})

    assert desk.settings.get("service_name") == "Kawartha Lakes Police Service"
    assert desk.settings.get("backup_keep") == 30
    assert desk.settings.all()["minimum_staffing"] == {"A": 5, "B": 5, "C": 4, "D": 4}
    assert desk.settings.get("division_name") == DEFAULTS["division_name"]  # not preset

    desk.settings.set("service_name", "Peterborough Police Service")
    assert desk.settings.get("service_name") == "Peterborough Police Service"
    assert desk.settings.all()["service_name"] == "Peterborough Police Service"


def test_a_changed_file_is_read_again(desk, site_file):
    write(site_file, {"sensitivity_marking": "PROTECTED B"})
    assert desk.settings.get("sensitivity_marking") == "PROTECTED B"
    stamp = site_file.stat().st_mtime_ns
    write(site_file, {"sensitivity_marking": "PROTECTED C", "stale_assessment_days": 60})
    os.utime(site_file, ns=(stamp, stamp + 1_000_000_000))  # a new stamp, even within a tick
    assert desk.settings.get("sensitivity_marking") == "PROTECTED C"


def test_wrong_unknown_and_personal_keys_are_left_out_and_named(desk, site_file):
    write(site_file, {"service_name": "OPP", "backup_keep": "thirty", "colour": "blue",
                      "current_user": "Sgt. Anyone", "score_weights": {"nonsense": 1}})

    assert desk.settings.get("service_name") == "OPP"
    assert desk.settings.get("backup_keep") == DEFAULTS["backup_keep"]
    assert desk.settings.get("current_user") == ""
    problems = site_defaults.problems(DEFAULTS)
    assert f"{site_file}: backup_keep must be int, like 10" in problems
    assert f"{site_file}: colour is not a setting of this version" in problems
    assert f"{site_file}: current_user is each person's own and cannot be preset" in problems
    assert any(p.startswith(f"{site_file}: score_weights: ") for p in problems)
    assert len(problems) == 4


def test_a_broken_file_is_ignored_and_the_self_test_says_why(desk, site_file, tmp_path):
    site_file.write_text("{service_name: OPP", encoding="utf-8")

    assert desk.settings.get("service_name") == DEFAULTS["service_name"]
    folder = tmp_path / "selftest"
    folder.mkdir()
    report = run_selftest(folder)
    (step,) = [s for s in report.steps if s.name == "site defaults"]
    assert step.outcome == "failed"
    assert f"{site_file} cannot be read as JSON" in step.detail
    assert "none of it is used" in step.detail
    assert [s.name for s in report.failures] == ["site defaults"]  # the rest still runs


def test_the_self_test_names_what_is_preset(site_file, tmp_path):
    write(site_file, {"service_name": "OPP", "backup_keep": 30})
    report = run_selftest(tmp_path)
    (step,) = [s for s in report.steps if s.name == "site defaults"]
    assert step.outcome == "passed"
    assert step.detail == f"backup_keep, service_name preset in {site_file}"


def test_without_the_variable_the_file_is_in_the_site_config_folder(monkeypatch):
    monkeypatch.delenv(site_defaults.ENVIRONMENT_VARIABLE, raising=False)
    expected = Path(platformdirs.site_config_dir(APP_NAME, "ompm")) / "defaults.json"
    assert site_defaults.site_defaults_path() == expected
