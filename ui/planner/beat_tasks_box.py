"""One beat's part of the plan: its neighbourhoods and their quadrants, who is assigned, the
tasks suggested (each taken with one click), the tasks taken, and a line to write one by hand.
An officer dragged from the pool onto the box is assigned to the beat."""

from __future__ import annotations

from functools import partial
from html import escape as html_escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.planning import BeatTasks, Suggestion
from ui.planner.officer_pool import dropped_officer

# Names keep their apostrophes as typed (Children's Aid Society): only <, > and & are markup.
escape = partial(html_escape, quote=False)
SHOWN_SUGGESTIONS = 6  # per beat, until "Show all" is pressed: a large division has dozens
SOURCE_NAMES = {"briefing_item": QT_TRANSLATE_NOOP("BeatTasksBox", "briefing item"),
                "initiative": QT_TRANSLATE_NOOP("BeatTasksBox", "initiative"),
                "follow_up": QT_TRANSLATE_NOOP("BeatTasksBox", "follow-up"),
                "quadrant": QT_TRANSLATE_NOOP("BeatTasksBox", "the model"),
                "manual": QT_TRANSLATE_NOOP("BeatTasksBox", "by hand")}


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    return label


class BeatTasksBox(QGroupBox):
    take_requested = Signal(object)  # the Suggestion
    task_written = Signal(object, str)  # beat id (None: division-wide), the text
    officer_dropped = Signal(str, object)  # officer id, beat id
    show_all_requested = Signal(object)  # beat id: show every suggestion of the beat

    def __init__(self, beat: BeatTasks, assigned: list[str], parent: QWidget | None = None,
                 *, show_all: bool = False) -> None:
        super().__init__(beat.name, parent)
        self.beat = beat
        self.show_all = show_all
        self.setObjectName("beat_tasks")
        self.setAcceptDrops(beat.beat_id is not None)
        layout = QVBoxLayout(self)
        if beat.neighbourhoods:
            places = " · ".join(
                f"{escape(h.name)} (<span style='color:{h.quadrant.info.colour}'>■</span> "
                f"{escape(h.quadrant_name)})" if h.quadrant else
                f"{escape(h.name)} ({escape(h.quadrant_name)})" for h in beat.neighbourhoods)
            layout.addWidget(_label(places, self))
        if beat.beat_id is not None:
            who = ", ".join(assigned) if assigned else self.tr("no one yet")
            self.assigned = _label(self.tr("<b>Assigned:</b> {0}").format(escape(who)), self,
                                   "assigned")
            layout.addWidget(self.assigned)
        self._add_tasks(layout)
        self._add_suggestions(layout)

    def _add_tasks(self, layout: QVBoxLayout) -> None:
        """The tasks taken or written, and the line to write one."""
        beat = self.beat
        layout.addWidget(_label(self.tr("<b>Directed tasks ({0})</b>").format(len(beat.tasks)),
                                self))
        if beat.tasks:
            lines = "".join(f"<li>{escape(t['text'])} <small style='color:gray'>("
                            f"{self._source_name(t['source_kind'])})</small></li>"
                            for t in beat.tasks)
            self.tasks = _label(f"<ul style='margin:0'>{lines}</ul>", self, "tasks")
        else:
            self.tasks = _label(self.tr("None yet: take a suggestion below, or write one."),
                                self, "tasks")
        layout.addWidget(self.tasks)
        self.task_edit = QLineEdit(self)
        self.task_edit.setObjectName("task_edit")
        self.task_edit.setPlaceholderText(self.tr("Write a task for {0} and press Enter"
                                                  ).format(beat.name))
        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.setObjectName("add_task")
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.task_edit, 1)
        row_layout.addWidget(self.add_button)
        layout.addLayout(row_layout)
        self.task_edit.returnPressed.connect(self._write)
        self.add_button.clicked.connect(self._write)

    @staticmethod
    def _source_name(kind: str) -> str:
        return QCoreApplication.translate("BeatTasksBox", str(SOURCE_NAMES[kind])) \
            if kind in SOURCE_NAMES else kind

    def _add_suggestions(self, layout: QVBoxLayout) -> None:
        """Each suggestion with why: a Take button if not taken yet, "Taken" where it was, so
        that the buttons stay where they were after a Take."""
        self.take_buttons: list[QPushButton] = []
        self.taken_marks: list[QLabel] = []
        suggestions = self.beat.open_suggestions
        if not suggestions and not self.beat.suggestions:
            return
        layout.addWidget(_label(self.tr("<b>Suggested ({0})</b>").format(len(suggestions)),
                                self))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        shown: list[Suggestion] = []
        offered = 0
        for suggestion in self.beat.suggestions:
            if not suggestion.taken:
                if not self.show_all and offered == SHOWN_SUGGESTIONS:
                    break
                offered += 1
            shown.append(suggestion)
        for row, suggestion in enumerate(shown):
            grid.addWidget(_label(f"{escape(suggestion.text)}<br><small style='color:gray'>"
                                  f"{escape(suggestion.reason)}</small>", self), row, 0)
            if suggestion.taken:
                mark = QLabel(self.tr("Taken ✓"), self)
                mark.setObjectName("taken")
                mark.setAccessibleName(self.tr("Taken: {0}").format(suggestion.text))
                grid.addWidget(mark, row, 1, Qt.AlignmentFlag.AlignTop)
                self.taken_marks.append(mark)
                continue
            button = QPushButton(self.tr("Take"), self)
            button.setObjectName("take")
            button.setAccessibleName(self.tr("Take: {0}").format(suggestion.text))
            # A click leaves the keyboard where it was (the task line, the lists): with the
            # focus on the next Take, typing a space took it.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, s=suggestion: self.take_requested.emit(s))
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.take_buttons.append(button)
        layout.addLayout(grid)
        if offered < len(suggestions):
            more = QPushButton(self.tr("Show all {0} suggestions").format(len(suggestions)),
                               self)
            more.setObjectName("show_all")
            more.clicked.connect(lambda: self.show_all_requested.emit(self.beat.beat_id))
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        if self.beat.more_follow_ups:
            layout.addWidget(_label(self.tr("…and {0} more follow-ups due here (Contacts page)"
                                            ).format(self.beat.more_follow_ups), self))

    def suggestion_buttons(self) -> list[tuple[Suggestion, QPushButton]]:
        return list(zip(self.beat.open_suggestions, self.take_buttons, strict=False))

    def _write(self) -> None:
        self.task_written.emit(self.beat.beat_id, self.task_edit.text())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if dropped_officer(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt's name
        officer_id = dropped_officer(event.mimeData())
        if officer_id and self.beat.beat_id:
            event.acceptProposedAction()
            self.officer_dropped.emit(officer_id, self.beat.beat_id)
