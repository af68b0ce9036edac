"""The PDFs: shift briefing sheets and neighbourhood profiles, printed with reportlab on
Letter pages that carry the sensitivity marking, page numbers and embedded fonts."""

import os

# reportlab checks every attribute set on a drawing's shapes unless told not to (read when
# reportlab is first imported): a fifth of the time of a profile's chart and diagram.
os.environ.setdefault("RL_shapeChecking", "0")
