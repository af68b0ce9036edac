"""The detail forms of each kind of record."""
