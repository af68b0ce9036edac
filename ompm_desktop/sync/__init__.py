"""Sharing a division between laptops through a station hub, with SQLite's session extension.

See engine.py for how one sync runs, tables.py for what is shared, and hub.py for making a
hub. Nothing here imports Qt.
"""
