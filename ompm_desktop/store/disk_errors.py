"""What a refused write to the disk means, in one line a person can act on: a full disk, a
read-only file or file system, or another cause the system names."""

from __future__ import annotations

import errno
from pathlib import Path

from ompm_desktop.errors import StoreError
from ompm_desktop.i18n import _

FULL = (errno.ENOSPC, errno.EDQUOT)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class DiskFullError(StoreError):
    pass


class NotWritableError(StoreError):
    pass


def cannot_write(error: OSError, path: Path | str | None = None) -> StoreError:
    """The StoreError for an OSError raised while writing `path` (or the file it names)."""
    named = path if path is not None else error.filename
    name = Path(str(named)).name if named else _("the file")
    if error.errno in FULL:
        return DiskFullError(_("The disk is full: {name} could not be written, and nothing "
                               "was changed. Free some space and try again.").format(name=name))
    if error.errno in READ_ONLY:
        return NotWritableError(_(
            "{name} cannot be written (the file or its folder is read-only): nothing was "
            "changed. Copy it to a folder you can write to, or make it writable, and try "
            "again.").format(name=name))
    return StoreError(_("{name} could not be written ({reason}): nothing was changed.").format(
        name=name, reason=error.strerror or error))


def cannot_write_to(error: OSError, out: Path) -> StoreError:
    """The StoreError for an OSError raised while writing a new file `out` (a backup, an
    export): the advice is about where it goes, since nothing of the person's was touched."""
    if error.errno in FULL:
        return cannot_write(error, out)
    if error.errno in READ_ONLY:
        return NotWritableError(_(
            "{name} cannot be written: the folder {folder} is read-only, and nothing was "
            "written. Choose a folder you can write to and try again.").format(
                name=out.name, folder=out.parent))
    return cannot_write(error, out)
