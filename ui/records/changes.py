"""One place that says a record changed, so every page showing it can refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack


class RecordChanges(QObject):
    changed = Signal(str, str)  # kind (table name), record id
    failed = Signal(str)  # an undo or redo the records refused, in words a sergeant reads
    done = Signal(str)  # what was just done, for a passing notice ("Contact deleted.")


def record_changes(stack: QUndoStack) -> RecordChanges:
    """The RecordChanges of an undo stack, made on first use: the window's, shared by the
    stacks of its pages (each page has its own undo, and sees every page's changes)."""
    group = stack.parent()
    owner = group if isinstance(group, QUndoGroup) else stack
    for child in owner.children():  # its own, not a stack's below it
        if isinstance(child, RecordChanges):
            return child
    found = RecordChanges(owner)
    found.setObjectName("record_changes")
    return found
