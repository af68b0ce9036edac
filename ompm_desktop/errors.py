"""Domain errors. The message of each is what the user reads: plain, and actionable."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error the user should see as a message rather than a traceback.

    `command_line`, when set, is what the command line says instead (the message may speak
    of the window: a form, a menu)."""

    command_line: str | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskError):
    """Input a service refused. `field` names the form field concerned, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DeskError):
    """A record that does not exist (or was deleted) was asked for."""


class StoreError(DeskError):
    """The database file cannot be used as it is."""


class DatabaseMissingError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""

    def __init__(self, file_version: int, app_version: int, path: str) -> None:
        from ompm_desktop.i18n import _  # the catalogue's module needs this one first

        super().__init__(_(
            "{path} was written by a newer version of the app (database version "
            "{file_version}; this app knows up to version {app_version}). "
            "Install the newer version to open it."
        ).format(path=path, file_version=file_version, app_version=app_version))
        self.file_version = file_version
        self.app_version = app_version


class FileExistsRefusedError(DeskError):
    """An operation would overwrite a file the user did not ask to overwrite."""
