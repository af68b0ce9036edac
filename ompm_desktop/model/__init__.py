"""The model's rules: quadrants, placement, SARA, and the vocabularies of the records."""
