"""Briefing items: be-on-the-lookout items, officer-safety hazards, directed patrols and
notices. The list opens on the items in force or upcoming; expired ones leave it by
themselves and are one click away when a search finds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ompm_desktop.i18n import _
from ompm_desktop.queries import BRIEFING_ITEMS, display
from ompm_desktop.services.briefing_items import ITEM_STATE_LABELS
from ui.records.changes import record_changes
from ui.records.forms.briefing_item_form import BriefingItemForm
from ui.records.list_page import RecordListPage
from ui.records.record_form import HINT_STYLE
from ui.records.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

DEFAULT_STATE = "current"  # in force now or upcoming


class BriefingItemsPage(RecordListPage):
    record_list = BRIEFING_ITEMS
    title = QT_TRANSLATE_NOOP("RecordListPage", "Briefing items")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No briefing items yet. Add a be-on-the-lookout, an officer-safety hazard, a "
        "directed patrol or a notice (New briefing item, Ctrl+N): each shift's briefing "
        "lists the ones in force.")

    def __init__(self, desk: Desk, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(desk, undo_stack, parent)
        self.elsewhere = QLabel(self)
        self.elsewhere.setObjectName("other_states")
        self.elsewhere.setStyleSheet(HINT_STYLE)
        self.elsewhere.linkActivated.connect(lambda _link: self.show_all_states())
        self.elsewhere.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.filters) + 1, self.elsewhere)
        self.model.reloaded.connect(self._show_elsewhere)
        self.splitter.setStretchFactor(0, 2)  # five columns of dates and names want the room
        self.splitter.setStretchFactor(1, 1)
        self.filters.set_filter("state", DEFAULT_STATE)
        record_changes(undo_stack).changed.connect(self._options_may_have_changed)

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self.refresh()  # items expire as time passes: read the list at this moment

    def make_form(self) -> BriefingItemForm:
        return BriefingItemForm(self.desk, self)

    def _set_column_widths(self) -> None:
        super()._set_column_widths()
        header = self.table.horizontalHeader()
        title = self.model.column_of("title")
        header.resizeSection(title, min(header.sectionSize(title), 190))  # Expires stays in view

    def _show_count(self) -> None:
        super()._show_count()
        request = self.model.request
        state = request.filters.get("state")
        if state and not request.deleted and not request.search.strip() \
                and len(request.filters) == 1:
            self.count_label.setText(self.tr("{0} {1}").format(
                display.number(self.model.total), _(ITEM_STATE_LABELS[state]).lower()))

    def _empty_message(self) -> str:
        request = self.model.request
        if (request.deleted or request.search.strip()
                or dict(request.filters) != {"state": DEFAULT_STATE}):
            return super()._empty_message()
        if not self.record_list.count(self.desk.context):
            return self.page_words(self.empty_text)
        return self.tr("Nothing is in force or upcoming. Add an item with New briefing item "
                       "(Ctrl+N). Expired items are kept: choose Any state to see them.")

    def show_all_states(self) -> None:
        self.filters.set_filter("state", "")

    def _show_elsewhere(self) -> None:
        """While a search is narrowed to some states, say how many items match outside them
        (an expired be-on-the-lookout is still worth finding)."""
        request = self.model.request
        state = request.filters.get("state")
        if not request.search.strip() or not state or request.deleted:
            self.elsewhere.hide()
            return
        everywhere = self.record_list.count(self.desk.context, request.with_filter("state", None))
        more = everywhere - self.model.total
        if more <= 0:
            self.elsewhere.hide()
            return
        words = (self.tr("1 more item matches") if more == 1
                 else self.tr("{0} more items match").format(more))
        self.elsewhere.setText(self.tr("{0} among expired or other items. "
                                       "<a href='all'>Show all states</a>").format(words))
        self.elsewhere.show()

    def _options_may_have_changed(self, kind: str, _record_id: str) -> None:
        if kind in ("beat", "neighbourhood") and not self.form.dirty:
            form = self.form
            assert isinstance(form, BriefingItemForm)
            form.reload_options()
            form.load(form.record)
