"""Every beat's directed tasks for the shift, one box each, in a scrolling column. Rebuilt
after each change; the keyboard goes back to the beat's task line it was in (never to a
Take button: a space typed there would take a suggestion), and a task line keeps what was
being typed in it. A large division's beats come a few at a time: those on screen at once,
the others between events after."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from ompm_desktop.planning import BeatTasks, SuggestionsInSteps
from ui.planner.beat_tasks_box import BeatTasksBox

FIRST_HEIGHT = 600  # px of boxes made at once before the board has its size (a first show)


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
        self.steps: SuggestionsInSteps | None = None
        self.plan: list[BeatTasks] = []
        self.assigned: dict[str | None, list[str]] = {}
        self._sent: tuple[str | None, str] | None = None  # a task line's text being written
        self._drafts: dict[str | None, tuple[str, int]] = {}
        self._stepping = False  # the beats still to come are on their way
        self._stepper = QTimer(self)  # the board's own: gone with it, never fired after
        self._stepper.setSingleShot(True)
        self._stepper.setInterval(0)
        self._stepper.timeout.connect(self._step)
        self._column = QVBoxLayout()
        self.working = QLabel()
        self.set_plan(None, {})

    def set_plan(self, steps: SuggestionsInSteps | None,
                 assigned: dict[str | None, list[str]]) -> None:
        """Show the beats and who is assigned to each: the beats on screen (and the one
        holding the keyboard) with their suggestions at once, the others a beat at a time
        after, between events (a large division's 40 beats took a second)."""
        focus = self._focused_beat()
        self._drafts = {box.beat.beat_id: (box.task_edit.text(), box.task_edit.cursorPosition())
                        for box in self.boxes
                        if (box.beat.beat_id, box.task_edit.text()) != self._sent}
        on_screen = self.verticalScrollBar().value() + max(self.viewport().height(),
                                                           FIRST_HEIGHT)
        self.steps, self.assigned = steps, assigned
        self.plan = steps.beats if steps else []
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self.boxes = []
        if steps is not None and not self.plan:
            empty = QLabel(self.tr("No beats yet, so no tasks to suggest. Import the "
                                   "division's beats from File > Import."), inner)
            empty.setWordWrap(True)
            self._column.addWidget(empty)
        self.working = QLabel(self.tr("Working out the other beats' suggestions…"), inner)
        self.working.setObjectName("working")
        self._column.addWidget(self.working)
        self._column.addStretch(1)
        scrolled = self.verticalScrollBar().value()
        old = self.takeWidget()
        if old is not None:  # a button or line of it may be sending the signal that led here
            old.hide()
            old.deleteLater()
        self.setWidget(inner)
        wanted = next((index for index, beat in enumerate(self.plan)
                       if focus is not False and beat.beat_id == focus), 0)
        height = 0
        while len(self.boxes) < len(self.plan) and (height < on_screen
                                                    or len(self.boxes) <= wanted):
            height += self._add_box().sizeHint().height()
        self.working.setVisible(not self.complete)
        self._stepper.stop()  # the rest once these are painted (eventFilter)
        self._stepping = False
        inner.installEventFilter(self)
        self.verticalScrollBar().setValue(scrolled)
        if focus is not False:
            for box in self.boxes:
                if box.beat.beat_id == focus:
                    box.task_edit.setFocus()

    def _add_box(self) -> BeatTasksBox:
        """The next beat's box, its suggestions worked out first."""
        assert self.steps is not None
        beat = self.steps.fill(self.plan[len(self.boxes)])
        inner = self.widget()
        box = BeatTasksBox(beat, self.assigned.get(beat.beat_id, []), inner,
                           show_all=beat.beat_id in self.showing_all)
        box.show_all_requested.connect(self._show_all)
        box.take_requested.connect(self.take_requested)
        box.task_written.connect(self._write)
        box.officer_dropped.connect(self.officer_dropped)
        self._column.insertWidget(self._column.indexOf(self.working), box)
        box.show()
        self.boxes.append(box)
        text, cursor = self._drafts.pop(beat.beat_id, ("", 0))
        if text:
            box.task_edit.setText(text)
            box.task_edit.setCursorPosition(cursor)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """The beats on screen painted: the others come next, a beat between events."""
        if watched is self.widget() and event.type() == QEvent.Type.Paint \
                and not self._stepping and not self.complete:
            self._stepping = True
            self._next_later()
        return super().eventFilter(watched, event)

    def _next_later(self) -> None:
        """The next beat after the events waiting, or, all there, the line that said the
        others were still coming gone."""
        self.working.setVisible(not self.complete)
        if not self.complete:
            self._stepper.start()

    def _step(self) -> None:
        if self.complete:
            return  # every box made meanwhile (box_for)
        self._add_box()
        self._next_later()

    @property
    def complete(self) -> bool:
        """Every beat's box is there."""
        return len(self.boxes) >= len(self.plan)

    def box_for(self, beat_id: str | None) -> BeatTasksBox:
        """The beat's box, made now (with those before it) if it was still to come."""
        index = next(i for i, beat in enumerate(self.plan) if beat.beat_id == beat_id)
        while len(self.boxes) <= index:
            self._add_box()
        self.working.setVisible(not self.complete)
        return self.boxes[index]

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
        self.set_plan(self.steps, self.assigned)
