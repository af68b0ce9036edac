"""Planning changes made by the core's planning functions, as undoable commands.

Assignments and tasks edited field by field use the records' own commands (CreateCommand,
UpdateCommand, DeleteCommand); these two cover what a planning function makes in one go:
a shift (with the assignments copied from the platoon's previous one), and a directed task
taken from a suggestion or written by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from ompm_desktop.planning import CopyResult, plan_shift_again, withdraw_planned_shift
from ompm_desktop.services.record_service import Record
from ui.records.undo_commands import CreateCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class MadeByPlanCommand(CreateCommand):
    """A record a planning function makes: undone by deleting it, redone by restoring it."""

    def __init__(self, desk: Desk, stack: QUndoStack, kind: str, text: str,
                 make: Callable[[], Record]) -> None:
        super().__init__(desk, stack, kind, {})
        self.setText(text)
        self.make = make

    def _first(self) -> Record:
        return self.make()


class CreateShiftCommand(CreateCommand):
    """A new shift, and the assignments copied into it: undone and redone together."""

    def __init__(self, desk: Desk, stack: QUndoStack, text: str,
                 make: Callable[[], tuple[Record, CopyResult | None]]) -> None:
        super().__init__(desk, stack, "shift", {})
        self.setText(text)
        self.make = make
        self.copied: CopyResult | None = None

    def _first(self) -> Record:
        shift, self.copied = self.make()
        return shift

    @property
    def _assignment_ids(self) -> list[str]:
        return list(self.copied.created) if self.copied else []

    def _undo(self) -> None:
        withdraw_planned_shift(self.desk, self.record_id, self._assignment_ids)

    def _redo(self) -> None:
        plan_shift_again(self.desk, self.record_id, self._assignment_ids)
