"""Qt's QT_TRANSLATE_NOOP, typed as what it returns: the English text it marks for Qt
Linguist, translated later where it is shown (PySide6 declares it as returning object)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
