"""The import wizard (a standalone QWizard taking a Desk)."""

from ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
