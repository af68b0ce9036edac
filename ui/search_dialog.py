"""Find anything (Ctrl+K): type, see records of every kind as you type, arrow keys and Enter
open the one wanted on its page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.search import SEARCH_ORDER, SearchResults, global_search
from ompm_desktop.services.record_service import Context
from ui.records.kind_words import capitalized, heading, noun
from ui.records.record_form import HINT_STYLE
from ui.records.translation_marks import QT_TRANSLATE_NOOP

PAUSE_MS = 150  # wait this long after the last key before searching
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of a record's row
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
START_TEXT = QT_TRANSLATE_NOOP(
    "SearchDialog", "Type a name, a badge, a plate or a word from a summary. Officers, "
    "partners, neighbourhoods, beats, initiatives, briefing items (expired ones too) and "
    "contacts are all searched.")


class SearchDialog(QDialog):
    chosen = Signal(str, str)  # kind (table), record id: open it
    results_shown = Signal()  # the list now shows the results of what was typed

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.results = SearchResults("")
        self.setWindowTitle(self.tr("Find anything"))
        self.box = QLineEdit(self)
        self.box.setObjectName("search")
        self.box.setPlaceholderText(self.tr("Search every record…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Find anything"))
        self.box.setAccessibleDescription(self.tr(
            "Type part of a name or a note; Down and Enter open a result below"))
        self.box.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("results")
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)
        self.note = QLabel(self.tr(START_TEXT), self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        keys = QLabel(self.tr("↑ ↓ choose · Enter opens · Esc closes"), self)
        keys.setStyleSheet(HINT_STYLE)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shown = QStackedWidget(self)  # the note until there are results, then the list
        self.shown.addWidget(self.note)
        self.shown.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.shown, 1)
        layout.addWidget(keys)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _text: self.pause.start())
        self.box.returnPressed.connect(self.open_current)
        self.resize(560, 480)

    # ---- searching ---------------------------------------------------------------------

    def search_now(self) -> None:
        self.pause.stop()
        text = self.box.text()
        self.results = global_search(self.context, text)
        self._show(self.results)
        self.results_shown.emit()

    def _show(self, results: SearchResults) -> None:
        self.list.clear()
        if not results.text.strip():
            self.note.setText(self.tr(START_TEXT))
            self.shown.setCurrentWidget(self.note)
            return
        if not results:
            self.note.setText(self.tr("Nothing matches “{0}”. Check the spelling, or type "
                                      "fewer letters: “comp” finds Compton.").format(
                results.text.strip()))
            self.shown.setCurrentWidget(self.note)
            return
        self.shown.setCurrentWidget(self.list)
        for kind in SEARCH_ORDER:
            hits = [hit for hit in results.hits if hit.kind == kind]
            if not hits:
                continue
            heading = QListWidgetItem(self._heading(kind, kind in results.more))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never chosen
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for hit in hits:
                text = hit.title + (f"\n    {hit.subtitle}" if hit.subtitle else "")
                item = QListWidgetItem("  " + text)
                item.setData(HIT_ROLE, (hit.kind, hit.id))
                item.setToolTip(self.tr("{0}: {1}").format(capitalized(noun(hit.kind)),
                                                           hit.title))
                self.list.addItem(item)
        self._move_to(self._hit_rows()[0])

    def _heading(self, kind: str, more: bool) -> str:
        plural = heading(kind)
        if more:
            return self.tr("{0} (the first few: type more to narrow)").format(plural)
        return plural

    # ---- choosing ----------------------------------------------------------------------

    def _hit_rows(self) -> list[int]:
        return [row for row in range(self.list.count())
                if self.list.item(row).data(HIT_ROLE) is not None]

    def _move_to(self, row: int) -> None:
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))

    def move_choice(self, steps: int) -> None:
        """Down (+) or up (-) the results, skipping the headings."""
        rows = self._hit_rows()
        if not rows:
            return
        current = self.list.currentRow()
        position = rows.index(current) if current in rows else 0
        self._move_to(rows[max(0, min(len(rows) - 1, position + steps))])

    def current_hit(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def open_current(self) -> None:
        if self.pause.isActive():  # Enter typed before the results caught up
            self.search_now()
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.chosen.emit(*hit)

    def _open_item(self, item: QListWidgetItem) -> None:
        if item.data(HIT_ROLE) is not None:
            self.list.setCurrentItem(item)
            self.open_current()

    def eventFilter(self, watched: object, event: object) -> bool:  # Qt's name
        if (watched is self.box and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress and event.key() in MOVES):
            self.move_choice(MOVES[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
