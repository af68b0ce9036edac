"""The municipality's CSWB plan: its priority risks, each in its area with its outcomes and
the initiatives and partners on it. Shown in a window of its own (Go > CSWB plan)."""

from __future__ import annotations

from ompm_desktop.queries import CSWB_RISKS
from ui.records.forms.cswb_risk_form import CswbRiskForm
from ui.records.list_page import RecordListPage
from ui.records.translation_marks import QT_TRANSLATE_NOOP


class CswbPlanPage(RecordListPage):
    record_list = CSWB_RISKS
    title = QT_TRANSLATE_NOOP("RecordListPage", "CSWB plan")
    empty_text = QT_TRANSLATE_NOOP(
        "RecordListPage",
        "No plan yet. Type the municipality's priority risks (New plan risk, Ctrl+N), or "
        "bring them in from a spreadsheet (File > Import…, CSWB plan risks).")

    def make_form(self) -> CswbRiskForm:
        return CswbRiskForm(self.desk, self)
