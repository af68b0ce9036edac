"""What a database without encryption cannot do, said where the passphrase would be changed
(the window's File menu tip, the change passphrase dialog): the window reads it as it starts,
without importing the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def unencrypted_explanation() -> str:
    return QCoreApplication.translate(
        "ChangePassphraseDialog",
        "This database is not encrypted, so it has no passphrase to change. To protect it, make "
        "a new encrypted database (File > New database…) and import into it.")
