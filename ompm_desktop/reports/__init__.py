"""The PDFs: shift briefing sheets and neighbourhood profiles, printed with reportlab on
Letter pages that carry the sensitivity marking, page numbers and embedded fonts."""
