"""The profile's contacts-per-month chart, drawn straight on the page: every month named,
each month's total above its bar, the scale, and a legend naming every quadrant with its
pattern (dots, hatching) so that it reads in grey."""

from datetime import date, datetime

from pdf_checks import all_text, layout_problems
from pypdf import PdfReader

from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.reports.charts import contacts_chart
from ompm_desktop.reports.contact_months import ContactMonths, month_starts
from ompm_desktop.reports.document import FRAME_WIDTH, SIDE_MARGIN, DocumentInfo, build_pdf


def test_the_chart_names_months_totals_and_every_quadrant(tmp_path):
    months = month_starts(date(2026, 11, 24))
    counts = {Quadrant.ENFORCEMENT: [3] * 12, Quadrant.MOBILIZATION: [0] * 11 + [7],
              Quadrant.ENGAGEMENT: [2] * 12, Quadrant.SAFETY: [1] * 12, None: [0] * 12}
    data = ContactMonths(months, counts)
    info = DocumentInfo("Chart", "", "Test", "PROTECTED A", datetime(2026, 11, 24, 21, 0))
    out = build_pdf([contacts_chart(data, FRAME_WIDTH, height=125)], tmp_path / "chart.pdf",
                    info)
    text = " ".join(all_text(out).split())
    assert "Dec 25" in text and "Jan 26" in text and "Nov" in text
    assert text.count(" 6 ") >= 10 and " 13 " in f" {text} "  # totals above the bars
    for name in ("Enforcement & Crime Suppression", "Community Mobilization & Crime Prevention",
                 "Community Engagement & Liaison", "Community Safety & Consultation",
                 "No activity recorded"):
        assert name in text
    assert layout_problems(out, SIDE_MARGIN) == []
    page = PdfReader(out).pages[0]
    content = page.get_contents().get_data()
    assert b"1 J" in content  # the dots: short strokes with round ends
    assert page["/Resources"]["/ExtGState"]  # the patterns' ink is translucent
