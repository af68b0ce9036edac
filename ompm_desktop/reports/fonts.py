"""The fonts every PDF uses: DejaVu Sans, shipped in resources/fonts/ and embedded (subset)
in each file, so that French names ("École", "Côte", "Saint-Amour") print and copy as typed.

Reportlab's own Helvetica is never embedded; every document is built with these instead,
including the canvas's initial font (see `document.py`).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ompm_desktop.errors import DeskError
from ompm_desktop.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with reportlab, once per process (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise DeskError(
                    f"The font file {path} is missing, so no PDF can be made. "
                    "Reinstall the app to bring it back."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in a paragraph means the bold face. There is no italic face, so italic text
        # stays upright rather than falling back to an unembedded font. The plain mappings
        # go last: each also maps the face's name back to (family, bold, italic).
        for bold, italic in ((0, 1), (1, 1), (0, 0), (1, 0)):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _registered = True
