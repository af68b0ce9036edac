"""Beats: the division's patrol areas, each with the neighbourhoods in it. Shown in a window
of its own from the Go menu (the sidebar holds the eight daily pages)."""

from __future__ import annotations

from ompm_desktop.queries import BEATS
from ui.records.forms.beat_form import BeatForm
from ui.records.list_page import RecordListPage
from ui.records.translation_marks import QT_TRANSLATE_NOOP


class BeatsPage(RecordListPage):
    record_list = BEATS
    title = QT_TRANSLATE_NOOP("RecordListPage", "Beats")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No beats yet. Add the division's beats (New beat, Ctrl+N), then put each "
        "neighbourhood in its beat.")

    def make_form(self) -> BeatForm:
        return BeatForm(self.desk, self)

