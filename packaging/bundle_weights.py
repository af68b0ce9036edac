"""What each part of the built bundle weighs, largest first: `make package` prints it after
the self-test, and packaging/README.md keeps the table of the last build.

    .venv/bin/python packaging/bundle_weights.py [dist/ompm-desktop]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

# (part, what its files' paths inside _internal/ start with or contain), first match wins
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Qt: ICU (Unicode data and libraries Qt Core links)", ("PySide6/Qt/lib/libicu",)),
    ("Qt: libraries (Core, Gui, Widgets, Svg, DBus, XcbQpa, Wayland, OpenGL)",
     ("PySide6/Qt/lib/",)),
    ("Qt: plugins (platforms, image formats, themes, input methods)",
     ("PySide6/Qt/plugins/",)),
    ("Qt: translations (English and French)", ("PySide6/Qt/translations/",)),
    ("PySide6 bindings and shiboken", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    ("SQLite: SQLCipher (sqlcipher3, encrypted files)", ("sqlcipher3/",)),
    ("SQLite: apsw-sqlite3mc (the hub sync's session extension)", ("apsw/",)),
    ("SQLite: Python's own (plain files, sqlite-utils)",
     ("libsqlite3", "python3.11/lib-dynload/_sqlite3")),
    ("Python runtime (libpython, extension modules, base library)",
     ("libpython", "python3", "base_library.zip")),
    ("Pillow and its image libraries", ("PIL/", "pillow.libs/")),
    ("babel (English and French dates and numbers)", ("babel/",)),
    ("the app's resources (fonts, help, catalogues, licences)", ("resources/",)),
    ("system libraries (X11/xcb, GLib, D-Bus, OpenSSL, fontconfig, ...)", ("lib",)),
)


def weights(bundle: Path) -> list[tuple[str, int]]:
    """Bytes per part (symbolic links counted once, where they point)."""
    found: dict[str, int] = defaultdict(int)
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if path.parent == bundle:
            found["the two programs (each with the app's compiled Python code)"] += (
                path.stat().st_size)
            continue
        name = path.relative_to(internal).as_posix()
        part = next((label for label, starts in PARTS
                     if any(name.startswith(start) for start in starts)), "other")
        found[part] += path.stat().st_size
    return sorted(found.items(), key=lambda item: -item[1])


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/ompm-desktop")
    if not (bundle / "_internal").is_dir():
        print(f"{bundle} is not a built bundle: run make package first.", file=sys.stderr)
        return 1
    rows = weights(bundle)
    print("| part | MB |\n|---|---:|")
    for part, size in rows:
        print(f"| {part} | {size / 1e6:.1f} |")
    print(f"| **all** | **{sum(size for _, size in rows) / 1e6:.1f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
