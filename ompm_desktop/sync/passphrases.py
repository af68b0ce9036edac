"""Which passphrase opens which file in a sync: the laptop's, and the hub's (the same one
unless the hub was given its own)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ompm_desktop.store.encryption import looks_encrypted

Ask = Callable[[Path], str]


def passphrases_for(database: Path, hub: Path, ask: Ask,
                    hub_given: str | None = None) -> tuple[str | None, str | None]:
    """(laptop's, hub's). A file that is not encrypted needs none; a laptop that does not
    exist yet will be made with the hub's passphrase."""
    laptop = ask(database) if looks_encrypted(database) else None
    hub_passphrase: str | None = None
    if looks_encrypted(hub):
        hub_passphrase = hub_given or laptop or ask(hub)
    if not database.exists():
        laptop = hub_passphrase
    return laptop, hub_passphrase
