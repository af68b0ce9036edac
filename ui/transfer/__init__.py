"""Getting data in and out from the window: the File menu's import, export, backup, restore
and retention review, and the backup taken when the app closes."""
