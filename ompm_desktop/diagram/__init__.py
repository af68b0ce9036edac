"""The quadrant diagram as plain data (shapes), built from the records (layout), drawn by
every renderer."""

import os

# reportlab checks every attribute set on a drawing's shapes unless told not to (read when
# reportlab is first imported): a fifth of the time of a profile's chart and diagram.
os.environ.setdefault("RL_shapeChecking", "0")
