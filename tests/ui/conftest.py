"""A modal box or file dialog that a test did not expect fails the test at once, instead of
waiting forever for a click that never comes. A test that expects one patches it itself."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

STATIC_DIALOGS = (
    (QMessageBox, ("question", "warning", "information", "critical", "about")),
    (QFileDialog, ("getOpenFileName", "getSaveFileName", "getExistingDirectory",
                   "getOpenFileNames")),
    (QInputDialog, ("getText", "getInt", "getItem", "getDouble")),
)


@pytest.fixture(autouse=True)
def unexpected_dialogs_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    for owner, names in STATIC_DIALOGS:
        for name in names:
            def refuse(*args, _name=f"{owner.__name__}.{name}", **kwargs):
                raise AssertionError(f"{_name} opened unexpectedly: {args[1:3]}")
            monkeypatch.setattr(owner, name, staticmethod(refuse))


@pytest.fixture
def french(qapp):
    """The app speaking French (Qt's own words and ours), English again afterwards."""
    from ompm_desktop.i18n import current_language
    from ui.language import install_translators

    assert install_translators("fr") == ["qtbase_fr", "ompm_fr_CA"]
    yield qapp
    assert install_translators("en") == []
    assert current_language() == "en"
