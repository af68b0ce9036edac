"""One place that says a record changed, so every page showing it can refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from shiboken6 import isValid


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


def tell_undo(stack: QUndoStack, say: Callable[[str], object]) -> None:
    """Say on the page what Ctrl+Z (or Redo) just did, in place of the notice of the change
    itself ("… Ctrl+Z undoes it" must not stay once it is undone)."""
    state: dict[str, Any] = {"index": stack.index(), "next": None}

    def changed(index: int) -> None:
        if not isValid(stack):  # emptied as it is deleted (the window closing)
            return
        before, following = state["index"], state["next"]
        state["index"] = index
        state["next"] = stack.command(index) if index < stack.count() else None
        if index < before:
            say(QCoreApplication.translate("RecordChanges", "Undone: {0}. Ctrl+Shift+Z does "
                                           "it again.").format(stack.command(index).text()))
        elif index == before + 1 and following is not None and \
                stack.command(before) is following:  # redone, not a new change pushed
            say(QCoreApplication.translate("RecordChanges", "Done again: {0}.").format(
                following.text()))

    stack.indexChanged.connect(changed)
