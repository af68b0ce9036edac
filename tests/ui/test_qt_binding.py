"""The Qt binding must not lose references when Python emits a signal: PySide6 6.12.0 drops
one reference to True per emit, and after enough keystrokes Python aborts. pyproject.toml
keeps that version out; this test catches it, or a release like it, coming back."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    bare = Signal()
    text = Signal(str)


def test_emitting_from_python_keeps_every_reference():
    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.bare.emit()
        emitter.text.emit("typed")
    assert abs(sys.getrefcount(True) - before) < 50
