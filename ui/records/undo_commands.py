"""Changes to records as undoable commands on the window's QUndoStack.

Each command does its work once, before it is pushed (`run()`), so that a refused change
raises a ValidationError for the form and never reaches the stack; the stack's first
redo() is then skipped. Undo and redo go through the services like any change, so each
lands in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ompm_desktop.errors import DeskError
from ompm_desktop.queries.kinds import SERVICE_ATTRIBUTES
from ompm_desktop.services.record_service import Record
from ui.records.changes import record_changes
from ui.records.kind_words import noun

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


def adding(kind: str) -> str:
    """What Edit > Undo names when a record was made: "Add partner"."""
    return QCoreApplication.translate("RecordCommand", "Add {0}").format(noun(kind))


def changing(kind: str) -> str:
    """What Edit > Undo names when a record was changed: "Change partner"."""
    return QCoreApplication.translate("RecordCommand", "Change {0}").format(noun(kind))


class RecordCommand(QUndoCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, text: str) -> None:
        super().__init__(text)
        self.desk = desk
        self.stack = stack
        self.kind = kind
        self.service = getattr(desk, SERVICE_ATTRIBUTES[kind])
        self.record_id = ""
        self._ran = False

    # the work, done by each kind of command
    def _first(self) -> Record:
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def run(self) -> Record:
        """Do it now (raises a DeskError if refused); push the command after."""
        record = self._first()
        self.record_id = record["id"]
        self._ran = True
        return record

    def push(self) -> Record:
        """Do it and put it on the stack; a refused change raises and is not pushed."""
        record = self.run()
        self.stack.push(self)
        return record

    def redo(self) -> None:
        if self._ran:
            self._ran = False
            self._announce()
            return
        self._safely(self._redo)

    def undo(self) -> None:
        self._safely(self._undo)

    def _safely(self, work: Callable[[], None]) -> None:
        changes = record_changes(self.stack)
        try:
            work()
        except DeskError as error:
            text = self.text()
            # {0}: what was being done, within a sentence; {1}: the same as Edit > Undo
            # names it; {2}: why it was refused.
            changes.failed.emit(QCoreApplication.translate(
                "RecordCommand", "Could not {0}: {2}").format(
                text[:1].lower() + text[1:], text, error))
        self._announce()

    def _announce(self) -> None:
        record_changes(self.stack).changed.emit(self.kind, self.record_id)


class CreateCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, data: Mapping[str, Any]) -> None:
        super().__init__(desk, stack, kind, adding(kind))
        self.data = dict(data)

    def _first(self) -> Record:
        return self.service.create(self.data)

    def _undo(self) -> None:
        self.service.delete(self.record_id)

    def _redo(self) -> None:
        self.service.restore(self.record_id)


class UpdateCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, record_id: str,
                 changes: Mapping[str, Any], text: str | None = None) -> None:
        super().__init__(desk, stack, kind, text or changing(kind))
        self.record_id = record_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def _first(self) -> Record:
        current = self.service.get(self.record_id)
        self.before = {key: current.get(key) for key in self.changes}
        return self.service.update(self.record_id, self.changes)

    def _undo(self) -> None:
        self.service.update(self.record_id, self.before)

    def _redo(self) -> None:
        self.service.update(self.record_id, self.changes)


class ActionCommand(RecordCommand):
    """A service action on one record (advance a stage, mark a follow-up done), undone by
    putting back the fields it touched."""

    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, record_id: str, text: str,
                 action: Callable[[str], Record], fields: tuple[str, ...]) -> None:
        super().__init__(desk, stack, kind, text)
        self.record_id = record_id
        self.action = action
        self.fields = fields
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}

    def _first(self) -> Record:
        current = self.service.get(self.record_id)
        self.before = {key: current.get(key) for key in self.fields}
        record = self.action(self.record_id)
        self.after = {key: record.get(key) for key in self.fields}
        return record

    def _undo(self) -> None:
        self.service.update(self.record_id, self.before)

    def _redo(self) -> None:
        self.service.update(self.record_id, self.after)


class DeleteCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, record_id: str) -> None:
        super().__init__(desk, stack, kind, QCoreApplication.translate(
            "RecordCommand", "Delete {0}").format(noun(kind)))
        self.record_id = record_id

    def _first(self) -> Record:
        return self.service.delete(self.record_id)

    def _undo(self) -> None:
        self.service.restore(self.record_id)

    def _redo(self) -> None:
        self.service.delete(self.record_id)


class RestoreCommand(RecordCommand):
    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, record_id: str) -> None:
        super().__init__(desk, stack, kind, QCoreApplication.translate(
            "RecordCommand", "Restore {0}").format(noun(kind)))
        self.record_id = record_id

    def _first(self) -> Record:
        return self.service.restore(self.record_id)

    def _undo(self) -> None:
        self.service.delete(self.record_id)

    def _redo(self) -> None:
        self.service.restore(self.record_id)
