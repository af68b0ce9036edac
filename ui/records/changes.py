"""One place that says a record changed, so every page showing it can refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class RecordChanges(QObject):
    changed = Signal(str, str)  # kind (table name), record id
    failed = Signal(str)  # an undo or redo the records refused, in words a sergeant reads
    done = Signal(str)  # what was just done, for a passing notice ("Contact deleted.")


def record_changes(stack: QUndoStack) -> RecordChanges:
    """The RecordChanges of an undo stack (one per window), made on first use."""
    found = stack.findChild(RecordChanges, "record_changes")
    if found is None:
        found = RecordChanges(stack)
        found.setObjectName("record_changes")
    return found
