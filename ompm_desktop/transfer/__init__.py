"""Bringing data in and getting it out: CSV import and export, backups, retention."""
