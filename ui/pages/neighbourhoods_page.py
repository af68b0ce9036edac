"""Neighbourhoods: where each stands on the model's quadrant diagram, and how it moved.

Left: a beat filter and the list, with the division overview first. Right: the diagram of
the neighbourhood chosen (or of the division), the panel of the quadrant clicked, and its
assessments. Dragging the current point proposes a reassessment; Ctrl+Z takes a saved
assessment back and the diagram follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.diagram.layout import neighbourhood_layout
from ompm_desktop.diagram.overview import OverviewInSteps
from ompm_desktop.diagram.shapes import DiagramLayout
from ompm_desktop.errors import NotFoundError
from ompm_desktop.queries import NEIGHBOURHOODS, ListRequest
from ompm_desktop.queries.display import number, quadrant_name, score
from ui.diagram.assessment_history import AssessmentHistory
from ui.diagram.diagram_view import DiagramView
from ui.diagram.neighbourhood_dialog import NeighbourhoodDialog
from ui.diagram.quadrant_panel import QuadrantPanel
from ui.flow_layout import FlowLayout
from ui.pages.neighbourhood_list_items import OVERVIEW, fill_list, item_of
from ui.records.changes import record_changes
from ui.records.shortcuts import shortcut

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

SMALLEST_LAYOUT = (400.0, 330.0)  # points: below this the view scales the diagram down
NARROW = 1000  # pixels: a page narrower than this shows the quadrant panel under the diagram
REDRAWN_BY = ("assessment", "neighbourhood", "beat", "initiative", "contact")


def assessment_dialog_class() -> Any:
    """The assessment form (its own module; imported when first needed)."""
    from ui.assessments.assessment_dialog import AssessmentDialog

    return AssessmentDialog


class NeighbourhoodsPage(QWidget):
    profile_requested = Signal(str)  # a neighbourhood id: the window prints its profile

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = undo_stack
        self.neighbourhood_id: str = OVERVIEW
        self.dialog: Any = None  # the last assessment form opened
        self.redraw = QTimer(self)
        self.redraw.setSingleShot(True)
        self.redraw.setInterval(0)
        self.redraw.timeout.connect(self.refresh)
        self.relayout = QTimer(self)  # after the window is resized, once it settles
        self.relayout.setSingleShot(True)
        self.relayout.setInterval(150)
        self.relayout.timeout.connect(self._lay_out_again)
        self._build()
        record_changes(undo_stack).changed.connect(self._record_changed)
        undo_stack.indexChanged.connect(self._stack_moved)
        self.refresh()

    # ---- building ---------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Neighbourhoods"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.beat_filter = QComboBox(self)
        self.beat_filter.setObjectName("beat_filter")
        self.beat_filter.setAccessibleName(self.tr("Beat"))
        self.beat_filter.activated.connect(lambda _index: self.refresh())
        self.hoods = QListWidget(self)
        self.hoods.setObjectName("neighbourhoods")
        self.hoods.setAccessibleName(self.tr("Neighbourhoods"))
        self.hoods.setWordWrap(True)
        # Lay the items out again when the list's width changes (wrapped lines need it).
        self.hoods.setResizeMode(QListView.ResizeMode.Adjust)
        self.hoods.setSpacing(2)
        self.hoods.currentItemChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("New neighbourhood…"), self)
        self.add_button.setObjectName("new_neighbourhood")
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.add_button.clicked.connect(lambda: self.edit_neighbourhood(new=True))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.beat_filter)
        left_layout.addWidget(self.hoods, 1)
        left_layout.addWidget(self.add_button)
        left.setMinimumWidth(200)  # a small screen's: the quadrant names wrap

        self.title = QLabel(self)
        self.title.setObjectName("diagram_title")
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New assessment…"), self)
        self.new_button.setObjectName("new_assessment")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+A"))
        self.new_button.clicked.connect(lambda: self.new_assessment())
        self.edit_button = QPushButton(self.tr("Details…"), self)
        self.edit_button.setObjectName("edit_neighbourhood")
        self.edit_button.setToolTip(self.tr("Name, beat, population and description"))
        self.edit_button.clicked.connect(lambda: self.edit_neighbourhood())
        self.profile_button = QPushButton(self.tr("Profile PDF"), self)
        self.profile_button.setObjectName("profile_pdf")
        self.profile_button.clicked.connect(
            lambda: self.profile_requested.emit(self.neighbourhood_id))
        self.view = DiagramView(self)
        self.view.setObjectName("diagram")
        self.diagram_button = QPushButton(self.tr("Diagram"), self)
        self.diagram_button.setObjectName("diagram_menu")
        self.diagram_button.setToolTip(self.tr("Export, copy and zoom the diagram"))
        menu = QMenu(self.diagram_button)
        menu.addActions(self.view.menu_actions())
        self.diagram_button.setMenu(menu)
        header = QVBoxLayout()  # the buttons in a row of their own: beside the title,
        header.addWidget(self.title)  # they left the facts a word a line on a small screen
        header.addWidget(self.facts)
        buttons = FlowLayout()  # wrapping where the page is narrow
        for button in (self.new_button, self.edit_button, self.profile_button,
                       self.diagram_button):
            buttons.addWidget(button)
        header.addLayout(buttons)

        self.panel = QuadrantPanel(self.desk, self)
        self.history = AssessmentHistory(self)
        self.history.assessment_opened.connect(self.open_assessment)
        self.view.point_activated.connect(self.open_assessment)
        self.view.neighbourhood_activated.connect(self.open_neighbourhood)
        self.view.quadrant_clicked.connect(self._show_quadrant)
        self.view.point_dragged.connect(
            lambda capacity, threat: self.new_assessment((capacity, threat)))
        self.view.resized.connect(self.relayout.start)
        self.view.exported.connect(
            lambda path: self.facts.setText(self.tr("Diagram saved to {0}.").format(path)))

        self.beside = beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.addWidget(self.view)
        beside.addWidget(self.panel)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 1)
        beside.setChildrenCollapsible(False)
        beside.setSizes([640, 320])  # the diagram first; the panel wraps its text
        self.below = QSplitter(Qt.Orientation.Vertical, self)
        self.below.addWidget(beside)
        self.below.addWidget(self.history)
        self.below.setStretchFactor(0, 4)
        self.below.setStretchFactor(1, 1)
        self.below.setChildrenCollapsible(False)
        self.below.setSizes([520, 150])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.below, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        shortcut("Ctrl+Shift+A", self, lambda: self.new_assessment())
        shortcut("Ctrl+N", self, lambda: self.edit_neighbourhood(new=True))
        self.setTabOrder(self.beat_filter, self.hoods)
        self.setTabOrder(self.hoods, self.view)

    # ---- the list ---------------------------------------------------------------------

    def beat_id(self) -> str:
        return str(self.beat_filter.currentData() or "")

    def _fill_beats(self) -> None:
        chosen = self.beat_id()
        self.beat_filter.clear()
        self.beat_filter.addItem(self.tr("All beats"), "")
        for value, label in NEIGHBOURHOODS.filters["beat_id"].options(self.desk.context):
            self.beat_filter.addItem(label, value)
        self.beat_filter.setCurrentIndex(max(0, self.beat_filter.findData(chosen)))

    def refresh(self) -> None:
        """Read everything again: the beats, the list, and what the right side shows."""
        self._fill_beats()
        request = ListRequest().with_filter("beat_id", self.beat_id() or None)
        rows = NEIGHBOURHOODS.page(self.desk.context, request, limit=100_000)
        wanted = self.neighbourhood_id
        self.hoods.blockSignals(True)
        overview = fill_list(self.hoods, rows, beat_chosen=bool(self.beat_id()))
        found = self._item_of(wanted) or overview
        self.hoods.setCurrentItem(found)
        self.hoods.blockSignals(False)
        self.show_neighbourhood(found.data(Qt.ItemDataRole.UserRole))

    def _item_of(self, neighbourhood_id: str) -> QListWidgetItem | None:
        return item_of(self.hoods, neighbourhood_id)

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.show_neighbourhood(item.data(Qt.ItemDataRole.UserRole))

    def open_neighbourhood(self, neighbourhood_id: str) -> None:
        """Go to a neighbourhood (from the overview): widen the beat filter if it hides it."""
        item = self._item_of(neighbourhood_id)
        if item is None:
            self.beat_filter.setCurrentIndex(0)
            self.panel.clear()  # a neighbourhood opens with no quadrant chosen
            self.neighbourhood_id = neighbourhood_id
            self.refresh()
            return
        self.hoods.setCurrentItem(item)

    # ---- the right side -----------------------------------------------------------------

    def show_neighbourhood(self, neighbourhood_id: str) -> None:
        if neighbourhood_id:
            try:
                hood = self.desk.neighbourhoods.get(neighbourhood_id)
            except NotFoundError:
                neighbourhood_id = OVERVIEW
        # The quadrant chosen stays while the same place is shown again (a redraw, another
        # beat's overview); a neighbourhood opened starts with none chosen.
        quadrant = self.panel.quadrant if neighbourhood_id == self.neighbourhood_id else None
        self.neighbourhood_id = neighbourhood_id
        overview = not neighbourhood_id
        self.new_button.setEnabled(not overview)
        self.edit_button.setEnabled(not overview)
        self.profile_button.setEnabled(not overview)
        self.history.setVisible(not overview)
        if overview:
            beat = self.beat_id()
            self.title.setText(self.tr("Division overview") if not beat else self.tr(
                "Overview of {0}").format(self.beat_filter.currentText()))
            self.facts.setText(self.tr(
                "Each neighbourhood at its latest assessment; arrows show the move since the "
                "one before. Click a point (or Tab to it and press Enter) to open it."))
            self._show_overview()
        else:
            history = self.desk.assessments.history(neighbourhood_id)
            self.title.setText(hood["name"])
            self.facts.setText(self._facts(hood, history))
            self.view.set_layout(self._layout())
            self.history.show_history(history)
        if quadrant is not None:
            self._show_quadrant(quadrant)
            self.view.diagram.choose_quadrant(quadrant)
        else:
            self.panel.clear(overview=overview)
            self.view.diagram.choose_quadrant(None)

    def _show_quadrant(self, quadrant: str) -> None:
        self.panel.show_quadrant(quadrant, self.neighbourhood_id or None,
                                 beat_id=self.beat_id())

    def _show_overview(self) -> None:
        """The overview's points at once, their names once placed (a crowded division's
        names take a while): laid out for the room the view has."""
        beat = self.beat_id()
        width, height = self.view.layout_size(SMALLEST_LAYOUT)
        self.view.show_overview(OverviewInSteps(
            self.desk, beat_ids=[beat] if beat else None, width=width, height=height))

    def _layout(self) -> DiagramLayout:
        """One neighbourhood's diagram, laid out for the room the view has."""
        width, height = self.view.layout_size(SMALLEST_LAYOUT)
        return neighbourhood_layout(self.desk, self.neighbourhood_id, width=width,
                                    height=height)

    def hideEvent(self, event: QHideEvent) -> None:  # Qt's name
        self.relayout.stop()  # a hidden page is redrawn when it is shown again
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self.relayout.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        """On a small screen the quadrant panel goes under the diagram: beside it, the
        diagram had a third of the width left and its names came out too small to read."""
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Vertical if event.size().width() < NARROW
                  else Qt.Orientation.Horizontal)
        if self.beside.orientation() != wanted:
            self.beside.setOrientation(wanted)
            whole = sum(self.beside.sizes())
            self.beside.setSizes([whole * 3 // 4, whole - whole * 3 // 4])

    def _lay_out_again(self) -> None:
        shown = self.view.layout_shown
        if shown is None or not self.isVisible() or not self.view.fitted:
            return  # a zoomed diagram stays as the user set it
        wanted = self.view.layout_size(SMALLEST_LAYOUT)
        if abs(wanted[0] - shown.width) > 8 or abs(wanted[1] - shown.height) > 8:
            if self.neighbourhood_id:
                self.view.set_layout(self._layout())
            else:
                self._show_overview()
            if self.panel.quadrant is not None:
                self.view.diagram.choose_quadrant(self.panel.quadrant)

    def _facts(self, hood: dict[str, Any], history: list[dict[str, Any]]) -> str:
        parts = []
        if hood.get("beat_id"):
            try:
                parts.append(self.desk.beats.get(hood["beat_id"])["name"])
            except NotFoundError:
                pass
        if hood.get("population"):
            parts.append(self.tr("population {0}").format(number(hood["population"])))
        if history and history[-1]["capacity"] is None:
            parts.append(self.tr("not yet placed: capacity unknown (threat {0}, {1}); New "
                                 "assessment… places it").format(
                score(history[-1]["threat"]), history[-1]["assessed_on"]))
        elif history:
            latest = history[-1]
            parts.append(self.tr("{quadrant}, assessed {day} by {who}").format(
                quadrant=quadrant_name(latest["quadrant"]), day=latest["assessed_on"],
                who=latest["assessor"]))
            parts.append(self.tr("drag the solid point to propose a reassessment"))
        else:
            parts.append(self.tr("not assessed yet: New assessment… places it on the diagram"))
        return " · ".join(parts)

    def _stack_moved(self, _index: int) -> None:
        self.redraw.start()

    def _record_changed(self, kind: str, _record_id: str) -> None:
        if kind in REDRAWN_BY:
            self.redraw.start()

    def edit_neighbourhood(self, new: bool = False) -> NeighbourhoodDialog | None:
        """The details of the neighbourhood shown (or of a new one) in a small window."""
        if not new and not self.neighbourhood_id:
            return None
        dialog = NeighbourhoodDialog(self.desk, self.stack,
                                     None if new else self.neighbourhood_id, self)
        dialog.accepted.connect(lambda: self._details_saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _details_saved(self, dialog: NeighbourhoodDialog) -> None:
        if dialog.saved_id:
            self.open_neighbourhood(dialog.saved_id)

    # ---- assessments ------------------------------------------------------------------

    def open_assessment(self, assessment_id: str) -> None:
        if not self.neighbourhood_id:
            return
        dialog_class = assessment_dialog_class()
        self.dialog = dialog_class(self.desk, self.stack, self.neighbourhood_id,
                                   assessment_id=assessment_id, parent=self)
        self.dialog.exec()
        self.redraw.start()

    def new_assessment(self, proposed: tuple[float, float] | None = None) -> None:
        """The assessment form, with the scores a dragged point implies when there are any."""
        if not self.neighbourhood_id:
            return
        dialog_class = assessment_dialog_class()
        self.dialog = dialog_class(self.desk, self.stack, self.neighbourhood_id,
                                   proposed=proposed, parent=self)
        self.dialog.exec()
        self.redraw.start()
