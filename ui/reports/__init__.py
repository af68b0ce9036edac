"""Making PDFs from the window: briefing sheets and neighbourhood profiles."""

from ui.reports.pdf_actions import PdfActions

__all__ = ["PdfActions"]
