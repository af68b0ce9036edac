"""Creating an empty database: encrypted with a passphrase unless the user says otherwise.

The CLI's `new` and the window's File > New database… both come here, so the rules are the
same: never over an existing file, never half a file, a passphrase worth having.
"""

from __future__ import annotations

from pathlib import Path

from ompm_desktop.errors import FileExistsRefusedError, ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.desk import Desk

MINIMUM_LENGTH = 8

UNENCRYPTED_WARNING = N_(
    "This database will NOT be encrypted: anyone who gets hold of the file (a lost laptop, "
    "a copied folder) can read every resident's and partner's details in it. Use an "
    "unencrypted file only for training or test data."
)


def passphrase_strength(passphrase: str) -> str:
    """A short hint for the person choosing a passphrase: 'too short', 'weak', 'fair' or
    'strong', by length and the kinds of characters in it."""
    if len(passphrase) < MINIMUM_LENGTH:
        return "too short"
    kinds = sum((
        any(c.islower() for c in passphrase),
        any(c.isupper() for c in passphrase),
        any(c.isdigit() for c in passphrase),
        any(not c.isalnum() for c in passphrase),
    ))
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        return "strong"
    if len(passphrase) >= 10 or kinds >= 3:
        return "fair"
    return "weak"


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """Refuse an empty, short or mistyped passphrase with a message that says which."""
    if not passphrase:
        raise ValidationError(_("Type a passphrase, or choose an unencrypted database."),
                              field="passphrase")
    if len(passphrase) < MINIMUM_LENGTH:
        raise ValidationError(
            _("The passphrase is too short: use at least {count} characters (a few words you "
              "can remember make a good one).").format(count=MINIMUM_LENGTH),
            field="passphrase")
    if passphrase != repeated:
        raise ValidationError(_("The two passphrases are not the same. Type them again."),
                              field="repeated")


def create_new_database(path: Path | str, passphrase: str | None) -> Desk:
    """Create an empty database at `path` and return it open. With a passphrase it is
    encrypted; without (None or ''), it is a plain SQLite file. An existing file is refused."""
    path = Path(path)
    if path.exists():
        raise FileExistsRefusedError(_("{path} already exists; choose a new name for the new "
                                       "database (an existing file is never replaced).").format(
            path=path))
    if path.parent.exists() and not path.parent.is_dir():
        raise ValidationError(_("{path} is not a folder.").format(path=path.parent))
    try:
        return Desk.open(path, create=True, passphrase=passphrase or None)
    except BaseException:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
