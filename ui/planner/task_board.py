"""Every beat's directed tasks for the shift, one box each, in a scrolling column. Rebuilt
after each change; the keyboard goes back to the beat's task line it was in (never to a
Take button: a space typed there would take a suggestion), and a task line keeps what was
being typed in it."""

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
        self._sent: tuple[str | None, str] | None = None  # a task line's text being written
        self.set_plan([], {})

    def set_plan(self, plan: list[BeatTasks], assigned: dict[str | None, list[str]]) -> None:
        """Show the beats (suggest_tasks' answer) and who is assigned to each."""
        focus = self._focused_beat()
        drafts = {box.beat.beat_id: (box.task_edit.text(), box.task_edit.cursorPosition())
                  for box in self.boxes if (box.beat.beat_id, box.task_edit.text()) != self._sent}
        self.plan, self.assigned = plan, assigned
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.boxes = []
        for beat in plan:
            box = BeatTasksBox(beat, assigned.get(beat.beat_id, []), inner,
                               show_all=beat.beat_id in self.showing_all)
            box.show_all_requested.connect(self._show_all)
            box.take_requested.connect(self.take_requested)
            box.task_written.connect(self._write)
            box.officer_dropped.connect(self.officer_dropped)
            layout.addWidget(box)
            self.boxes.append(box)
            text, cursor = drafts.get(beat.beat_id, ("", 0))
            if text:
                box.task_edit.setText(text)
                box.task_edit.setCursorPosition(cursor)
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
        if focus is not False:
            for box in self.boxes:
                if box.beat.beat_id == focus:
                    box.task_edit.setFocus()

    def box_for(self, beat_id: str | None) -> BeatTasksBox:
        return next(b for b in self.boxes if b.beat.beat_id == beat_id)

    def _focused_beat(self) -> str | None | bool:
        """The beat id of the box holding the keyboard (None: division-wide), False if
        none holds it."""
        widget = QApplication.focusWidget()
        for box in self.boxes:
            if widget is not None and box.isAncestorOf(widget):
                return box.beat.beat_id
        return False

    def _write(self, beat_id: str | None, text: str) -> None:
        """A task written: its line is not kept as a draft once the task is added."""
        self._sent = (beat_id, text)
        try:
            self.task_written.emit(beat_id, text)
        finally:
            self._sent = None

    def _show_all(self, beat_id: str | None) -> None:
        self.showing_all.add(beat_id)
        self.set_plan(self.plan, self.assigned)
