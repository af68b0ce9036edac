"""The core's French catalogue: gather the marked strings, then compile what is translated.

    .venv/bin/python packaging/translations.py extract   # ompm.pot, and new strings into fr_CA
    .venv/bin/python packaging/translations.py compile   # fr_CA .po -> .mo, read at run time
    .venv/bin/python packaging/translations.py qt-extract   # the window's self.tr() -> .ts
    .venv/bin/python packaging/translations.py qt-compile   # .ts -> .qm, loaded at start

Strings are marked in ompm_desktop/ with _("...") where they are shown and N_("...") in
tables of data (see ompm_desktop/i18n). Needs the dev dependency babel; the app itself reads
the compiled .mo with Python's gettext alone. The window's own words go through Qt Linguist:
the .ts files in resources/translations/ are edited with it (or by hand), from QT_SOURCES.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ompm_desktop"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "ompm"
LOCALES = ("fr_CA",)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
QT_TRANSLATIONS = ROOT / "resources" / "translations"
QT_SOURCES = ("ui/**/*.py",)
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease beside Python


def ts_path(locale: str) -> Path:
    return QT_TRANSLATIONS / f"ompm_{locale}.ts"


def qt_extract() -> None:
    QT_TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for locale in LOCALES:
        sources = [str(path.relative_to(ROOT)) for pattern in QT_SOURCES
                   for path in sorted(ROOT.glob(pattern))]
        subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete",
                        "-locations", "none", "-target-language", locale,
                        "-ts", str(ts_path(locale))], cwd=ROOT, check=True)


def qt_compile() -> None:
    """Write each .qm beside its .ts, whole or not at all: Qt maps the file it reads, so a
    running app would crash on one rewritten in place."""
    for locale in LOCALES:
        compiled = ts_path(locale).with_suffix(".qm")
        partial = compiled.with_suffix(".qm.part")
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts_path(locale)), "-qm",
                        str(partial)], cwd=ROOT, check=True)
        partial.replace(compiled)


def po_path(locale: str) -> Path:
    return LOCALE / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(locale: str) -> Path:
    return LOCALE / locale / "LC_MESSAGES" / f"{DOMAIN}.mo"


def extracted() -> Catalog:
    """Every marked string of the core, with where it is written."""
    template = Catalog(project="ompm-desktop", domain=DOMAIN, fuzzy=False,
                       creation_date=datetime(2026, 1, 1))
    for filename, line, message, comments, context in extract_from_dir(
            str(SOURCES), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",)):
        template.add(message, None, [(f"ompm_desktop/{filename}", line)],
                     auto_comments=comments, context=context)
    return template


def extract() -> None:
    template = extracted()
    LOCALE.mkdir(parents=True, exist_ok=True)
    with (LOCALE / f"{DOMAIN}.pot").open("wb") as out:
        write_po(out, template, omit_header=False, sort_output=True, include_lineno=False)
    for locale in LOCALES:
        path = po_path(locale)
        if path.exists():
            with path.open("rb") as handle:
                catalogue = read_po(handle, locale=locale)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalogue = Catalog(locale=locale, domain=DOMAIN, project="ompm-desktop")
        catalogue.update(template, no_fuzzy_matching=True)
        with path.open("wb") as out:
            write_po(out, catalogue, sort_output=True, include_lineno=False,
                     ignore_obsolete=True)
        missing = [m.id for m in catalogue if m.id and not m.string]
        print(f"{path.relative_to(ROOT)}: {len(catalogue)} strings, {len(missing)} to translate")


def compile_catalogues() -> None:
    for locale in LOCALES:
        with po_path(locale).open("rb") as handle:
            catalogue = read_po(handle, locale=locale)
        with mo_path(locale).open("wb") as out:
            write_mo(out, catalogue, use_fuzzy=False)
        print(f"{mo_path(locale).relative_to(ROOT)} written")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "compile":
        compile_catalogues()
    elif command == "qt-extract":
        qt_extract()
    elif command == "qt-compile":
        qt_compile()
    else:
        sys.exit(__doc__)
