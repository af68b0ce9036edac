"""Storage: the only part of the app that talks SQL."""
