"""Every beat's directed tasks for the shift, one box each, in a scrolling column. Rebuilt
after each change; the keyboard goes back to the beat's task line it was in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from ompm_desktop.planning import BeatTasks
from ui.planner.beat_tasks_box import BeatTasksBox


class TaskBoard(QScrollArea):
    take_requested = Signal(object)  # a Suggestion
    task_written = Signal(object, str)  # beat id (None: division-wide), text
    officer_dropped = Signal(str, object)  # officer id, beat id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_board")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the task lines; it follows
        self.boxes: list[BeatTasksBox] = []
        self.showing_all: set[str | None] = set()  # beats whose every suggestion is shown
        self.plan: list[BeatTasks] = []
        self.assigned: dict[str | None, list[str]] = {}
        self.set_plan([], {})

    def set_plan(self, plan: list[BeatTasks], assigned: dict[str | None, list[str]]) -> None:
        """Show the beats (suggest_tasks' answer) and who is assigned to each."""
        focus = self._focused_beat()
        self.plan, self.assigned = plan, assigned
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.boxes = []
        for beat in plan:
            box = BeatTasksBox(beat, assigned.get(beat.beat_id, []), inner,
                               show_all=beat.beat_id in self.showing_all)
            box.show_all_requested.connect(self._show_all)
            box.take_requested.connect(self.take_requested)
            box.task_written.connect(self.task_written)
            box.officer_dropped.connect(self.officer_dropped)
            layout.addWidget(box)
            self.boxes.append(box)
        if not plan:
            empty = QLabel(self.tr("No beats yet, so no tasks to suggest. Import the "
                                   "division's beats from File > Import."), inner)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addStretch(1)
        scrolled = self.verticalScrollBar().value()
        old = self.takeWidget()
        if old is not None:  # a button or line of it may be sending the signal that led here
            old.hide()
            old.deleteLater()
        self.setWidget(inner)
        self.verticalScrollBar().setValue(scrolled)
        if focus is not None:
            for box in self.boxes:
                if box.beat.beat_id == focus[0]:
                    buttons = box.take_buttons
                    if focus[1] >= 0 and buttons:
                        buttons[min(focus[1], len(buttons) - 1)].setFocus()
                    else:
                        box.task_edit.setFocus()

    def box_for(self, beat_id: str | None) -> BeatTasksBox:
        return next(b for b in self.boxes if b.beat.beat_id == beat_id)

    def _focused_beat(self) -> tuple[str | None, int] | None:
        """(beat id, which Take button: -1 for the task line) of the box holding the
        keyboard, if any."""
        widget = QApplication.focusWidget()
        for box in self.boxes:
            if widget is not None and box.isAncestorOf(widget):
                buttons = box.take_buttons
                return box.beat.beat_id, buttons.index(widget) if widget in buttons else -1
        return None

    def _show_all(self, beat_id: str | None) -> None:
        self.showing_all.add(beat_id)
        self.set_plan(self.plan, self.assigned)
