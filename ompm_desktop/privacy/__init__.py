"""Privacy: what a privacy officer asks of the divisions records (MFIPPA, O. Reg. 400/23)."""
