"""Assessing a neighbourhood: the assessment form, its live scores and their explanation."""
