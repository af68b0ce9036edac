"""Gather the licence texts of everything the app ships into resources/licenses/.

Run from the project's virtual environment (`make package` does, before building):

    .venv/bin/python packaging/gather_licenses.py

The list is the runtime dependencies in pyproject.toml and what they need in turn, read from
the installed packages' metadata (`importlib.metadata`), plus Python itself, the DejaVu
fonts and, when present, PyInstaller's bootloader. Each package's own licence files (from its
dist-info) are copied into one text file per package; `index.json` lists them for
Help > About. PySide6 and shiboken6 wheels carry no licence file, so the LGPL-3 and GPL-3
texts their metadata names are taken from the system's licence folder (Debian:
/usr/share/common-licenses); where the system has none, the copies already in the folder are
kept. Nothing here is typed by hand.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import sys
import sysconfig
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"
# Build tools that a dependency declares but that the app never imports, so never ships.
NOT_SHIPPED = {"pip", "setuptools", "wheel"}
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
# Texts a licence expression refers to, where a wheel does not include them.
SYSTEM_TEXTS = {
    "LGPL-3.0": ("LGPL-3.0.txt", [Path("/usr/share/common-licenses/LGPL-3")]),
    "GPL-3.0": ("GPL-3.0.txt", [Path("/usr/share/common-licenses/GPL-3")]),
}

# What a package's metadata leaves out, found by reading the package (its licence file, the
# libraries linked into its extension module): said beside the texts it ships.
NOTES = {
    "sqlcipher3": ("Zlib (the module); SQLCipher BSD-3-Clause and OpenSSL Apache-2.0 inside",
                   "The module's licence is the zlib licence below. Its compiled extension "
                   "also contains SQLCipher (BSD-3-Clause, Zetetic LLC) and OpenSSL 3 "
                   "(Apache-2.0), linked statically; the wheel carries no text for them."),
}


@dataclass
class Component:
    name: str
    version: str
    licence: str
    home: str
    file: str
    texts: list[str] = field(default_factory=list)  # shared texts it refers to


def canonical(name: str) -> str:
    return re.sub(r"[-_.\s]+", "-", name).lower()


def runtime_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [requirement_name(r) for r in project["dependencies"]]


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0]


def dependency_closure(names: list[str]) -> list[metadata.Distribution]:
    """The installed distributions these names need, with what they need, without extras."""
    found: dict[str, metadata.Distribution] = {}
    pending = list(names)
    while pending:
        name = pending.pop()
        key = canonical(name)
        if key in found or key in NOT_SHIPPED:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            sys.exit(f"{name} is not installed: run `pip install -e .` in the virtual "
                     "environment first.")
        found[key] = distribution
        for requirement in distribution.requires or []:
            if "extra ==" in requirement or "extra==" in requirement:
                continue
            if not applies_here(requirement):
                continue
            pending.append(requirement_name(requirement))
    return sorted(found.values(), key=lambda d: canonical(d.metadata["Name"]))


def applies_here(requirement: str) -> bool:
    """Whether a requirement's environment marker holds on this machine."""
    if ";" not in requirement:
        return True
    try:
        from packaging.requirements import Requirement
    except ImportError:  # without packaging, ship the licence rather than leave it out
        return True
    return Requirement(requirement).marker is None or bool(
        Requirement(requirement).marker.evaluate({"extra": ""}))


def licence_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    if canonical(meta["Name"]) in NOTES:
        return NOTES[canonical(meta["Name"])][0]
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text"


def home_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    urls = [url.partition(",") for url in meta.get_all("Project-URL") or []]
    for wanted in ("home", "source", "code", "repository"):
        for label, _, address in urls:
            if wanted in label.lower():
                return address.strip()
    return meta.get("Home-page") or (urls[0][2].strip() if urls else "")


def licence_texts(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of every licence file in the distribution's metadata folder."""
    texts = []
    for file in distribution.files or []:
        path = str(file)
        if ".dist-info/" not in path or not LICENCE_FILE.search(path):
            continue
        located = Path(str(distribution.locate_file(file)))
        if located.is_file():
            texts.append((path.split(".dist-info/", 1)[1],
                          located.read_text(encoding="utf-8", errors="replace")))
    return texts


def shared_texts_for(licence: str) -> list[str]:
    return [name for key, (name, _) in SYSTEM_TEXTS.items() if key in licence]


def write_component(name: str, version: str, licence: str, home: str,
                    texts: list[tuple[str, str]], shared: list[str]) -> Component:
    file_name = f"{canonical(name)}.txt"
    parts = [f"{name} {version}", f"Licence: {licence}"]
    if home:
        parts.append(f"Home: {home}")
    if canonical(name) in NOTES:
        parts.append(NOTES[canonical(name)][1])
    if shared:
        parts.append("The full licence text: " + ", ".join(shared) + " in this folder.")
    for source, text in texts:
        parts.append(f"\n---- {source} ----\n\n{text.strip()}")
    (OUT / file_name).write_text("\n".join(parts) + "\n", encoding="utf-8")
    return Component(name, version, licence, home, file_name, shared)


def copy_system_texts() -> list[str]:
    """The shared LGPL/GPL texts; a copy already in the folder stays when the system has none."""
    missing = []
    for name, places in SYSTEM_TEXTS.values():
        source = next((place for place in places if place.is_file()), None)
        if source is not None:
            (OUT / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        elif not (OUT / name).is_file():
            missing.append(name)
    return missing


def python_component() -> Component:
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt"]
    source = next((c for c in candidates if c.is_file()), None)
    texts = [("LICENSE.txt", source.read_text(encoding="utf-8"))] if source else []
    if not texts and (OUT / "python.txt").is_file():
        return Component("Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org",
                         "python.txt")
    return write_component("Python", sys.version.split()[0], "PSF-2.0",
                           "https://www.python.org", texts, [])


def fonts_component() -> Component:
    text = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    return write_component("DejaVu fonts", "2.37", "Bitstream Vera and Arev fonts licence",
                           "https://dejavu-fonts.github.io", [("LICENSE-DejaVu.txt", text)], [])


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    components = [python_component()]
    for distribution in dependency_closure(runtime_requirements()):
        licence = licence_of(distribution)
        components.append(write_component(
            distribution.metadata["Name"], distribution.version, licence,
            home_of(distribution), licence_texts(distribution), shared_texts_for(licence)))
    components.append(fonts_component())
    try:
        components.append(write_component(
            "PyInstaller bootloader", metadata.version("pyinstaller"),
            "GPL-2.0-or-later with the bootloader exception", "https://pyinstaller.org",
            licence_texts(metadata.distribution("pyinstaller")), []))
    except metadata.PackageNotFoundError:
        pass  # not building a bundle: the bootloader is not shipped
    missing = copy_system_texts()
    if missing:
        print(f"warning: no system copy of {', '.join(missing)}; add it to {OUT}",
              file=sys.stderr)
    without_text = [c.name for c in components
                    if "---- " not in (OUT / c.file).read_text(encoding="utf-8") and not c.texts]
    index = {"components": [asdict(c) for c in components]}
    (OUT / "index.json").write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    print(f"Wrote {len(components)} licences to {OUT.relative_to(ROOT)}"
          + (f"; no licence text found for {', '.join(without_text)}" if without_text else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
