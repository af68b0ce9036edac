"""The quadrant diagram as plain data (shapes), built from the records (layout), drawn by
every renderer."""
