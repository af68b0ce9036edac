"""Officers: the division's officers by name, with badge, rank and platoon."""

from __future__ import annotations

from ompm_desktop.queries import OFFICERS
from ui.records.forms.officer_form import OfficerForm
from ui.records.list_page import RecordListPage
from ui.records.translation_marks import QT_TRANSLATE_NOOP


class OfficersPage(RecordListPage):
    record_list = OFFICERS
    title = QT_TRANSLATE_NOOP("RecordListPage", "Officers")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No officers yet. Add the division's officers (New officer, Ctrl+N), or import a "
        "spreadsheet from the File menu.")

    def make_form(self) -> OfficerForm:
        return OfficerForm(self.desk, self)
