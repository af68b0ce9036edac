"""The files IT installs beside the bundle: desktop entry, AppStream metainfo, icons, licences.

The validators are Debian's (desktop-file-utils, appstream); CI installs them, and a test
is skipped only where they are absent.
"""

from __future__ import annotations

import configparser
import json
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from ompm_desktop import APP_ID, APP_TITLE, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils "
                    "appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def gui_program() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (name,) = project["gui-scripts"]
    return name


def test_the_desktop_file_validates() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""  # not even a hint


def test_the_metainfo_validates() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful" in done.stdout


def test_the_desktop_file_starts_the_bundled_app_by_its_id() -> None:
    entry = desktop_entry()
    assert entry["Name"] == APP_TITLE
    assert entry["Icon"] == APP_ID  # the app sets the same id (QGuiApplication.desktopFileName)
    assert entry["Exec"].split()[0] == gui_program() == "ompm-desk"
    spec = (ROOT / "packaging" / "ompm.spec").read_text(encoding="utf-8")
    assert 'executable(gui, "ompm-desk", console=False)' in spec  # the bundle's program


def test_the_metainfo_names_the_app_its_desktop_file_and_this_release() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_TITLE
    assert component.findtext("launchable") == DESKTOP.name
    assert [r.get("version") for r in component.iter("release")][0] == __version__
    assert component.find("content_rating") is not None
    binaries = {b.text for b in component.iter("binary")}
    assert binaries == {"ompm", "ompm-desk"}


def test_every_screenshot_is_an_image_in_docs() -> None:
    images = [i.text or "" for i in ElementTree.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://") and "/docs/" in url
        assert (ROOT / "docs" / url.rsplit("/docs/", 1)[1]).is_file(), url


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_icons_exist_at_every_size_under_the_app_id() -> None:
    for size in ICON_SIZES:
        icon = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icon.svg").read_bytes()
    assert (ROOT / "packaging" / "icons" / "ompm.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "packaging" / "icons" / "ompm.icns").read_bytes()[:4] == b"icns"


def test_the_licences_of_what_ships_are_all_there() -> None:
    folder = ROOT / "resources" / "licenses"
    components = json.loads((folder / "index.json").read_text(encoding="utf-8"))["components"]
    by_name = {c["name"].lower().replace("_", "-"): c for c in components}
    for name in ("python", "pyside6-essentials", "shiboken6", "reportlab", "sqlite-utils",
                 "platformdirs", "sqlcipher3", "filelock", "charset-normalizer", "icalendar",
                 "tzdata", "pillow", "dejavu fonts"):
        assert name in by_name, f"no licence for {name}"
    for component in components:
        text = (folder / component["file"]).read_text(encoding="utf-8")
        assert text.startswith(f"{component['name']} {component['version']}\n")
        assert "---- " in text or component["texts"], f"{component['name']} has no text"
        for shared in component["texts"]:
            assert (folder / shared).stat().st_size > 5000
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0.txt").read_text(
        encoding="utf-8")
    assert by_name["pyside6-essentials"]["texts"] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    assert "zlib" in by_name["sqlcipher3"]["licence"].lower()


def test_ci_installs_the_validators() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "desktop-file-utils" in script and "appstream" in script
