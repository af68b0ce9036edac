"""Sharing a division through a station hub: the sync dialog and the conflict review."""
