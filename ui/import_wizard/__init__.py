"""The import wizard (a standalone QWizard taking a Desk). Its module, and the importer's,
load when the wizard is first opened, not with the window."""

from __future__ import annotations

from typing import Any

__all__ = ["ImportWizard"]


def __getattr__(name: str) -> Any:
    if name == "ImportWizard":
        from ui.import_wizard.wizard import ImportWizard

        return ImportWizard
    raise AttributeError(name)
